#pragma once
// What needs the clerk's attention across the archive, shown when an archive is opened (and by
// `kiroku dashboard`): open consultations and how long they have been open, the next meeting,
// records waiting for signatures, public versions due, members whose term ends within 90 days, and
// PIA evaluations: the yearly review (within 60 days), the five-year re-evaluation (within a year), a
// declared type lighter than required, a comment period under 30 days without a reason.
#include "model/Types.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace kiroku::overview {

struct DashboardItem
{
    enum class Kind
    {
        NextMeeting,
        OpenConsultation,
        AwaitingSignatures,
        PublicationDue,
        TermEnding,
        PiaDeadline // a PIA evaluation's yearly review or five-year re-evaluation due, or a flag on it
    };
    enum class Urgency
    {
        Info,
        Soon,   // within the next two weeks
        Overdue // a deadline has passed
    };
    Kind kind = Kind::NextMeeting;
    Urgency urgency = Urgency::Info;
    QString text;    // one line in the UI language, without the council
    QString council; // the council's name
    QDate date;      // the date the line is about (meeting, deadline, term end, receipt)
    Id councilId = 0;
    Id meetingId = 0;
    Id consultationId = 0;
    Id memberId = 0;
    Id piaEvaluationId = 0;
};

// Every item for every council, in the order of the Kind enum, most urgent first within a kind.
QVector<DashboardItem> dashboard(const QSqlDatabase &db, QDate today);

// The kind as a heading: 「次回の会議」「審議中の諮問」 … in the UI language.
QString kindTitle(DashboardItem::Kind kind);

} // namespace kiroku::overview
