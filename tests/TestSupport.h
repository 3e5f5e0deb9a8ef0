#pragma once
// Small helpers shared by the tests: file fingerprints and a scoped raw SQLite connection.
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

namespace kiroku::test {

inline QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A plain QSQLITE connection to a file, bypassing Kiroku's checks (to build fixtures and tamper).
class RawConnection
{
public:
    // `options` as QSqlDatabase::setConnectOptions (e.g. QSQLITE_BUSY_TIMEOUT=5000).
    explicit RawConnection(const QString &path, const QString &options = {})
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    // Runs one statement as another program would: no Kiroku rules, true when it succeeded.
    bool exec(const QString &statement) const
    {
        QSqlQuery query(db());
        return query.exec(statement);
    }

private:
    QString m_name;
};

} // namespace kiroku::test
