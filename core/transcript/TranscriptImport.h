#pragma once
// The transcript import as the window and the command line use it: read and decode a file, parse it,
// match the speakers against the meeting, and turn the confirmed plan into statements.
#include "transcript/SpeakerMatcher.h"
#include "transcript/TranscriptDecoder.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace kiroku::transcript {

class TranscriptImport
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::TranscriptImport)
public:
    // The council's members and staff and the meeting's chair. Throws StoreError; an unknown meeting
    // is a StoreError too.
    static Attendees attendeesOf(const QSqlDatabase &db, Id meetingId);

    // Parses `text` and matches its speakers against the meeting's people.
    static TranscriptPlan plan(const QSqlDatabase &db, Id meetingId, const QString &text,
                               const Progress &progress = {});
    // Decodes and parses a file (size limit and encodings as in TranscriptDecoder).
    static TranscriptPlan planFile(const QSqlDatabase &db, Id meetingId, const QString &path,
                                   const Progress &progress = {});

    // The statements to append, in order: the speaker mapping applied, every turn in `targetItemId`
    // (0: none) until a heading names an agenda item (its number or title), which then takes the
    // heading and the turns after it.
    static QVector<Statement> statements(const TranscriptPlan &plan, Id meetingId,
                                         const QVector<AgendaItem> &agenda, Id targetItemId = 0);
    // The agenda item a heading names, or 0.
    static Id agendaItemOfHeading(const QString &heading, const QVector<AgendaItem> &agenda);
};

} // namespace kiroku::transcript
