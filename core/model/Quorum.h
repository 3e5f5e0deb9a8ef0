#pragma once
// Quorum (定足数) of a meeting from the council's rule and the attendance: "過半数" needs more than
// half of the members in office, "半数以上" at least half.
#include "model/Types.h"

namespace kiroku {

struct QuorumState
{
    int quota = 0;    // 定員
    int inOffice = 0; // members whose term covers the meeting date
    int present = 0;  // present now (late arrivals count once arrived, early leavers no longer)
    int required = 0;
    bool met() const { return present >= required && inOffice > 0; }
};

// Members required for a quorum among `inOffice` members.
int requiredForQuorum(QuorumRule rule, int inOffice);

// Counts presence at a moment of the meeting; an invalid `at` counts everyone who attended at all.
QuorumState quorumState(const Council &council, const QVector<Member> &members,
                        const QVector<Attendance> &attendance, QDate meetingDate, QTime at = {});

// Members who attended at any time (present, late, left early): the most hands a vote can have.
int membersAttending(const QVector<Attendance> &attendance);
// 賛成 + 反対 + 棄権 of a counted vote.
inline int votesCast(const AgendaItem &item)
{
    return item.votesFor + item.votesAgainst + item.votesAbstain;
}

// How a decision was taken: 「全員挙手」「異議なし」「賛成6 反対1 棄権0」; empty without a vote.
QString voteText(VoteKind kind, int votesFor, int votesAgainst, int votesAbstain);

// The stage direction the record carries where the vote was taken: 「（全員挙手）」「（異議なし）」
// 「（賛成6人　反対1人　棄権0人）」; empty without a vote.
QString voteStageDirection(VoteKind kind, int votesFor, int votesAgainst, int votesAbstain);

// 「定員8名中7名出席、定足数を満たしています」 — the live line of the meeting editor and drafting view.
QString quorumLine(const QuorumState &state);
// 「委員8名のうち7名が出席し、会議は成立しました。」 — the sentence a record states.
QString quorumSentence(const QuorumState &state);

} // namespace kiroku
