#include "store/SearchRepository.h"

#include "store/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

constexpr int trigramMinimum = 3;
constexpr int snippetContext = 24;

struct Source
{
    QString kind;
    QString select; // id, meeting_id, council_id, fiscal_year, speaker, text of the marked rows
    QString table;
    QString alias; // of the table in select
};

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

const QStringList SearchRepository::kinds{u"statement"_s, u"agenda"_s, u"consultation"_s, u"response"_s,
                                          u"material"_s};

QString SearchRepository::normalise(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

int SearchRepository::refresh()
{
    if (!sql::scalar(m_db, u"SELECT EXISTS (SELECT 1 FROM search_dirty)"_s).toBool())
        return 0;
    sql::Transaction transaction(m_db);
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
                .bind(u":norm"_s, normalise(rows.value(5).toString()))
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

QVector<SearchHit> SearchRepository::search(const SearchQuery &query)
{
    refresh();
    const QStringList terms = termsOf(query.text);
    if (terms.isEmpty())
        return {};
    QStringList longTerms, shortTerms;
    for (const QString &term : terms)
        (term.size() >= trigramMinimum ? longTerms : shortTerms) << term;

    QStringList where;
    if (query.councilId > 0)
        where << u"t.council_id = :council"_s;
    if (query.fiscalYear > 0)
        where << u"t.fiscal_year = :year"_s;
    if (!query.kind.isEmpty())
        where << u"t.kind = :kind"_s;
    if (!query.speaker.isEmpty())
        where << u"instr(t.speaker, :speaker) > 0"_s;
    for (int i = 0; i < shortTerms.size(); ++i)
        where << u"instr(t.norm, :s%1) > 0"_s.arg(i);

    QString statement;
    if (!longTerms.isEmpty()) {
        where.prepend(u"search_fts MATCH :match"_s);
        statement = u"SELECT t.kind, t.ref_id, t.meeting_id, t.council_id, t.fiscal_year, t.speaker, t.norm, "
                    "bm25(search_fts) AS rank FROM search_fts JOIN search_text t ON t.id = search_fts.rowid "
                    "WHERE "_s +
                    where.join(u" AND "_s) + u" ORDER BY rank, t.id LIMIT :limit"_s;
    } else {
        // Below three characters trigram finds nothing: scan the shadow text, most occurrences first.
        statement = u"SELECT t.kind, t.ref_id, t.meeting_id, t.council_id, t.fiscal_year, t.speaker, t.norm, "
                    "-((length(t.norm) - length(replace(t.norm, :s0, ''))) / length(:s0)) AS rank "
                    "FROM search_text t WHERE "_s +
                    where.join(u" AND "_s) + u" ORDER BY rank, t.fiscal_year DESC, t.id LIMIT :limit"_s;
    }
    sql::Query q(m_db, statement);
    if (!longTerms.isEmpty()) {
        QStringList phrases;
        for (const QString &term : longTerms)
            phrases << ftsPhrase(term);
        q.bind(u":match"_s, phrases.join(u' '));
    }
    if (query.councilId > 0)
        q.bind(u":council"_s, query.councilId);
    if (query.fiscalYear > 0)
        q.bind(u":year"_s, query.fiscalYear);
    if (!query.kind.isEmpty())
        q.bind(u":kind"_s, query.kind);
    if (!query.speaker.isEmpty())
        q.bind(u":speaker"_s, normalise(query.speaker));
    for (int i = 0; i < shortTerms.size(); ++i)
        q.bind(u":s%1"_s.arg(i), shortTerms.at(i));
    q.bind(u":limit"_s, std::max(1, query.limit));
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
        makeSnippet(q.value(6).toString(), terms, hit);
        hits.append(hit);
    }
    return hits;
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
