#pragma once
// The archive as JSON (docs/archive-json.md): {"format": "kiroku-archive", "version": N, "councils": [...]},
// each council holding its members, staff, meetings (with attendance, staff_present, agenda, statements,
// materials, signatures, draft_line), consultations (with responses), pia_evaluations (with opinions,
// viewpoints and their statements, questions, changes); stored files at the top level under "files". Rows
// keep their ids so references stay exact, and keys are sorted, so export -> import into an empty archive ->
// export is byte-identical.
#include "model/Types.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace kiroku {

class Archive;

class ArchiveJson
{
public:
    static QJsonObject exportArchive(const QSqlDatabase &db);
    static QByteArray exportArchiveBytes(const QSqlDatabase &db); // indented UTF-8, trailing newline

    // Imports a whole document into an archive with no councils. The whole document is checked first
    // (io/ArchiveJsonCheck.h); on bad input (wrong format, newer version, unknown, missing or ill-typed
    // fields, invalid dates, enumeration keys, text or files, broken references) it throws StoreError
    // listing every problem with its place, one a line, and nothing is written.
    static void importArchive(const QSqlDatabase &db, const QJsonObject &document);
    static void importArchiveBytes(const QSqlDatabase &db, const QByteArray &json);

    // Snapshots of one row with everything that hangs off it, ids included, for undo of deletions.
    static QJsonObject snapshotMeeting(const QSqlDatabase &db, Id meetingId);
    static void restoreMeeting(const QSqlDatabase &db, Id councilId, const QJsonObject &snapshot);
    static QJsonObject snapshotMember(const QSqlDatabase &db, Id memberId); // with attendance and signatures
    static void restoreMember(const QSqlDatabase &db, Id councilId, const QJsonObject &snapshot);
    static QJsonObject snapshotCouncil(const QSqlDatabase &db, Id councilId);
    static void restoreCouncil(const QSqlDatabase &db, const QJsonObject &snapshot);

    static constexpr int formatVersion = 1;
};

} // namespace kiroku
