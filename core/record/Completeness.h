#pragma once
// What a record still lacks before it is finalised (issue 4): the facts the council's format and
// ordinance require, and the ones that contradict each other. The window lists them when the clerk
// finalises; `kiroku check` prints them.
#include "record/RecordBuilder.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace kiroku::record {

struct Finding
{
    enum class Severity
    {
        Missing,      // required and absent: finalising needs it or an explicit override
        Inconsistent, // two facts of the record contradict each other
        Notice        // worth a look (0 observers), never blocking
    };
    Severity severity = Severity::Missing;
    QString topic;   // stable key for tests and filters: "publicity-reason", "signers", ...
    QString message; // one sentence in the UI language
    Id agendaItemId = 0;
    Id memberId = 0;
    friend bool operator==(const Finding &, const Finding &) = default;
};

// Every finding for the record, in the order the record reads (header, attendance, agenda, signing).
QVector<Finding> checkCompleteness(const RecordData &data);
// True when no finding is Missing or Inconsistent.
bool readyToFinalise(const QVector<Finding> &findings);

// The council's publication deadline (e.g. within 45 days of the meeting), shown until it is met.
struct PublicationDeadline
{
    enum class State
    {
        None,      // the council sets no deadline
        Pending,   // not yet published, still in time
        Overdue,   // not yet published, past the deadline
        MetOnTime, // published on or before the deadline
        MetLate    // published after it
    };
    State state = State::None;
    QDate due;
    int daysLeft = 0; // negative when overdue
    bool shown() const { return state == State::Pending || state == State::Overdue; }
};

PublicationDeadline publicationDeadline(const Council &council, const Meeting &meeting, QDate today);
// 「公表期限 令和7年10月12日（あと12日）」 in the UI language; empty when there is nothing to show.
QString describeDeadline(const PublicationDeadline &deadline);

} // namespace kiroku::record
