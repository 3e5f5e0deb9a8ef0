#pragma once
// Carries facts drafted as stage directions into the record's fields in one undo step (see
// drafting/DraftedFacts.h): the vote of agenda items and the meeting's observer count. Only those fields
// are written, so an edit of the item's title or the meeting's venue made meanwhile is kept.
#include "commands/Document.h"
#include "drafting/DraftedFacts.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kiroku {

class CarryDraftedFactsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::DraftedFactsCommand)
public:
    // `before`: the fields as the offer saw them (the items and meeting the offer was made from).
    CarryDraftedFactsCommand(Document *document, const QVector<AgendaItem> &before, const Meeting &meeting,
                             FactOffer offer, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void write(bool forward);
    Document *m_document;
    Id m_meetingId;
    QHash<Id, VoteKind> m_votesBefore;
    Meeting m_meetingBefore;
    FactOffer m_offer;
};

} // namespace kiroku
