#include "commands/AgendaCommands.h"

#include "model/Quorum.h"
#include "store/MeetingRepository.h"
#include "store/Sql.h"
#include "store/StatementRepository.h"

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

// The vote's stage direction, placed after the item's last statement, when the vote changed, the item
// already has statements (the record of it is being written) and none of them says it yet.
Statement directionFor(const QVector<Statement> &all, const AgendaItem &before, const AgendaItem &after)
{
    const QString text =
        voteStageDirection(after.voteKind, after.votesFor, after.votesAgainst, after.votesAbstain);
    const bool changed = before.voteKind != after.voteKind || before.votesFor != after.votesFor ||
                         before.votesAgainst != after.votesAgainst ||
                         before.votesAbstain != after.votesAbstain;
    Statement direction;
    if (text.isEmpty() || !changed)
        return direction;
    int last = -1;
    for (const Statement &s : all) {
        if (s.agendaItemId != after.id)
            continue;
        if (s.kind == StatementKind::StageDirection && s.text == text)
            return direction;
        last = std::max(last, s.position);
    }
    if (last < 0)
        return direction;
    direction.meetingId = after.meetingId;
    direction.agendaItemId = after.id;
    direction.position = last + 1;
    direction.kind = StatementKind::StageDirection;
    direction.text = text;
    return direction;
}

} // namespace

QString whyNotValid(const QSqlDatabase &db, const AgendaItem &item)
{
    if (item.votesFor < 0 || item.votesAgainst < 0 || item.votesAbstain < 0)
        return QCoreApplication::translate("kiroku::AgendaCommands", "A number of votes cannot be negative.");
    if (item.voteKind != VoteKind::Counts)
        return {};
    const int present = membersAttending(MeetingRepository(db).attendance(item.meetingId));
    const int votes = votesCast(item);
    if (votes > present)
        return QCoreApplication::translate("kiroku::AgendaCommands",
                                           "%1 votes, but %2 member(s) are present at this meeting.")
            .arg(votes)
            .arg(present);
    return {};
}

AddAgendaItemCommand::AddAgendaItemCommand(Document *document, AgendaItem item, QUndoCommand *parent)
    : QUndoCommand(tr("Add agenda item"), parent)
    , m_document(document)
    , m_item(std::move(item))
{}

void AddAgendaItemCommand::redo()
{
    if (m_document->attempt(this,
                            [&] { m_item.id = AgendaRepository(m_document->database()).insert(m_item); }))
        Q_EMIT m_document->agendaChanged(m_item.meetingId);
}

void AddAgendaItemCommand::undo()
{
    if (m_document->attempt(this, [&] { AgendaRepository(m_document->database()).remove(m_item.id); }))
        Q_EMIT m_document->agendaChanged(m_item.meetingId);
}

EditAgendaItemCommand::EditAgendaItemCommand(Document *document, AgendaItem before, AgendaItem after,
                                             QUndoCommand *parent)
    : QUndoCommand(tr("Edit agenda item %1").arg(after.number.isEmpty() ? after.title : after.number), parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditAgendaItemCommand::redo()
{
    if (const QString why = whyNotValid(m_document->database(), m_after); !why.isEmpty()) {
        setObsolete(true);
        m_document->reportFailure(why);
        return;
    }
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        sql::Transaction transaction(db);
        AgendaRepository(db).update(m_after);
        StatementRepository statements(db);
        if (m_firstRedo) {
            m_firstRedo = false;
            m_direction = directionFor(statements.statements(m_after.meetingId), m_before, m_after);
        }
        if (!m_direction.text.isEmpty())
            m_direction.id = statements.insert(m_direction); // the same id again on a redo
        transaction.commit();
    });
    if (ok) {
        Q_EMIT m_document->agendaChanged(m_after.meetingId);
        if (!m_direction.text.isEmpty())
            Q_EMIT m_document->statementsChanged(m_after.meetingId);
    }
}

void EditAgendaItemCommand::undo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        sql::Transaction transaction(db);
        if (!m_direction.text.isEmpty())
            StatementRepository(db).remove(m_direction.id);
        AgendaRepository(db).update(m_before);
        transaction.commit();
    });
    if (ok) {
        Q_EMIT m_document->agendaChanged(m_before.meetingId);
        if (!m_direction.text.isEmpty())
            Q_EMIT m_document->statementsChanged(m_before.meetingId);
    }
}

RemoveAgendaItemCommand::RemoveAgendaItemCommand(Document *document, AgendaItem item, QUndoCommand *parent)
    : QUndoCommand(tr("Remove agenda item %1").arg(item.number.isEmpty() ? item.title : item.number), parent)
    , m_document(document)
    , m_item(std::move(item))
{}

void RemoveAgendaItemCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        AgendaRepository agenda(m_document->database());
        m_links = agenda.links(m_item.id);
        agenda.remove(m_item.id);
    });
    if (ok)
        Q_EMIT m_document->agendaChanged(m_item.meetingId);
}

void RemoveAgendaItemCommand::undo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        sql::Transaction transaction(db);
        AgendaRepository agenda(db);
        agenda.insert(m_item);
        agenda.relink(m_item.id, m_links);
        transaction.commit();
    });
    if (ok) {
        Q_EMIT m_document->agendaChanged(m_item.meetingId);
        Q_EMIT m_document->statementsChanged(m_item.meetingId);
        Q_EMIT m_document->materialsChanged(m_item.meetingId);
    }
}

MoveAgendaItemCommand::MoveAgendaItemCommand(Document *document, AgendaItem item, int newPosition,
                                             QUndoCommand *parent)
    : QUndoCommand(tr("Move agenda item"), parent)
    , m_document(document)
    , m_item(std::move(item))
    , m_to(newPosition)
{}

void MoveAgendaItemCommand::redo()
{
    if (m_document->attempt(this, [&] { AgendaRepository(m_document->database()).move(m_item.id, m_to); }))
        Q_EMIT m_document->agendaChanged(m_item.meetingId);
}

void MoveAgendaItemCommand::undo()
{
    if (m_document->attempt(
            this, [&] { AgendaRepository(m_document->database()).move(m_item.id, m_item.position); }))
        Q_EMIT m_document->agendaChanged(m_item.meetingId);
}

} // namespace kiroku
