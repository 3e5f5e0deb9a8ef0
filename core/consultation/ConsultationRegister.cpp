#include "consultation/ConsultationRegister.h"

#include "model/Quorum.h"
#include "store/AgendaRepository.h"
#include "store/ConsultationRepository.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/ReportRepository.h"
#include "store/SubcommitteeRepository.h"
#include "text/Wareki.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kiroku::consultation {
namespace {

QString numberText(const Consultation &c)
{
    return QCoreApplication::translate("kiroku::consultation", "Consultation No. %1").arg(c.number);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("kiroku::consultation", text);
}

void checkSubcommittees(const QSqlDatabase &db, const Council &council, QVector<Problem> &problems)
{
    const SubcommitteeRepository repository(db);
    const CouncilRepository councils(db);
    QSet<Id> councilMembers;
    for (const Member &m : councils.members(council.id))
        councilMembers.insert(m.id);
    for (const Subcommittee &s : repository.subcommittees(council.id)) {
        const QVector<SubcommitteeMember> members = repository.members(s.id);
        const auto chairs =
            std::count_if(members.begin(), members.end(), [](const auto &m) { return m.isChair; });
        if (!members.isEmpty() && chairs == 0)
            problems.append({tr("%1 has no chair.").arg(s.name)});
        if (chairs > 1)
            problems.append({tr("%1 has %2 chairs; name one.").arg(s.name).arg(chairs)});
        QSet<Id> memberIds;
        for (const SubcommitteeMember &m : members) {
            memberIds.insert(m.memberId);
            if (!councilMembers.contains(m.memberId))
                problems.append({tr("%1 has a member who is not on the council.").arg(s.name)});
        }
        QSet<Id> referred;
        for (const SubcommitteeReferral &r : repository.referrals(s.id))
            referred.insert(r.consultationId);
        for (const SubcommitteeMeeting &m : repository.meetings(s.id)) {
            for (const SubcommitteeItem &item : m.items) {
                if (!referred.contains(item.consultationId)) {
                    const auto c = ConsultationRepository(db).consultation(item.consultationId);
                    problems.append({tr("%1, meeting %2 examines %3, which was not referred to it.")
                                         .arg(s.name)
                                         .arg(m.number)
                                         .arg(c ? numberText(*c) : QString::number(item.consultationId)),
                                     item.consultationId});
                }
            }
            for (const Id attendee : m.attendees) {
                if (!memberIds.contains(attendee))
                    problems.append({tr("%1, meeting %2 lists an attendee who is not on the subcommittee.")
                                         .arg(s.name)
                                         .arg(m.number)});
            }
        }
    }
}

void checkReports(const QSqlDatabase &db, const Council &council, QVector<Problem> &problems)
{
    QHash<QString, Id> seen;
    for (const Report &r : ReportRepository(db).reports(council.id)) {
        const QString label = tr("Report No. %1").arg(r.number);
        const QString key = council.consultationNumberingYearly ? u"%1/%2"_s.arg(r.fiscalYear).arg(r.number)
                                                                : QString::number(r.number);
        if (seen.contains(key))
            problems.append({tr("%1 is given twice. Give one of them another number.").arg(label)});
        seen.insert(key, r.id);
        if (r.periodStart.isValid() && r.periodEnd.isValid() && r.periodEnd < r.periodStart)
            problems.append(
                {tr("%1: the period ends (%2) before it starts (%3).")
                     .arg(label, wareki::formatDate(r.periodEnd), wareki::formatDate(r.periodStart))});
        if (r.kind == ReportKind::Leak && r.knownDate.isValid() && r.receivedDate.isValid() &&
            r.receivedDate < r.knownDate)
            problems.append(
                {tr("%1: the leak is reported (%2) before it became known (%3).")
                     .arg(label, wareki::formatDate(r.receivedDate), wareki::formatDate(r.knownDate))});
    }
}

} // namespace

Status deriveStatus(const Consultation &consultation, const QVector<HistoryEntry> &history,
                    const QVector<Response> &responses, QDate today)
{
    if (consultation.withdrawnDate.isValid() && consultation.withdrawnDate <= today)
        return Status::Withdrawn;
    if (std::any_of(responses.begin(), responses.end(),
                    [today](const Response &r) { return !r.date.isValid() || r.date <= today; }))
        return Status::Answered;
    // The last decision at a meeting that has been held says where it stands.
    const HistoryEntry *last = nullptr;
    bool scheduled = false;
    for (const HistoryEntry &entry : history) {
        if (entry.held)
            last = &entry;
        else
            scheduled = true;
    }
    if (last && last->subcommitteeMeetingId != 0)
        return Status::Referred; // in the subcommittee until the council decides again
    if (last) {
        switch (last->outcome) {
        case Outcome::Response:
            return Status::Answered;
        case Outcome::Continued:
            return Status::Continued; // still so when its next meeting is already planned
        case Outcome::Referred:
            return Status::Referred;
        default:
            return Status::OnAgenda;
        }
    }
    return scheduled ? Status::OnAgenda : Status::Received;
}

