#include "drafting/DraftedFacts.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

// The words inside the parentheses, NFKC (full-width digits and brackets become ASCII), no spaces.
QString directionWords(const Statement &statement)
{
    if (statement.kind != StatementKind::StageDirection)
        return {};
    QString text = statement.text.normalized(QString::NormalizationForm_KC);
    text.remove(u' ');
    if (text.startsWith(u'(') && text.endsWith(u')'))
        text = text.mid(1, text.size() - 2);
    return text;
}

int kanjiNumber(const QString &digits)
{
    static const QString kanji = u"〇一二三四五六七八九"_s;
    bool ok = false;
    const int number = digits.toInt(&ok);
    if (ok)
        return number;
    // 十二, 二十, 三: enough for a room's observers.
    int value = 0;
    int current = 0;
    for (const QChar c : digits) {
        if (c == u'十') {
            value += (current == 0 ? 1 : current) * 10;
            current = 0;
        } else {
            current = int(kanji.indexOf(c));
        }
    }
    return value + std::max(current, 0);
}

} // namespace

VoteKind draftedVote(const Statement &statement)
{
    const QString words = directionWords(statement);
    if (words.contains(u"全員挙手"_s) || words.contains(u"挙手全員"_s))
        return VoteKind::AllHands;
    if (words.contains(u"異議なし"_s) || words.contains(u"異議無し"_s))
        return VoteKind::NoObjection;
    return VoteKind::None;
}

int draftedObserversEntering(const Statement &statement)
{
    static const QRegularExpression entering(
        u"^傍聴(?:人|者)(?:([0-9〇一二三四五六七八九十]+)(?:名|人))?が?(?:入室|入場)"_s);
    const QRegularExpressionMatch match = entering.match(directionWords(statement));
    if (!match.hasMatch())
        return 0;
    return match.captured(1).isEmpty() ? 1 : kanjiNumber(match.captured(1));
}

DraftedFacts draftedFacts(const QVector<Statement> &statements)
{
    DraftedFacts facts;
    for (const Statement &s : statements) {
        if (s.kind != StatementKind::StageDirection)
            continue;
        if (const VoteKind vote = draftedVote(s); vote != VoteKind::None && s.agendaItemId != 0)
            facts.votes[s.agendaItemId].append(vote);
        facts.observers += draftedObserversEntering(s);
    }
    return facts;
}

FactOffer factOffer(const QVector<Statement> &statements, const QVector<AgendaItem> &agenda,
                    const Meeting &meeting)
{
    const DraftedFacts facts = draftedFacts(statements);
    FactOffer offer;
    for (const AgendaItem &item : agenda) {
        const QVector<VoteKind> votes = facts.votes.value(item.id);
        if (item.voteKind != VoteKind::None || votes.isEmpty())
            continue;
        AgendaItem after = item;
        after.voteKind = votes.constLast();
        offer.items.append(after);
    }
    if (facts.observers > meeting.observerCount || (facts.observers > 0 && !meeting.observersAllowed)) {
        Meeting after = meeting;
        after.observersAllowed = true;
        after.observerCount = std::max(facts.observers, meeting.observerCount);
        offer.meeting = after;
    }
    return offer;
}

} // namespace kiroku
