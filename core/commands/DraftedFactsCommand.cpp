#include "commands/DraftedFactsCommand.h"

#include "store/AgendaRepository.h"
#include "store/MeetingRepository.h"
#include "store/Sql.h"

namespace kiroku {

CarryDraftedFactsCommand::CarryDraftedFactsCommand(Document *document, const QVector<AgendaItem> &before,
                                                   const Meeting &meeting, FactOffer offer,
                                                   QUndoCommand *parent)
    : QUndoCommand(tr("Fill in what the record says"), parent)
    , m_document(document)
    , m_meetingId(meeting.id)
    , m_meetingBefore(meeting)
    , m_offer(std::move(offer))
{
    for (const AgendaItem &item : before)
        m_votesBefore.insert(item.id, item.voteKind);
}

void CarryDraftedFactsCommand::write(bool forward)
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        sql::Transaction transaction(db);
        AgendaRepository agenda(db);
        for (const AgendaItem &offered : std::as_const(m_offer.items)) {
            std::optional<AgendaItem> item = agenda.item(offered.id);
            if (!item)
                throw StoreError(tr("The agenda item no longer exists in the archive."));
            item->voteKind = forward ? offered.voteKind : m_votesBefore.value(offered.id);
            agenda.update(*item);
        }
        if (m_offer.meeting) {
            MeetingRepository meetings(db);
            std::optional<Meeting> meeting = meetings.meeting(m_meetingId);
            if (!meeting)
                throw StoreError(tr("The meeting no longer exists in the archive."));
            const Meeting &values = forward ? *m_offer.meeting : m_meetingBefore;
            meeting->observerCount = values.observerCount;
            meeting->observersAllowed = values.observersAllowed;
            meetings.update(*meeting);
        }
        transaction.commit();
    });
    if (!ok)
        return;
    if (!m_offer.items.isEmpty())
        Q_EMIT m_document->agendaChanged(m_meetingId);
    if (m_offer.meeting)
        Q_EMIT m_document->meetingChanged(m_meetingId);
}

void CarryDraftedFactsCommand::redo()
{
    write(true);
}

void CarryDraftedFactsCommand::undo()
{
    write(false);
}

} // namespace kiroku
