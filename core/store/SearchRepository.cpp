#include "store/SearchRepository.h"

#include "store/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

constexpr int trigramMinimum = 3;
constexpr int snippetContext = 24;
// Ends every shadow text, so that each occurrence of a 1- or 2-character term starts a trigram.
const QString sentinel = u"\n\n"_s;
// The kiroku_meta key of the shadow text's form: rows written before the sentinel are re-indexed.
const QString indexFormatKey = u"search_index"_s;
const QString indexFormat = u"2"_s;

struct Source
{
    QString kind;
    QString select; // id, meeting_id, council_id, fiscal_year, speaker, text of the marked rows
    QString table;
    QString alias; // of the table in select
};

// A PIA evaluation's 年度 is that of its inspection (April to March).
const QString piaFiscalYear = u"CAST(strftime('%Y', e.inspection_date, '-3 months') AS INTEGER)"_s;

const QVector<Source> &sources()
{
    static const QVector<Source> list{
        {u"statement"_s,
         u"SELECT s.id, s.meeting_id, m.council_id, m.fiscal_year, s.speaker, s.text FROM statement s "
         "JOIN meeting m ON m.id = s.meeting_id"_s,
         u"statement"_s, u"s"_s},
        {u"agenda"_s,
         u"SELECT a.id, a.meeting_id, m.council_id, m.fiscal_year, '', a.number || ' ' || a.title "
         "FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id"_s,
         u"agenda_item"_s, u"a"_s},
        {u"consultation"_s,
         u"SELECT c.id, NULL, c.council_id, c.fiscal_year, '', '諮問第' || c.number || '号 ' || c.subject "
         "FROM consultation c"_s,
         u"consultation"_s, u"c"_s},
        {u"response"_s,
         u"SELECT r.id, r.meeting_id, c.council_id, COALESCE(m.fiscal_year, c.fiscal_year), '', "
         "r.conclusion || char(10) || r.body || char(10) || r.opinions FROM response r "
         "JOIN consultation c ON c.id = r.consultation_id LEFT JOIN meeting m ON m.id = r.meeting_id"_s,
         u"response"_s, u"r"_s},
        {u"material"_s,
         u"SELECT t.id, t.meeting_id, m.council_id, m.fiscal_year, '', t.label || ' ' || t.title "
         "FROM material t JOIN meeting m ON m.id = t.meeting_id"_s,
         u"material"_s, u"t"_s},
        {u"pia_finding"_s,
         u"SELECT v.id, NULL, e.council_id, "_s + piaFiscalYear +
             u", "
             "'', e.affair || ' ' || v.code || ' ' || v.section || char(10) || v.finding || char(10) || "
             "v.answer "
             "FROM pia_viewpoint v JOIN pia_evaluation e ON e.id = v.evaluation_id"_s,
         u"pia_viewpoint"_s, u"v"_s},
        {u"pia_question"_s,
         u"SELECT q.id, NULL, e.council_id, "_s + piaFiscalYear +
             u", "
             "'', e.affair || ' 問' || q.number || ' ' || q.section || char(10) || q.question || char(10) || "
             "q.answer || char(10) || q.second_check FROM pia_question q JOIN pia_evaluation e ON e.id = "
             "q.evaluation_id"_s,
         u"pia_question"_s, u"q"_s},
    };
    return list;
}

QStringList termsOf(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    QStringList terms = SearchRepository::normalise(text).split(space, Qt::SkipEmptyParts);
    terms.removeDuplicates();
    return terms;
}

