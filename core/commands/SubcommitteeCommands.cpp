#include "commands/SubcommitteeCommands.h"

#include "store/ConsultationRepository.h"
#include "store/CouncilRepository.h"
#include "store/Sql.h"
#include "store/SubcommitteeRepository.h"
#include "text/Wareki.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

QString date(QDate d)
{
    return wareki::formatDate(d, wareki::Digits::Half, false);
}

Id councilOfSubcommittee(const QSqlDatabase &db, Id subcommitteeId)
{
    const auto s = SubcommitteeRepository(db).subcommittee(subcommitteeId);
    return s ? s->councilId : 0;
}

} // namespace

std::optional<SubcommitteeState> subcommitteeState(const QSqlDatabase &db, Id subcommitteeId)
{
    const SubcommitteeRepository repository(db);
    const auto s = repository.subcommittee(subcommitteeId);
    if (!s)
        return std::nullopt;
    return SubcommitteeState{*s, repository.members(s->id), repository.referrals(s->id),
                             repository.meetings(s->id)};
}

QString whyNotValid(const QSqlDatabase &db, const SubcommitteeState &state)
{
    const Subcommittee &s = state.subcommittee;
    if (s.name.trimmed().isEmpty())
        return SetSubcommitteeCommand::tr("A subcommittee needs a name.");
    if (s.establishedDate.isValid() && s.dissolvedDate.isValid() && s.dissolvedDate < s.establishedDate)
        return SetSubcommitteeCommand::tr(
                   "The subcommittee cannot be dissolved (%1) before it is established (%2).")
            .arg(date(s.dissolvedDate), date(s.establishedDate));
    if (std::count_if(state.members.begin(), state.members.end(), [](const auto &m) { return m.isChair; }) >
        1)
        return SetSubcommitteeCommand::tr("A subcommittee has one chair.");
    const CouncilRepository councils(db);
    QSet<Id> seen;
    for (const SubcommitteeMember &m : state.members) {
        const auto member = councils.member(m.memberId);
        if (!member || member->councilId != s.councilId)
            return SetSubcommitteeCommand::tr("Only members of the council can sit on its subcommittee.");
        if (seen.contains(m.memberId))
            return SetSubcommitteeCommand::tr("%1 is listed twice.").arg(member->name);
        seen.insert(m.memberId);
    }
    const ConsultationRepository consultations(db);
    for (const SubcommitteeReferral &r : state.referrals) {
        const auto c = consultations.consultation(r.consultationId);
        if (!c || c->councilId != s.councilId)
            return SetSubcommitteeCommand::tr(
                "Only consultations of the council can be referred to its subcommittee.");
        if (r.referredDate.isValid() && c->receivedDate.isValid() && r.referredDate < c->receivedDate)
            return SetSubcommitteeCommand::tr(
                       "Consultation No. %1 is referred (%2) before it was received (%3).")
                .arg(c->number)
                .arg(date(r.referredDate), date(c->receivedDate));
    }
    return {};
}

QString whyNotValid(const QSqlDatabase &db, const SubcommitteeMeeting &m)
{
    const SubcommitteeRepository repository(db);
    if (m.number <= 0)
        return SetSubcommitteeCommand::tr("A meeting number is a whole number from 1.");
    for (const SubcommitteeMeeting &other : repository.meetings(m.subcommitteeId)) {
        if (other.id != m.id && other.number == m.number)
            return SetSubcommitteeCommand::tr("Meeting %1 of this subcommittee already exists.")
                .arg(m.number);
    }
    QSet<Id> members;
    for (const SubcommitteeMember &member : repository.members(m.subcommitteeId))
        members.insert(member.memberId);
    for (const Id attendee : m.attendees) {
        if (!members.contains(attendee))
            return SetSubcommitteeCommand::tr("Only members of the subcommittee can attend its meeting.");
    }
    QSet<Id> referred;
    for (const SubcommitteeReferral &r : repository.referrals(m.subcommitteeId))
        referred.insert(r.consultationId);
    for (const SubcommitteeItem &item : m.items) {
        if (!referred.contains(item.consultationId))
            return SetSubcommitteeCommand::tr(
                "The subcommittee can examine only the consultations referred to it.");
    }
    if (m.startTime.isValid() && m.endTime.isValid() && m.endTime < m.startTime)
        return SetSubcommitteeCommand::tr("The meeting cannot end before it starts.");
    return {};
}

