#include "store/Sql.h"

#include "store/Dialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace kiroku::sql {

namespace {
// Every failed statement ends here: the dialect says whether the file is damaged or another program
// holds the write lock, and the message says so in the clerk's words (docs/backup.md).
[[noreturn]] void fail(const QSqlDatabase &db, const QSqlError &error, const QString &statement)
{
    const StoreError::Kind kind = Dialect::of(db).classify(error);
    const QString archive = db.databaseName();
    switch (kind) {
    case StoreError::Kind::Damaged:
        throw StoreError(QCoreApplication::translate("kiroku::Store",
                                                     "The archive %1 is damaged: a part of it could not be "
                                                     "read (error code %2). Nothing was written.")
                             .arg(archive, error.nativeErrorCode()),
                         kind);
    case StoreError::Kind::Busy:
        throw StoreError(QCoreApplication::translate("kiroku::Store",
                                                     "Another program is writing to the archive %1 and did "
                                                     "not finish within 5 seconds. Nothing was changed; try "
                                                     "again in a moment.")
                             .arg(archive),
                         kind);
    case StoreError::Kind::Refused:
        break;
    }
    throw StoreError(QCoreApplication::translate("kiroku::Store", "The archive refused an operation: %1 (%2)")
                         .arg(error.text(), statement.simplified().left(120)));
}
} // namespace

Query::Query(const QSqlDatabase &db, const QString &statement)
    : m_query(db)
    , m_db(db)
    , m_statement(statement)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(statement))
        fail(m_db, m_query.lastError(), statement);
}

bool Query::next()
{
    if (m_query.next())
        return true;
    if (m_query.lastError().isValid())
        fail(m_db, m_query.lastError(), m_statement);
    return false;
}

Query &Query::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Query &Query::exec()
{
    if (!m_query.exec())
        fail(m_db, m_query.lastError(), m_statement);
    return *this;
}

Id Query::insertReturningId()
{
    exec();
    if (!next())
        fail(m_db, m_query.lastError(), m_statement);
    const Id id = m_query.value(0).toLongLong();
    m_query.finish();
    return id;
}

void execute(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        fail(db, query.lastError(), statement);
}

QVariant scalar(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(statement))
        fail(db, query.lastError(), statement);
    if (query.next())
        return query.value(0);
    if (query.lastError().isValid())
        fail(db, query.lastError(), statement);
    return {};
}

namespace {
// Open transaction depth per connection; connections are used from one thread each.
QHash<QString, int> &depths()
{
    static QHash<QString, int> table;
    return table;
}

QString savepoint(int depth)
{
    return u"kiroku_sp%1"_s.arg(depth);
}
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    int &depth = depths()[m_db.connectionName()];
    m_depth = depth;
    if (m_depth == 0) {
        execute(m_db, Dialect::of(m_db).beginWrite());
    } else {
        execute(m_db, u"SAVEPOINT "_s + savepoint(m_depth));
    }
    ++depth;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    depths()[m_db.connectionName()] = m_depth;
    if (m_depth == 0) {
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    } else {
        QSqlQuery query(m_db);
        query.exec(u"ROLLBACK TO "_s + savepoint(m_depth));
        query.exec(u"RELEASE "_s + savepoint(m_depth));
    }
}

void Transaction::commit()
{
    if (m_depth == 0) {
        execute(m_db, u"COMMIT"_s);
    } else {
        execute(m_db, u"RELEASE "_s + savepoint(m_depth));
    }
    depths()[m_db.connectionName()] = m_depth;
    m_done = true;
}

QVariant fromId(Id id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

Id toId(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

QVariant fromDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant fromTime(QTime time)
{
    if (!time.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return time.toString(time.second() ? u"HH:mm:ss"_s : u"HH:mm"_s);
}

QTime toTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    return QTime::fromString(text, text.size() > 5 ? u"HH:mm:ss"_s : u"HH:mm"_s);
}

QVariant fromDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid()
               ? QVariant(dateTime.toOffsetFromUtc(dateTime.offsetFromUtc()).toString(Qt::ISODate))
               : QVariant(QMetaType(QMetaType::QString));
}

QDateTime toDateTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODate);
}

QVariant fromText(const QString &text)
{
    return text.isNull() ? QString(u""_s) : text;
}

QString toText(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

} // namespace kiroku::sql
