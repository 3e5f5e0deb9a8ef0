#include "record/Completeness.h"

#include "drafting/DraftedFacts.h"
#include "text/Wareki.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;
using kiroku::wareki::Digits;
using kiroku::wareki::formatDate;
using kiroku::wareki::formatTime;
using kiroku::wareki::formatTimeRange;

namespace kiroku::record {

namespace {

QString itemName(const AgendaItem &item)
{
    const QString name = QString(item.number + u' ' + item.title).trimmed();
    return name.isEmpty()
               ? QCoreApplication::translate("kiroku::record", "agenda item %1").arg(item.position + 1)
               : name;
}

class Checker
{
public:
    explicit Checker(const RecordData &d)
        : data(d)
    {}

    QVector<Finding> run()
    {
        header();
        attendance();
        agenda();
        statements();
        drafted();
        signing();
        return findings;
    }

private:
    void add(Finding::Severity severity, const QString &topic, const QString &message, Id item = 0,
             Id member = 0)
    {
        findings.append({severity, topic, message, item, member});
    }

    void header()
    {
        const Meeting &m = data.meeting;
        if (!m.date.isValid())
            add(Finding::Severity::Missing, u"date"_s,
                QCoreApplication::translate("kiroku::record", "The meeting has no date."));
        if (!m.startTime.isValid() || !m.endTime.isValid())
            add(Finding::Severity::Missing, u"times"_s,
                QCoreApplication::translate("kiroku::record",
                                            "The opening and closing times are not both recorded."));
        else if (m.endTime <= m.startTime)
            add(Finding::Severity::Inconsistent, u"times"_s,
                QCoreApplication::translate("kiroku::record", "The meeting closes (%1) before it opens (%2).")
                    .arg(formatTime(m.endTime), formatTime(m.startTime)));
        if (m.venue.trimmed().isEmpty())
            add(Finding::Severity::Missing, u"venue"_s,
                QCoreApplication::translate("kiroku::record", "The venue is not recorded."));
        if (m.publicity != Publicity::Public && m.closedReason.trimmed().isEmpty())
            add(Finding::Severity::Missing, u"publicity-reason"_s,
                QCoreApplication::translate(
                    "kiroku::record",
                    "The meeting is not public, but the reason (the ordinance's ground) is not stated."));
        if (m.publicity != Publicity::Closed) {
            if (!m.observersAllowed && m.observersReason.trimmed().isEmpty())
                add(Finding::Severity::Missing, u"observers"_s,
                    QCoreApplication::translate(
                        "kiroku::record", "Observers were not admitted, but the reason is not stated."));
            else if (m.observersAllowed && m.observerCount == 0)
                add(Finding::Severity::Notice, u"observers"_s,
                    QCoreApplication::translate("kiroku::record",
                                                "The observer count is 0: confirm that nobody attended."));
        }
        if (m.observerCount < 0)
            add(Finding::Severity::Inconsistent, u"observers"_s,
                QCoreApplication::translate("kiroku::record", "The observer count is negative."));
        if (m.chairMemberId == 0)
            add(Finding::Severity::Missing, u"chair"_s,
                QCoreApplication::translate("kiroku::record", "No member is named as chair."));
    }

    void attendance()
    {
        const Meeting &m = data.meeting;
        QSet<Id> recorded;
        for (const Attendance &a : data.attendance)
            recorded.insert(a.memberId);
        for (const Member &member : data.members) {
            if (!member.inOfficeOn(m.date) || recorded.contains(member.id))
                continue;
            add(Finding::Severity::Missing, u"attendance"_s,
                QCoreApplication::translate("kiroku::record",
                                            "Attendance is not recorded for %1 (present or absent).")
                    .arg(member.name),
                0, member.id);
        }
        for (const Attendance &a : data.attendance) {
            const Member *member = data.member(a.memberId);
            const QString name = member ? member->name : QString::number(a.memberId);
            if (a.status == AttendanceStatus::Late && !a.arrivedAt.isValid())
                add(Finding::Severity::Missing, u"attendance"_s,
                    QCoreApplication::translate("kiroku::record",
                                                "%1 arrived late, but the time is not recorded.")
                        .arg(name),
                    0, a.memberId);
            if (a.status == AttendanceStatus::LeftEarly && !a.leftAt.isValid())
                add(Finding::Severity::Missing, u"attendance"_s,
                    QCoreApplication::translate("kiroku::record",
                                                "%1 left early, but the time is not recorded.")
                        .arg(name),
                    0, a.memberId);
            const QTime at = a.status == AttendanceStatus::Late ? a.arrivedAt : a.leftAt;
            if (at.isValid() && m.startTime.isValid() && m.endTime.isValid() &&
                (at < m.startTime || at > m.endTime))
                add(Finding::Severity::Inconsistent, u"times"_s,
                    QCoreApplication::translate("kiroku::record",
                                                "%1's time (%2) lies outside the meeting (%3).")
                        .arg(name, formatTime(at), formatTimeRange(m.startTime, m.endTime)),
                    0, a.memberId);
        }
        if (data.attendance.isEmpty())
            return; // the missing rows above say it already
        if (!data.quorum.met())
            add(Finding::Severity::Inconsistent, u"quorum"_s,
                QCoreApplication::translate(
                    "kiroku::record",
                    "The attendance does not reach the quorum (%1 of %2 required); the record cannot state "
                    "that the meeting was constituted.")
                    .arg(data.quorum.present)
                    .arg(data.quorum.required));
        if (m.chairMemberId != 0) {
            for (const Attendance &a : data.attendance) {
                if (a.memberId == m.chairMemberId && a.status == AttendanceStatus::Absent)
                    add(Finding::Severity::Inconsistent, u"chair"_s,
                        QCoreApplication::translate("kiroku::record", "The chair is recorded as absent."), 0,
                        a.memberId);
            }
        }
    }