RegisterEntry entryOf(const QSqlDatabase &db, const Consultation &consultation, QDate today)
{
    RegisterEntry entry;
    entry.consultation = consultation;
    const MeetingRepository meetings(db);
    for (const AgendaItem &item : AgendaRepository(db).itemsOfConsultation(consultation.id)) {
        const std::optional<Meeting> meeting = meetings.meeting(item.meetingId);
        if (!meeting)
            continue;
        HistoryEntry h;
        h.meetingId = meeting->id;
        h.fiscalYear = meeting->fiscalYear;
        h.meetingNumber = meeting->number;
        h.date = meeting->date;
        h.held = meeting->date.isValid() && meeting->date <= today;
        h.agendaItemId = item.id;
        h.agendaNumber = item.number;
        h.outcome = item.outcome;
        h.voteKind = item.voteKind;
        h.votesFor = item.votesFor;
        h.votesAgainst = item.votesAgainst;
        h.votesAbstain = item.votesAbstain;
        entry.history.append(h);
    }
    const SubcommitteeRepository subcommittees(db);
    for (const SubcommitteeMeeting &m : subcommittees.meetingsOf(consultation.id)) {
        HistoryEntry h;
        h.subcommitteeMeetingId = m.id;
        const std::optional<Subcommittee> s = subcommittees.subcommittee(m.subcommitteeId);
        h.subcommitteeName = s ? s->name : QString();
        h.meetingNumber = m.number;
        h.date = m.date;
        h.held = m.date.isValid() && m.date <= today;
        for (const SubcommitteeItem &item : m.items) {
            if (item.consultationId == consultation.id) {
                h.concluded = item.concluded;
                h.result = item.result;
            }
        }
        entry.history.append(h);
    }
    entry.referrals = subcommittees.referralsOf(consultation.id);
    std::stable_sort(
        entry.history.begin(), entry.history.end(), [](const HistoryEntry &a, const HistoryEntry &b) {
            return std::tuple(a.date.isValid() ? a.date.toJulianDay() : std::numeric_limits<qint64>::max(),
                              a.fiscalYear, a.meetingNumber) <
                   std::tuple(b.date.isValid() ? b.date.toJulianDay() : std::numeric_limits<qint64>::max(),
                              b.fiscalYear, b.meetingNumber);
        });
    entry.responses = ConsultationRepository(db).responses(consultation.id);
    entry.status = deriveStatus(consultation, entry.history, entry.responses, today);
    // Referred without a recorded decision (the referral entered on the subcommittee itself).
    const bool referred = std::any_of(entry.referrals.begin(), entry.referrals.end(), [today](const auto &r) {
        return !r.referredDate.isValid() || r.referredDate <= today;
    });
    if (referred && (entry.status == Status::Received || entry.status == Status::OnAgenda))
        entry.status = Status::Referred;

    QDate end = today;
    if (entry.status == Status::Withdrawn)
        end = consultation.withdrawnDate;
    else if (entry.status == Status::Answered) {
        for (const Response &r : std::as_const(entry.responses)) {
            if (r.date.isValid() && (end == today || r.date < end))
                end = r.date;
        }
        for (const HistoryEntry &h : std::as_const(entry.history)) {
            if (entry.responses.isEmpty() && h.held && h.outcome == Outcome::Response)
                end = h.date;
        }
    }
    entry.daysOpen = consultation.receivedDate.isValid()
                         ? int(std::max<qint64>(0, consultation.receivedDate.daysTo(end)))
                         : 0;
    return entry;
}

QVector<RegisterEntry> registerOf(const QSqlDatabase &db, Id councilId, QDate today)
{
    QVector<RegisterEntry> result;
    for (const Consultation &c : ConsultationRepository(db).consultations(councilId))
        result.append(entryOf(db, c, today));
    return result;
}

int suggestedNumber(const QSqlDatabase &db, Id councilId, int fiscalYear)
{
    const std::optional<Council> council = CouncilRepository(db).council(councilId);
    const bool yearly = council && council->consultationNumberingYearly;
    return ConsultationRepository(db).maxNumber(councilId,
                                                yearly ? std::optional<int>(fiscalYear) : std::nullopt) +
           1;
}

