#pragma once
// Full-text search across councils and years (docs/search.md): statements, agenda items,
// consultations, responses and material titles. SQLite FTS5 with the trigram tokenizer answers
// terms of three characters or more; shorter terms (二字熟語 like 議案) are matched with instr() over
// the same NFKC-normalised shadow text, which trigram cannot.
#include "model/Types.h"

#include <QSqlDatabase>

namespace kiroku {

struct SearchQuery
{
    QString text;     // terms separated by spaces, all required
    Id councilId = 0; // 0: every council
    int fiscalYear = 0;
    QString speaker; // part of the speaker's label (statements only)
    QString kind;    // statement, agenda, consultation, response, material; empty: all
    int limit = 20;
};

struct SearchHit
{
    QString kind;
    Id refId = 0; // the row of that kind
    Id meetingId = 0;
    Id councilId = 0;
    int fiscalYear = 0;
    QString speaker;
    QString snippet;                     // normalised text around the first match
    QVector<QPair<int, int>> highlights; // (start, length) in snippet
    double rank = 0;                     // lower is better
};

struct SearchPlan;

class SearchRepository
{
public:
    explicit SearchRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    static const QStringList kinds;
    // The form both the index and the query are compared in: NFKC, case-folded.
    static QString normalise(const QString &text);

    // Brings the index up to date with what changed since the last search; returns the rows indexed.
    int refresh();
    // Off: search() and count() use the index as it is (a read-only connection on another thread; the
    // connection that writes refreshes before it hands the query over).
    void setRefreshBeforeSearch(bool on) { m_refresh = on; }
    // Refreshes, then searches. Throws StoreError on a store failure.
    // At most query.limit hits, best first. With more than rankWindow matches, the newest rankWindow
    // of them (index order) are ranked: ranking all of a common word's matches would dominate the time.
    QVector<SearchHit> search(const SearchQuery &query);
    // How many texts match (all of them, no window); cheaper than search() for a common word.
    int count(const SearchQuery &query);

    static constexpr int rankWindow = 2000;
    // A 1- or 2-character term with more continuations in the index than this is scanned instead.
    static constexpr int maxExpansion = 300;
    // For the benchmark: the same matching done by reading and scanning every text, no index.
    // Returns the number of matching rows.
    int linearScanCount(const SearchQuery &query) const;

private:
    SearchPlan plan(const SearchQuery &query);

    QSqlDatabase m_db;
    bool m_refresh = true;
};

} // namespace kiroku
