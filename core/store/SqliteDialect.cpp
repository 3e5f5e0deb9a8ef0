// SQLite-only SQL of the store. Keep every pragma and SQLite extension here.
#include "store/Dialect.h"
#include "store/Sql.h"
#include "store/SqliteSchema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

class SqliteDialect final : public Dialect
{
public:
    QString driverName() const override { return u"QSQLITE"_s; }

    QString ddl(const QString &statement) const override
    {
        QString result = statement;
        result.replace(u"{ID}"_s, u"INTEGER PRIMARY KEY"_s);
        result.replace(u"{BLOB}"_s, u"BLOB"_s);
        return result;
    }

    void configure(const QSqlDatabase &db) const override
    {
        sql::execute(db, u"PRAGMA foreign_keys = ON"_s);
        // WAL: readers never block the clerk's typing; NORMAL sync is durable across application crashes.
        const QString mode = sql::scalar(db, u"PRAGMA journal_mode = WAL"_s).toString();
        if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0 &&
            mode.compare(u"memory"_s, Qt::CaseInsensitive) != 0)
            throw StoreError(QCoreApplication::translate(
                                 "kiroku::Store", "The archive could not switch to WAL journaling (%1). "
                                                  "Keep the archive on a local disk, not a network share.")
                                 .arg(mode));
        sql::execute(db, u"PRAGMA synchronous = NORMAL"_s);
    }

    QString quickCheck(const QSqlDatabase &db) const override
    {
        // The full integrity check on archives up to 64 MiB; above, the quick check keeps opening fast.
        QSqlQuery size(db);
        if (!size.exec(u"SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"_s) ||
            !size.next())
            return size.lastError().text();
        const qint64 bytes = size.value(0).toLongLong();
        QSqlQuery query(db);
        if (!query.exec(bytes <= 64 * 1024 * 1024 ? u"PRAGMA integrity_check"_s : u"PRAGMA quick_check"_s))
            return query.lastError().text();
        QStringList problems;
        while (query.next()) {
            const QString line = query.value(0).toString();
            if (line != u"ok"_s)
                problems << line;
        }
        return problems.join(u"; "_s).left(500);
    }

    StoreError::Kind classify(const QSqlError &error) const override
    {
        // Primary result codes (https://sqlite.org/rescode.html): SQLITE_BUSY 5, SQLITE_LOCKED 6,
        // SQLITE_IOERR 10, SQLITE_CORRUPT 11, SQLITE_NOTADB 26.
        switch (error.nativeErrorCode().toInt() & 0xff) {
        case 5:
        case 6:
            return StoreError::Kind::Busy;
        case 10:
        case 11:
        case 26:
            return StoreError::Kind::Damaged;
        default:
            return StoreError::Kind::Refused;
        }
    }

    QString beginWrite() const override { return u"BEGIN IMMEDIATE"_s; }

    void deferForeignKeys(const QSqlDatabase &db) const override
    {
        sql::execute(db, u"PRAGMA defer_foreign_keys = ON"_s);
    }

    QStringList schemaExtras(int version) const override
    {
        if (version == 4)
            return sqliteSchemaVersion4();
        if (version == 5)
            return sqliteSchemaVersion5();
        if (version == 8)
            return sqliteSchemaVersion8();
        if (version == 9)
            return sqliteSchemaVersion9();
        return {};
    }

    void copyTo(const QSqlDatabase &db, const QString &path) const override
    {
        sql::Query(db, u"VACUUM INTO :path"_s).bind(u":path"_s, path).exec();
    }
};

} // namespace

const Dialect &Dialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

const Dialect &Dialect::of(const QSqlDatabase &db)
{
    // Only SQLite exists so far; a PostgreSQL dialect would be chosen here by db.driverName().
    Q_UNUSED(db);
    return sqlite();
}

} // namespace kiroku
