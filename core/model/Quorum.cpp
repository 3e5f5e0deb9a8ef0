#include "model/Quorum.h"

#include <algorithm>

#include <QHash>

using namespace Qt::StringLiterals;

namespace kiroku {

int requiredForQuorum(QuorumRule rule, int inOffice)
{
    if (inOffice <= 0)
        return 0;
    return rule == QuorumRule::Majority ? inOffice / 2 + 1 : (inOffice + 1) / 2;
}

QuorumState quorumState(const Council &council, const QVector<Member> &members,
                        const QVector<Attendance> &attendance, QDate meetingDate, QTime at)
{
    QuorumState state;
    state.quota = council.quota;
    QHash<Id, const Attendance *> byMember;
    for (const Attendance &a : attendance)
        byMember.insert(a.memberId, &a);
    for (const Member &member : members) {
        if (meetingDate.isValid() && !member.inOfficeOn(meetingDate))
            continue;
        ++state.inOffice;
        const Attendance *a = byMember.value(member.id);
        if (!a)
            continue;
        switch (a->status) {
        case AttendanceStatus::Present:
            ++state.present;
            break;
        case AttendanceStatus::Late:
            if (!at.isValid() || !a->arrivedAt.isValid() || a->arrivedAt <= at)
                ++state.present;
            break;
        case AttendanceStatus::LeftEarly:
            if (!at.isValid() || !a->leftAt.isValid() || at < a->leftAt)
                ++state.present;
            break;
        case AttendanceStatus::Absent:
            break;
        }
    }
    state.required = requiredForQuorum(council.quorumRule, state.inOffice);
    return state;
}

QString quorumLine(const QuorumState &state)
{
    QString head = u"定員%1名"_s.arg(state.quota);
    if (state.inOffice != state.quota)
        head += u"（在任%1名）"_s.arg(state.inOffice);
    const QString verdict =
        state.met() ? u"定足数を満たしています"_s : u"定足数（%1名）に達していません"_s.arg(state.required);
    return u"%1中%2名出席、%3"_s.arg(head).arg(state.present).arg(verdict);
}

QString quorumSentence(const QuorumState &state)
{
    if (state.present == state.inOffice && state.inOffice == state.quota)
        return u"定員%1名のところ全員が出席し、会議は成立した。"_s.arg(state.quota);
    if (!state.met())
        return u"委員%1名のうち%2名の出席であり、定足数に達していない。"_s.arg(state.inOffice)
            .arg(state.present);
    return u"委員%1名のうち%2名が出席し、会議は成立した。"_s.arg(state.inOffice).arg(state.present);
}

QString voteText(VoteKind kind, int votesFor, int votesAgainst, int votesAbstain)
{
    if (kind == VoteKind::Counts)
        return QStringLiteral("賛成%1 反対%2 棄権%3").arg(votesFor).arg(votesAgainst).arg(votesAbstain);
    return japaneseLabel(kind);
}

QString voteStageDirection(VoteKind kind, int votesFor, int votesAgainst, int votesAbstain)
{
    switch (kind) {
    case VoteKind::None:
        return {};
    case VoteKind::Counts:
        return QStringLiteral("（賛成%1人　反対%2人　棄権%3人）")
            .arg(votesFor)
            .arg(votesAgainst)
            .arg(votesAbstain);
    default:
        return u'（' + japaneseLabel(kind) + u'）';
    }
}

int membersAttending(const QVector<Attendance> &attendance)
{
    return int(std::count_if(attendance.begin(), attendance.end(),
                             [](const Attendance &a) { return a.status != AttendanceStatus::Absent; }));
}

} // namespace kiroku