    void agenda()
    {
        if (data.agenda.isEmpty())
            add(Finding::Severity::Missing, u"agenda"_s,
                QCoreApplication::translate("kiroku::record", "The meeting has no agenda items."));
        const int present = membersAttending(data.attendance);
        for (const AgendaItem &item : data.agenda) {
            const bool decides = item.kind != AgendaKind::Other;
            if (decides && item.outcome == Outcome::None)
                add(Finding::Severity::Missing, u"outcome"_s,
                    QCoreApplication::translate("kiroku::record",
                                                "%1 has no outcome (response, approved, continued …).")
                        .arg(itemName(item)),
                    item.id);
            if (item.publicity != Publicity::Public && item.closedReason.trimmed().isEmpty())
                add(Finding::Severity::Missing, u"publicity-reason"_s,
                    QCoreApplication::translate("kiroku::record",
                                                "%1 is not public, but the reason is not stated.")
                        .arg(itemName(item)),
                    item.id);
            if (item.voteKind == VoteKind::Counts) {
                const int votes = votesCast(item);
                if (votes == 0)
                    add(Finding::Severity::Missing, u"votes"_s,
                        QCoreApplication::translate(
                            "kiroku::record", "%1 was put to a counted vote, but no votes are recorded.")
                            .arg(itemName(item)),
                        item.id);
                else if (!data.attendance.isEmpty() && votes > present)
                    add(Finding::Severity::Inconsistent, u"votes"_s,
                        QCoreApplication::translate("kiroku::record",
                                                    "%1 records %2 votes, but only %3 members attended.")
                            .arg(itemName(item))
                            .arg(votes)
                            .arg(present),
                        item.id);
            }
        }
        if (data.materials.isEmpty())
            add(Finding::Severity::Missing, u"materials"_s,
                QCoreApplication::translate("kiroku::record", "The list of materials is empty."));
        for (const Material &material : data.materials) {
            if (material.title.trimmed().isEmpty())
                add(Finding::Severity::Missing, u"materials"_s,
                    QCoreApplication::translate("kiroku::record", "Material %1 has no title.")
                        .arg(material.label),
                    material.agendaItemId);
        }
    }

    void statements()
    {
        if (data.statements.isEmpty()) {
            add(Finding::Severity::Missing, u"statements"_s,
                QCoreApplication::translate("kiroku::record", "The record has no statements."));
            return;
        }
        const Meeting &m = data.meeting;
        QTime previous;
        for (const Statement &s : data.statements) {
            if (!s.spokenAt.isValid())
                continue;
            if (previous.isValid() && s.spokenAt < previous) {
                add(Finding::Severity::Inconsistent, u"times"_s,
                    QCoreApplication::translate(
                        "kiroku::record", "Statement %1 is timed %2, before the statement above it (%3).")
                        .arg(s.position + 1)
                        .arg(formatTime(s.spokenAt), formatTime(previous)),
                    s.agendaItemId);
                break; // one is enough to send the clerk looking
            }
            previous = s.spokenAt;
        }
        // A few minutes' slack: the clock of the drafting laptop and the chair's watch differ.
        const int slack = 5 * 60;
        if (previous.isValid() && m.endTime.isValid() && m.endTime.secsTo(previous) > slack)
            add(Finding::Severity::Inconsistent, u"times"_s,
                QCoreApplication::translate("kiroku::record",
                                            "Statements are timed after the meeting closed (%1).")
                    .arg(formatTime(m.endTime)));
    }