SetSubcommitteeCommand::SetSubcommitteeCommand(Document *document, std::optional<SubcommitteeState> before,
                                               std::optional<SubcommitteeState> after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    const QString name = m_after    ? m_after->subcommittee.name
                         : m_before ? m_before->subcommittee.name
                                    : QString();
    setText(!m_before  ? tr("Add subcommittee %1").arg(name)
            : !m_after ? tr("Remove subcommittee %1").arg(name)
                       : tr("Edit subcommittee %1").arg(name));
    m_councilId = m_after ? m_after->subcommittee.councilId : m_before ? m_before->subcommittee.councilId : 0;
}

Id SetSubcommitteeCommand::subcommitteeId() const
{
    return m_after ? m_after->subcommittee.id : 0;
}

bool SetSubcommitteeCommand::write(const std::optional<SubcommitteeState> &from,
                                   std::optional<SubcommitteeState> &to)
{
    return m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        sql::Transaction transaction(db);
        SubcommitteeRepository repository(db);
        if (!to) {
            repository.remove(from->subcommittee.id); // members, referrals and meetings go with it
        } else {
            if (from) {
                repository.update(to->subcommittee);
            } else {
                to->subcommittee.id = repository.insert(to->subcommittee);
                for (SubcommitteeMeeting meeting : to->meetings) {
                    meeting.subcommitteeId = to->subcommittee.id;
                    repository.insert(meeting);
                }
            }
            repository.setMembers(to->subcommittee.id, to->members);
            repository.setReferrals(to->subcommittee.id, to->referrals);
        }
        transaction.commit();
    });
}

void SetSubcommitteeCommand::redo()
{
    if (!m_checked && m_after) {
        if (const QString why = whyNotValid(m_document->database(), *m_after); !why.isEmpty()) {
            setObsolete(true);
            m_document->reportFailure(why);
            return;
        }
    }
    m_checked = true;
    if (write(m_before, m_after)) {
        Q_EMIT m_document->subcommitteesChanged(m_councilId);
        Q_EMIT m_document->consultationsChanged(m_councilId); // statuses follow referrals
    }
}

void SetSubcommitteeCommand::undo()
{
    if (write(m_after, m_before)) {
        Q_EMIT m_document->subcommitteesChanged(m_councilId);
        Q_EMIT m_document->consultationsChanged(m_councilId);
    }
}

SetSubcommitteeMeetingCommand::SetSubcommitteeMeetingCommand(Document *document,
                                                             std::optional<SubcommitteeMeeting> before,
                                                             std::optional<SubcommitteeMeeting> after,
                                                             QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    const int number = m_after ? m_after->number : m_before ? m_before->number : 0;
    setText(!m_before  ? tr("Add subcommittee meeting %1").arg(number)
            : !m_after ? tr("Remove subcommittee meeting %1").arg(number)
                       : tr("Edit subcommittee meeting %1").arg(number));
}

bool SetSubcommitteeMeetingCommand::write(const std::optional<SubcommitteeMeeting> &from,
                                          std::optional<SubcommitteeMeeting> &to)
{
    return m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        SubcommitteeRepository repository(db);
        m_councilId = councilOfSubcommittee(db, to ? to->subcommitteeId : from->subcommitteeId);
        if (!to)
            repository.removeMeeting(from->id);
        else if (!from)
            to->id = repository.insert(*to);
        else
            repository.update(*to);
    });
}

void SetSubcommitteeMeetingCommand::redo()
{
    if (!m_checked && m_after) {
        if (const QString why = whyNotValid(m_document->database(), *m_after); !why.isEmpty()) {
            setObsolete(true);
            m_document->reportFailure(why);
            return;
        }
    }
    m_checked = true;
    if (write(m_before, m_after)) {
        Q_EMIT m_document->subcommitteesChanged(m_councilId);
        Q_EMIT m_document->consultationsChanged(m_councilId); // histories list subcommittee meetings
    }
}

void SetSubcommitteeMeetingCommand::undo()
{
    if (write(m_after, m_before)) {
        Q_EMIT m_document->subcommitteesChanged(m_councilId);
        Q_EMIT m_document->consultationsChanged(m_councilId);
    }
}

} // namespace kiroku
