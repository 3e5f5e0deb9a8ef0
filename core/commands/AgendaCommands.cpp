#include "commands/AgendaCommands.h"

#include "model/Quorum.h"
#include "store/MeetingRepository.h"
#include "store/Sql.h"

using namespace Qt::StringLiterals;

namespace kiroku {

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
    if (m_document->attempt(this, [&] { AgendaRepository(m_document->database()).update(m_after); }))
        Q_EMIT m_document->agendaChanged(m_after.meetingId);
}

void EditAgendaItemCommand::undo()
{
    if (m_document->attempt(this, [&] { AgendaRepository(m_document->database()).update(m_before); }))
        Q_EMIT m_document->agendaChanged(m_before.meetingId);
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