    // The stage directions of the record against the fields they also fill (a vote, the observers).
    void drafted()
    {
        const DraftedFacts facts = draftedFacts(data.statements);
        for (const AgendaItem &item : data.agenda) {
            const QVector<VoteKind> votes = facts.votes.value(item.id);
            if (votes.isEmpty() || item.voteKind == VoteKind::Counts || votes.contains(item.voteKind))
                continue;
            const QString drafted = voteStageDirection(votes.constLast(), 0, 0, 0);
            if (item.voteKind == VoteKind::None)
                add(Finding::Severity::Inconsistent, u"vote-drafted"_s,
                    QCoreApplication::translate("kiroku::record",
                                                "The record says %1 under %2, but its vote is not recorded.")
                        .arg(drafted, itemName(item)),
                    item.id);
            else
                add(Finding::Severity::Inconsistent, u"vote-drafted"_s,
                    QCoreApplication::translate(
                        "kiroku::record", "The record says %1 under %2, but its vote is recorded as %3.")
                        .arg(drafted, itemName(item), voteStageDirection(item.voteKind, 0, 0, 0)),
                    item.id);
        }
        const Meeting &m = data.meeting;
        if (facts.observers > 0 && (!m.observersAllowed || m.observerCount < facts.observers))
            add(Finding::Severity::Inconsistent, u"observers-drafted"_s,
                QCoreApplication::translate("kiroku::record",
                                            "The record says %n observer(s) came in, but the observer count "
                                            "is %1.",
                                            nullptr, facts.observers)
                    .arg(m.observersAllowed ? m.observerCount : 0));
    }

    void signing()
    {
        const int required = data.council.signerCount;
        if (data.signatures.size() < required)
            add(Finding::Severity::Missing, u"signers"_s,
                QCoreApplication::translate("kiroku::record", "%1 of the %2 signing members are designated.")
                    .arg(data.signatures.size())
                    .arg(required));
        for (const Signature &s : data.signatures) {
            const Member *member = data.member(s.memberId);
            if (!member) {
                add(Finding::Severity::Inconsistent, u"signers"_s,
                    QCoreApplication::translate(
                        "kiroku::record", "A signer line names someone who is not a member of the council."));
                continue;
            }
            for (const Attendance &a : data.attendance) {
                if (a.memberId == s.memberId && a.status == AttendanceStatus::Absent)
                    add(Finding::Severity::Inconsistent, u"signers"_s,
                        QCoreApplication::translate("kiroku::record",
                                                    "%1 is designated to sign but was absent.")
                            .arg(member->name),
                        0, member->id);
            }
        }
    }

    const RecordData &data;
    QVector<Finding> findings;
};

} // namespace

QVector<Finding> checkCompleteness(const RecordData &data)
{
    return Checker(data).run();
}

bool readyToFinalise(const QVector<Finding> &findings)
{
    return std::all_of(findings.begin(), findings.end(),
                       [](const Finding &f) { return f.severity == Finding::Severity::Notice; });
}

PublicationDeadline publicationDeadline(const Council &council, const Meeting &meeting, QDate today)
{
    PublicationDeadline d;
    if (council.publicationDeadlineDays <= 0 || !meeting.date.isValid())
        return d;
    d.due = meeting.date.addDays(council.publicationDeadlineDays);
    if (!meeting.publishedDate.isValid() && today < meeting.date)
        return d; // nothing to publish before the meeting is held
    if (meeting.publishedDate.isValid()) {
        d.state = meeting.publishedDate <= d.due ? PublicationDeadline::State::MetOnTime
                                                 : PublicationDeadline::State::MetLate;
        d.daysLeft = static_cast<int>(meeting.publishedDate.daysTo(d.due));
        return d;
    }
    d.daysLeft = static_cast<int>(today.daysTo(d.due));
    d.state = d.daysLeft >= 0 ? PublicationDeadline::State::Pending : PublicationDeadline::State::Overdue;
    return d;
}

QString describeDeadline(const PublicationDeadline &deadline)
{
    const QString due = formatDate(deadline.due, Digits::Half, false);
    switch (deadline.state) {
    case PublicationDeadline::State::Pending:
        return deadline.daysLeft == 0
                   ? QCoreApplication::translate("kiroku::record", "Publish by %1 (today).").arg(due)
                   : QCoreApplication::translate("kiroku::record", "Publish by %1 (%n day(s) left).", nullptr,
                                                 deadline.daysLeft)
                         .arg(due);
    case PublicationDeadline::State::Overdue:
        return QCoreApplication::translate("kiroku::record", "Publication was due on %1 (%n day(s) overdue).",
                                           nullptr, -deadline.daysLeft)
            .arg(due);
    case PublicationDeadline::State::None:
    case PublicationDeadline::State::MetOnTime:
    case PublicationDeadline::State::MetLate:
        break;
    }
    return {};
}

} // namespace kiroku::record
