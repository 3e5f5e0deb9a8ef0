#pragma once
// Everything that is not portable SQL lives behind this interface. SqliteDialect.cpp is the one place
// with SQLite pragmas, VACUUM INTO and (later) FTS; a PostgreSQL archive would add a PostgresDialect.
#include "store/StoreError.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace kiroku {

struct Dialect
{
    virtual ~Dialect() = default;
    virtual QString driverName() const = 0;
    // Fills the placeholders of portable DDL ({ID}: auto-numbered primary key, {BLOB}: binary column).
    virtual QString ddl(const QString &statement) const = 0;
    // Connection settings applied once the file is known to be a Kiroku archive (WAL, foreign keys).
    virtual void configure(const QSqlDatabase &db) const = 0;
    // Empty when the database is sound, else the first problem found.
    virtual QString quickCheck(const QSqlDatabase &db) const = 0;
    // Within the current transaction, check foreign keys at commit instead of per statement
    // (bulk imports insert rows that refer to each other in any order).
    virtual void deferForeignKeys(const QSqlDatabase &db) const = 0;
    // Dialect-only statements of a schema step, run after its portable ones (SQLite: the triggers
    // that keep sealed records read-only, the FTS5 search index).
    virtual QStringList schemaExtras(int version) const = 0;
    // What a failed statement means for the clerk: refused, a damaged file, or another writer.
    virtual StoreError::Kind classify(const QSqlError &error) const = 0;
    // Starts a transaction that will write: it takes the write lock at once (waiting for another
    // writer up to the busy timeout) instead of failing later when a read turns into a write.
    virtual QString beginWrite() const = 0;
    // A consistent copy of the live database into a new file.
    virtual void copyTo(const QSqlDatabase &db, const QString &path) const = 0;

    static const Dialect &sqlite();
    // The dialect of an open connection, by its driver.
    static const Dialect &of(const QSqlDatabase &db);
};

} // namespace kiroku
