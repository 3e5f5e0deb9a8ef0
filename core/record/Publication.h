#pragma once
// The publication version's masking (brief §3, issue 4): strings on a council's masking list
// (a citizen's name said in a statement, an address) are replaced wherever they occur, in any
// width (全角/半角) and with or without spaces between surname and given name. Matching compares
// NFKD-decomposed, case-folded text with spaces removed; the replacement covers the original span.
#include "model/Types.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace kiroku::record {

struct MaskHit
{
    QString term;        // the masking-list entry (or member name) that matched
    QString replacement; // ○○ for the masking list, ____委員 etc. for the name policy
    QString found;       // the text as it stood in the record (e.g. 山田　太郎, ﾔﾏﾀﾞ)
    QString where;       // 「発言 12（事務局）」, 「開催場所」
    QString context;     // a few characters around the place, already masked
};

class Masker
{
public:
    explicit Masker(const QStringList &terms = {}, QString replacement = QStringLiteral("○○"));

    // Adds a term with its own replacement (the name policy: 岡部委員 -> ____委員).
    void add(const QString &term, const QString &replacement);
    bool isEmpty() const { return m_terms.isEmpty(); }

    // Replaces every occurrence; appends one hit per replaced place when `hits` is given.
    QString apply(const QString &text, const QString &where = {}, QVector<MaskHit> *hits = nullptr) const;

    // The text of the first place any term occurs (as written there), or empty: the last check of
    // a public file, which must carry none of them anywhere.
    QString firstFound(const QString &text) const;

    // The comparison key of a string: what two spellings of the same name have in common.
    static QString key(const QString &text);

private:
    struct Term
    {
        QString original;
        QString key;
        QString replacement;
    };
    struct Match
    {
        int start; // original indices, end exclusive
        int end;
        const Term *term;
    };
    QVector<Match> matches(const QString &text) const;
    QVector<Term> m_terms; // longest key first, so 山田太郎 wins over 山田
    QString m_replacement;
};

// How a member is named in the publication version under a council's name policy.
class MemberNamer
{
public:
    MemberNamer(NamePolicy policy, QString blank);

    // 岡部誠委員 / 岡部委員 / ____委員 / 委員 / 委員A. Letters go A, B, C in the order of the calls.
    QString label(const Member &member);
    NamePolicy policy() const { return m_policy; }

private:
    NamePolicy m_policy;
    QString m_blank;
    QVector<Id> m_lettered;
};

} // namespace kiroku::record