QVector<Problem> check(const QSqlDatabase &db, Id councilId)
{
    QVector<Problem> problems;
    const std::optional<Council> council = CouncilRepository(db).council(councilId);
    if (!council)
        return problems;
    const ConsultationRepository consultations(db);
    const MeetingRepository meetings(db);
    const QVector<Consultation> all = consultations.consultations(councilId);

    // The same number twice: across the council, or within a 年度 when numbering restarts yearly.
    QHash<QString, Id> seen;
    for (const Consultation &c : all) {
        const QString key = council->consultationNumberingYearly ? u"%1/%2"_s.arg(c.fiscalYear).arg(c.number)
                                                                 : QString::number(c.number);
        if (seen.contains(key)) {
            problems.append(
                {QCoreApplication::translate(
                     "kiroku::consultation",
                     "%1 is given twice (subjects: %2 / %3). Give one of them another number.")
                     .arg(numberText(c),
                          std::find_if(all.begin(), all.end(),
                                       [&](const Consultation &o) { return o.id == seen.value(key); })
                              ->subject,
                          c.subject),
                 c.id});
        } else {
            seen.insert(key, c.id);
        }
        if (c.withdrawnDate.isValid() && c.receivedDate.isValid() && c.withdrawnDate < c.receivedDate)
            problems.append({QCoreApplication::translate("kiroku::consultation",
                                                         "%1 is withdrawn (%2) before it was received (%3).")
                                 .arg(numberText(c), wareki::formatDate(c.withdrawnDate),
                                      wareki::formatDate(c.receivedDate)),
                             c.id});
        for (const Response &r : consultations.responses(c.id)) {
            if (r.date.isValid() && c.receivedDate.isValid() && r.date < c.receivedDate)
                problems.append(
                    {QCoreApplication::translate(
                         "kiroku::consultation",
                         "The response to %1 is dated %2, before the consultation was received (%3).")
                         .arg(numberText(c), wareki::formatDate(r.date), wareki::formatDate(c.receivedDate)),
                     c.id, r.meetingId});
            if (r.meetingId != 0 && c.receivedDate.isValid()) {
                const std::optional<Meeting> m = meetings.meeting(r.meetingId);
                if (m && m->date.isValid() && m->date < c.receivedDate)
                    problems.append(
                        {QCoreApplication::translate(
                             "kiroku::consultation",
                             "The response to %1 is decided at a meeting held on %2, before the consultation "
                             "was received (%3).")
                             .arg(numberText(c), wareki::formatDate(m->date),
                                  wareki::formatDate(c.receivedDate)),
                         c.id, r.meetingId});
            }
        }
    }

    // Votes: never more hands than members present (late arrivals and early leavers count once).
    for (const Meeting &m : meetings.meetings(councilId)) {
        const int present = membersAttending(meetings.attendance(m.id));
        for (const AgendaItem &item : AgendaRepository(db).items(m.id)) {
            if (item.voteKind != VoteKind::Counts)
                continue;
            const int votes = votesCast(item);
            if (item.votesFor < 0 || item.votesAgainst < 0 || item.votesAbstain < 0 || votes > present)
                problems.append({QCoreApplication::translate(
                                     "kiroku::consultation",
                                     "%1, meeting %2, %3: %4 votes, but %5 member(s) were present.")
                                     .arg(wareki::formatFiscalYear(m.fiscalYear))
                                     .arg(m.number)
                                     .arg(item.number.isEmpty() ? item.title : item.number)
                                     .arg(votes)
                                     .arg(present),
                                 item.consultationId, m.id, item.id});
        }
    }
    checkSubcommittees(db, *council, problems);
    checkReports(db, *council, problems);
    return problems;
}

QString statusKey(Status status)
{
    switch (status) {
    case Status::Received:
        return u"received"_s;
    case Status::OnAgenda:
        return u"on_agenda"_s;
    case Status::Continued:
        return u"continued"_s;
    case Status::Referred:
        return u"referred"_s;
    case Status::Answered:
        return u"answered"_s;
    case Status::Withdrawn:
        break;
    }
    return u"withdrawn"_s;
}

QString statusLabel(Status status)
{
    switch (status) {
    case Status::Received:
        return QCoreApplication::translate("kiroku::consultation", "Received");
    case Status::OnAgenda:
        return QCoreApplication::translate("kiroku::consultation", "On the agenda");
    case Status::Continued:
        return QCoreApplication::translate("kiroku::consultation", "Continued");
    case Status::Referred:
        return QCoreApplication::translate("kiroku::consultation", "Referred to a subcommittee");
    case Status::Answered:
        return QCoreApplication::translate("kiroku::consultation", "Answered");
    case Status::Withdrawn:
        break;
    }
    return QCoreApplication::translate("kiroku::consultation", "Withdrawn");
}

QString meetingText(const HistoryEntry &entry)
{
    if (entry.subcommitteeMeetingId != 0)
        return QCoreApplication::translate("kiroku::consultation", "%1, meeting %2")
            .arg(entry.subcommitteeName)
            .arg(entry.meetingNumber);
    return wareki::formatFiscalYear(entry.fiscalYear) + wareki::formatOrdinalMeeting(entry.meetingNumber);
}

QString outcomeText(const HistoryEntry &entry)
{
    if (!entry.held)
        return QCoreApplication::translate("kiroku::consultation", "(planned)");
    if (entry.subcommitteeMeetingId == 0)
        return japaneseLabel(entry.outcome);
    const QString examined =
        entry.concluded ? QCoreApplication::translate("kiroku::consultation", "Examination concluded")
                        : QCoreApplication::translate("kiroku::consultation", "Examined");
    return entry.result.isEmpty() ? examined : examined + u"：" + entry.result;
}

QString voteText(const HistoryEntry &entry)
{
    return kiroku::voteText(entry.voteKind, entry.votesFor, entry.votesAgainst, entry.votesAbstain);
}

} // namespace kiroku::consultation
