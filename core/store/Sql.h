#pragma once
// Thin helpers over QSqlQuery so repositories read as plain SQL: prepare, bind by name, run, and
// throw StoreError on failure. Value conversions keep the stored forms in one place:
// dates 'YYYY-MM-DD', times 'HH:MM' or 'HH:MM:SS', datetimes ISO 8601 with offset, ids NULL when 0.
#include "model/Types.h"
#include "store/StoreError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace kiroku::sql {

class Query
{
public:
    Query(const QSqlDatabase &db, const QString &statement);
    Query &bind(const QString &placeholder, const QVariant &value);
    Query &exec();
    // False after the last row; throws when a row could not be read (a damaged page), so a loop over
    // the rows never ends early in silence.
    bool next();
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &column) const { return m_query.value(column); }
    // Runs an INSERT ... RETURNING id and gives the id.
    Id insertReturningId();
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

private:
    QSqlQuery m_query;
    QSqlDatabase m_db;
    QString m_statement;
};

// Runs one statement without parameters.
void execute(const QSqlDatabase &db, const QString &statement);
// First column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &statement);

// Commits on commit(), rolls back when left without it (an exception on the way out). Nested
// transactions on the same connection become savepoints, so repositories can group their own writes
// and still take part in a caller's larger unit (an import, an undo command).
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    int m_depth = 0; // 0: the outermost transaction
    bool m_done = false;
};

QVariant fromId(Id id);
Id toId(const QVariant &value);
QVariant fromDate(QDate date);
QDate toDate(const QVariant &value);
QVariant fromTime(QTime time);
QTime toTime(const QVariant &value);
QVariant fromDateTime(const QDateTime &dateTime);
QDateTime toDateTime(const QVariant &value);
QVariant fromText(const QString &text); // never NULL: '' for empty
QString toText(const QVariant &value);

template <typename E> E toEnum(const QVariant &value, E fallback)
{
    return fromKey<E>(value.toString()).value_or(fallback);
}

} // namespace kiroku::sql
