#include "record/Publication.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kiroku::record {
namespace {

// The key of a text with, for each key character, the index of the original character it came from.
// Decomposition is per character, so a key span maps back to whole original characters.
struct Keyed
{
    QString key;
    QVector<int> origin; // key index -> start index in the original text
};

// Hyphens and minus signs of every width read the same in a telephone number or an address
// (090−1234−5678, 緑町1‐2‐3); NFKD folds only the full-width hyphen-minus.
QChar foldDash(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2010 && u <= 0x2015) || u == 0x2212 || u == 0xFE63 || u == 0xFF0D ? QChar(u'-') : c;
}

Keyed keyed(const QString &text)
{
    Keyed out;
    out.key.reserve(text.size());
    out.origin.reserve(text.size());
    for (int i = 0; i < text.size();) {
        const int len = (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
        const QString piece = text.mid(i, len).normalized(QString::NormalizationForm_KD).toCaseFolded();
        for (const QChar c : piece) {
            // Spaces of any width between surname and given name do not count.
            if (c.isSpace() || c == u'\u200B')
                continue;
            out.key += foldDash(c);
            out.origin << i;
        }
        i += len;
    }
    return out;
}

} // namespace

Masker::Masker(const QStringList &terms, QString replacement)
    : m_replacement(std::move(replacement))
{
    for (const QString &t : terms)
        add(t, m_replacement);
}

QString Masker::key(const QString &text)
{
    return keyed(text).key;
}

void Masker::add(const QString &term, const QString &replacement)
{
    const QString k = key(term);
    if (k.isEmpty())
        return;
    m_terms << Term{term, k, replacement};
    std::stable_sort(m_terms.begin(), m_terms.end(),
                     [](const Term &a, const Term &b) { return a.key.size() > b.key.size(); });
}

QVector<Masker::Match> Masker::matches(const QString &text) const
{
    QVector<Match> matches;
    if (m_terms.isEmpty() || text.isEmpty())
        return matches;
    const Keyed k = keyed(text);
    for (const Term &term : m_terms) {
        for (qsizetype at = k.key.indexOf(term.key); at >= 0; at = k.key.indexOf(term.key, at + 1)) {
            const qsizetype last = at + term.key.size(); // exclusive key index
            // Only whole original characters: カ must not match inside ガ.
            if (at > 0 && k.origin[at - 1] == k.origin[at])
                continue;
            if (last < k.key.size() && k.origin[last] == k.origin[last - 1])
                continue;
            const int start = k.origin[at];
            const int lastChar = k.origin[last - 1];
            const int end = lastChar + ((text.at(lastChar).isHighSurrogate()) ? 2 : 1);
            matches << Match{start, end, &term};
        }
    }
    return matches;
}

QString Masker::firstFound(const QString &text) const
{
    QVector<Match> found = matches(text);
    if (found.isEmpty())
        return {};
    const auto first = std::min_element(found.cbegin(), found.cend(),
                                        [](const Match &a, const Match &b) { return a.start < b.start; });
    return text.mid(first->start, first->end - first->start);
}

QString Masker::apply(const QString &text, const QString &where, QVector<MaskHit> *hits) const
{
    QVector<Match> matches = this->matches(text);
    if (matches.isEmpty())
        return text;
    // Longer terms were searched first; keep the earliest, longest, non-overlapping matches.
    std::stable_sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        return a.start != b.start ? a.start < b.start : (a.end - a.start) > (b.end - b.start);
    });
    QString out;
    int pos = 0;
    QVector<std::pair<int, const Match *>> placed; // position in `out`, match
    for (const Match &m : std::as_const(matches)) {
        if (m.start < pos)
            continue;
        out += QStringView(text).mid(pos, m.start - pos);
        placed.append({int(out.size()), &m});
        out += m.term->replacement;
        pos = m.end;
    }
    out += QStringView(text).mid(pos);
    // Context from the masked output, so the report itself leaks nothing.
    for (const auto &[at, m] : std::as_const(placed)) {
        if (!hits)
            break;
        // 岡部委員 printed as 岡部委員 (the surname policy) changes nothing the clerk must check.
        if (QStringView(text).mid(m->start, m->end - m->start) == m->term->replacement)
            continue;
        const int from = std::max(0, at - 12);
        hits->append({m->term->original, m->term->replacement, text.mid(m->start, m->end - m->start), where,
                      out.mid(from, at - from + m->term->replacement.size() + 12)});
    }
    return out;
}

MemberNamer::MemberNamer(NamePolicy policy, QString blank)
    : m_policy(policy)
    , m_blank(std::move(blank))
{}

QString MemberNamer::label(const Member &member)
{
    const QString role = japaneseLabel(member.role);
    switch (m_policy) {
    case NamePolicy::FullName:
        return QString(member.name).remove(u' ').remove(u'\u3000') + role;
    case NamePolicy::Surname:
        return member.surname() + role;
    case NamePolicy::Blank:
        return m_blank + role;
    case NamePolicy::RoleOnly:
        return role;
    case NamePolicy::Letters: {
        // The president and vice president are named by role; the others get A, B, C by first mention.
        if (member.role != MemberRole::Member)
            return role;
        qsizetype index = m_lettered.indexOf(member.id);
        if (index < 0) {
            m_lettered << member.id;
            index = m_lettered.size() - 1;
        }
        QString letter;
        for (qsizetype n = index;; n = n / 26 - 1) {
            letter.prepend(QChar(char16_t(u'A' + n % 26)));
            if (n < 26)
                break;
        }
        return role + letter;
    }
    }
    return role;
}

} // namespace kiroku::record
