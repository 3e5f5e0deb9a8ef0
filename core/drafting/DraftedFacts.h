#pragma once
// Facts a drafted record states in its stage directions that also have a field of their own: the vote
// on an agenda item, （全員挙手） or （異議なし）, and the observers coming in, （傍聴人入室） or
// （傍聴人3名入室）. The drafting window offers to carry them into the fields (FactOffer); the
// completeness check flags a record whose fields say otherwise.
#include "model/Types.h"

#include <QHash>

#include <optional>

namespace kiroku {

// The vote a stage direction states (全員挙手 → AllHands, 異議なし → NoObjection), else None.
VoteKind draftedVote(const Statement &statement);
// How many observers a stage direction says came in (傍聴人入室 → 1, 傍聴人３名入室 → 3), else 0.
int draftedObserversEntering(const Statement &statement);

struct DraftedFacts
{
    QHash<Id, QVector<VoteKind>> votes; // per agenda item, in record order
    int observers = 0;                  // observers the record says came in
};
DraftedFacts draftedFacts(const QVector<Statement> &statements);

// What the drafting window offers to fill in: the vote of items that have none though the record states
// one (the last one drafted), and the observer count when the record has more coming in than it says.
struct FactOffer
{
    QVector<AgendaItem> items; // the items as they would be written
    std::optional<Meeting> meeting;
    bool isEmpty() const { return items.isEmpty() && !meeting; }
    friend bool operator==(const FactOffer &, const FactOffer &) = default;
};
FactOffer factOffer(const QVector<Statement> &statements, const QVector<AgendaItem> &agenda,
                    const Meeting &meeting);

} // namespace kiroku