// The text around the first match of any term, with every term's matches marked.
void makeSnippet(const QString &norm, const QStringList &terms, SearchHit &hit)
{
    qsizetype first = norm.size();
    for (const QString &term : terms) {
        const qsizetype at = norm.indexOf(term);
        if (at >= 0)
            first = std::min(first, at);
    }
    if (first == norm.size())
        first = 0;
    const qsizetype start = std::max<qsizetype>(0, first - snippetContext);
    const qsizetype end = std::min(norm.size(), first + snippetContext * 3);
    QString snippet = norm.mid(start, end - start);
    snippet.replace(u'\n', u' ');
    const QString prefix = start > 0 ? u"…"_s : QString();
    hit.snippet = prefix + snippet + (end < norm.size() ? u"…"_s : QString());
    for (const QString &term : terms) {
        for (qsizetype at = snippet.indexOf(term); at >= 0; at = snippet.indexOf(term, at + term.size()))
            hit.highlights.append({int(prefix.size() + at), int(term.size())});
    }
    std::sort(hit.highlights.begin(), hit.highlights.end());
}

QString ftsPhrase(const QString &term)
{
    QString quoted = term;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

const QStringList SearchRepository::kinds{u"statement"_s, u"agenda"_s,      u"consultation"_s, u"response"_s,
                                          u"material"_s,  u"pia_finding"_s, u"pia_question"_s};

QString SearchRepository::normalise(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

int SearchRepository::refresh()
{
    const bool currentForm =
        sql::scalar(m_db, u"SELECT value FROM kiroku_meta WHERE key = '%1'"_s.arg(indexFormatKey))
            .toString() == indexFormat;
    if (currentForm && !sql::scalar(m_db, u"SELECT EXISTS (SELECT 1 FROM search_dirty)"_s).toBool())
        return 0;
    sql::Transaction transaction(m_db);
    if (!currentForm) {
        for (const Source &source : sources())
            sql::execute(m_db,
                         u"INSERT OR IGNORE INTO search_dirty (kind, ref_id) SELECT '%1', id FROM %2"_s.arg(
                             source.kind, source.table));
        sql::execute(m_db, u"INSERT OR REPLACE INTO kiroku_meta (key, value) VALUES ('%1', '%2')"_s.arg(
                               indexFormatKey, indexFormat));
    }
    int indexed = 0;
    for (const Source &source : sources()) {
        sql::Query rows(m_db, source.select + u" WHERE "_s + source.alias +
                                  u".id IN (SELECT ref_id FROM search_dirty WHERE kind = :kind)"_s);
        rows.bind(u":kind"_s, source.kind).exec();
        sql::Query upsert(m_db,
                          u"INSERT INTO search_text (kind, ref_id, meeting_id, council_id, fiscal_year, "
                          "speaker, norm) VALUES (:kind, :ref, :meeting, :council, :year, :speaker, :norm) "
                          "ON CONFLICT (kind, ref_id) DO UPDATE SET meeting_id = excluded.meeting_id, "
                          "council_id = excluded.council_id, fiscal_year = excluded.fiscal_year, "
                          "speaker = excluded.speaker, norm = excluded.norm"_s);
        while (rows.next()) {
            upsert.bind(u":kind"_s, source.kind)
                .bind(u":ref"_s, rows.value(0))
                .bind(u":meeting"_s, rows.value(1))
                .bind(u":council"_s, rows.value(2))
                .bind(u":year"_s, rows.value(3))
                .bind(u":speaker"_s, normalise(rows.value(4).toString()))
                .bind(u":norm"_s, QString(normalise(rows.value(5).toString()) + sentinel))
                .exec();
            ++indexed;
        }
        // Rows gone from their table leave the index.
        sql::Query(m_db, u"DELETE FROM search_text WHERE kind = :kind AND ref_id IN (SELECT ref_id FROM "
                         "search_dirty WHERE kind = :kind2) AND ref_id NOT IN (SELECT id FROM %1)"_s.arg(
                             source.table))
            .bind(u":kind"_s, source.kind)
            .bind(u":kind2"_s, source.kind)
            .exec();
    }
    sql::execute(m_db, u"DELETE FROM search_dirty"_s);
    transaction.commit();
    return indexed;
}

// Everything a search needs from its query, shared by search() and count().
struct SearchPlan
{
    QStringList terms;       // normalised, for the snippets
    QString match;           // FTS5 expression; empty: no term can use the index
    QStringList scanned;     // terms matched with instr() (when the index cannot answer them)
    bool impossible = false; // a term occurs nowhere
};

namespace {
using Plan = SearchPlan;

// The filters and instr() conditions as SQL over search_text t.
QStringList conditions(const SearchQuery &query, const Plan &plan)
{
    QStringList where;
    if (query.councilId > 0)
        where << u"t.council_id = :council"_s;
    if (query.fiscalYear > 0)
        where << u"t.fiscal_year = :year"_s;
    if (!query.kind.isEmpty())
        where << u"t.kind = :kind"_s;
    if (!query.speaker.isEmpty())
        where << u"instr(t.speaker, :speaker) > 0"_s;
    for (int i = 0; i < plan.scanned.size(); ++i)
        where << u"instr(t.norm, :s%1) > 0"_s.arg(i);
    return where;
}

void bindConditions(sql::Query &q, const SearchQuery &query, const Plan &plan)
{
    if (!plan.match.isEmpty())
        q.bind(u":match"_s, plan.match);
    if (query.councilId > 0)
        q.bind(u":council"_s, query.councilId);
    if (query.fiscalYear > 0)
        q.bind(u":year"_s, query.fiscalYear);
    if (!query.kind.isEmpty())
        q.bind(u":kind"_s, query.kind);
    if (!query.speaker.isEmpty())
        q.bind(u":speaker"_s, SearchRepository::normalise(query.speaker));
    for (int i = 0; i < plan.scanned.size(); ++i)
        q.bind(u":s%1"_s.arg(i), plan.scanned.at(i));
}

// FROM/WHERE of the indexed matches: the FTS table alone when nothing else narrows them.
QString indexedFrom(const QStringList &where)
{
    QString from = u" FROM search_fts f"_s;
    if (!where.isEmpty())
        from += u" JOIN search_text t ON t.id = f.rowid"_s;
    return from + u" WHERE search_fts MATCH :match"_s +
           (where.isEmpty() ? QString() : u" AND "_s + where.join(u" AND "_s));
}

} // namespace

// Terms of one or two characters are looked up in the index's own vocabulary: every occurrence of
// "ab" is the start of some indexed trigram "ab?", because the shadow text ends with two sentinel
// characters. So 議案 becomes ("議案を" OR "議案の" OR …), still answered by the index. A term with
// very many continuations (a common single kanji in a large archive) is scanned with instr().
SearchPlan SearchRepository::plan(const SearchQuery &query)
{
    Plan plan;
    plan.terms = termsOf(query.text);
    QStringList parts;
    for (const QString &term : std::as_const(plan.terms)) {
        if (term.size() >= trigramMinimum) {
            parts << ftsPhrase(term);
            continue;
        }
        sql::execute(m_db, u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING "
                           "fts5vocab(main, search_fts, row)"_s);
        sql::Query vocab(m_db, u"SELECT term FROM temp.search_vocab WHERE term >= :from AND term < :to "
                               "LIMIT :cap"_s);
        vocab.bind(u":from"_s, term)
            .bind(u":to"_s, QString(term + QChar::highSurrogate(0x10FFFF) + QChar::lowSurrogate(0x10FFFF)))
            .bind(u":cap"_s, maxExpansion + 1)
            .exec();
        QStringList continuations;
        while (vocab.next())
            continuations << ftsPhrase(vocab.value(0).toString());
        if (continuations.isEmpty()) {
            plan.impossible = true;
            return plan;
        }
        if (continuations.size() > maxExpansion)
            plan.scanned << term;
        else
            parts << u'(' + continuations.join(u" OR "_s) + u')';
    }
    plan.match = parts.join(u" AND "_s);
    return plan;
}

QVector<SearchHit> SearchRepository::search(const SearchQuery &query)
{
    if (m_refresh)
        refresh();
    const Plan plan = this->plan(query);
    if (plan.terms.isEmpty() || plan.impossible)
        return {};
    const QStringList where = conditions(query, plan);
    const int limit = std::max(1, query.limit);

    QString statement;
    if (!plan.match.isEmpty()) {
        // Ranking every match of a common word costs more than the rest of the search: bm25 ranks the
        // newest `rankWindow` matches (index order), found first without ranking. bm25() rather than
        // FTS5's `rank` column: ORDER BY rank makes FTS5 rank every match before the rowid range
        // applies. The texts are read only for the hits returned.
        QString window;
        sql::Query newest(m_db, u"SELECT f.rowid"_s + indexedFrom(where) +
                                    u" ORDER BY f.rowid DESC LIMIT 1 OFFSET :window"_s);
        bindConditions(newest, query, plan);
        newest.bind(u":window"_s, rankWindow - 1).exec();
        if (newest.next())
            window = u" AND f.rowid >= "_s + QString::number(newest.value(0).toLongLong());
        statement = u"SELECT t.kind, t.ref_id, t.meeting_id, t.council_id, t.fiscal_year, t.speaker, t.norm, "
                    "r.rank FROM (SELECT f.rowid AS id, bm25(search_fts) AS rank"_s +
                    indexedFrom(where) + window +
                    u" ORDER BY rank LIMIT :limit) r JOIN search_text t ON t.id = r.id ORDER BY r.rank, "
                    "t.id"_s;
    } else {
        // No index for any term: scan the shadow text, most occurrences first.
        statement = u"SELECT t.kind, t.ref_id, t.meeting_id, t.council_id, t.fiscal_year, t.speaker, t.norm, "
                    "-((length(t.norm) - length(replace(t.norm, :s0, ''))) / length(:s0)) AS rank "
                    "FROM search_text t WHERE "_s +
                    where.join(u" AND "_s) + u" ORDER BY rank, t.fiscal_year DESC, t.id LIMIT :limit"_s;
    }
    sql::Query q(m_db, statement);
    bindConditions(q, query, plan);
    q.bind(u":limit"_s, limit);
    q.exec();

    QVector<SearchHit> hits;
    while (q.next()) {
        SearchHit hit;
        hit.kind = q.value(0).toString();
        hit.refId = q.value(1).toLongLong();
        hit.meetingId = sql::toId(q.value(2));
        hit.councilId = sql::toId(q.value(3));
        hit.fiscalYear = q.value(4).toInt();
        hit.speaker = q.value(5).toString();
        hit.rank = q.value(7).toDouble();
        QString norm = q.value(6).toString();
        if (norm.endsWith(sentinel))
            norm.chop(sentinel.size());
        makeSnippet(norm, plan.terms, hit);
        hits.append(hit);
    }
    return hits;
}

int SearchRepository::count(const SearchQuery &query)
{
    if (m_refresh)
        refresh();
    const Plan plan = this->plan(query);
    if (plan.terms.isEmpty() || plan.impossible)
        return 0;
    const QStringList where = conditions(query, plan);
    sql::Query q(m_db, plan.match.isEmpty()
                           ? u"SELECT count(*) FROM search_text t WHERE "_s + where.join(u" AND "_s)
                           : u"SELECT count(*)"_s + indexedFrom(where));
    bindConditions(q, query, plan);
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

int SearchRepository::linearScanCount(const SearchQuery &query) const
{
    const QStringList terms = termsOf(query.text);
    if (terms.isEmpty())
        return 0;
    int count = 0;
    for (const Source &source : sources()) {
        if (!query.kind.isEmpty() && query.kind != source.kind)
            continue;
        sql::Query rows(m_db, source.select);
        rows.exec();
        while (rows.next()) {
            if (query.councilId > 0 && rows.value(2).toLongLong() != query.councilId)
                continue;
            if (query.fiscalYear > 0 && rows.value(3).toInt() != query.fiscalYear)
                continue;
            if (!query.speaker.isEmpty() &&
                !normalise(rows.value(4).toString()).contains(normalise(query.speaker)))
                continue;
            const QString text = normalise(rows.value(5).toString());
            if (std::all_of(terms.begin(), terms.end(),
                            [&](const QString &term) { return text.contains(term); }))
                ++count;
        }
    }
    return count;
}

} // namespace kiroku
