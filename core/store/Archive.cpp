#include "store/Archive.h"

#include "archive/Backup.h"
#include "store/Dialect.h"
#include "store/JournalCheck.h"
#include "store/Schema.h"
#include "store/Sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSettings>
#include <QSqlError>
#include <QStandardPaths>

#include <optional>

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"kiroku-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// What a check vouches for: the database file and its journal as they were when it ran.
QString fileStamp(const QString &path)
{
    const QFileInfo file(path), wal(path + u"-wal"_s);
    const qint64 walSize = wal.exists() ? wal.size() : 0;
    return u"%1 %2 %3 %4"_s.arg(file.size())
        .arg(file.lastModified().toMSecsSinceEpoch())
        .arg(walSize)
        .arg(walSize > 0 ? wal.lastModified().toMSecsSinceEpoch() : 0);
}

// Successful checks are remembered per user, outside the archive (writing into it would change it).
QSettings &checkMemory()
{
    static QSettings settings(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) +
                                  u"/kiroku/integrity-checks.ini"_s,
                              QSettings::IniFormat);
    return settings;
}

QString memoryKey(const QString &path)
{
    return u"checked/"_s +
           QString::fromLatin1(
               QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
                   .toHex());
}

QMutex &memoryMutex()
{
    static QMutex mutex;
    return mutex;
}

void rememberCheck(const QString &path)
{
    const QMutexLocker lock(&memoryMutex());
    checkMemory().setValue(
        memoryKey(path), QStringList{fileStamp(path), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    checkMemory().sync();
}

Archive::Opened failure(Archive::Problem problem, const QString &message)
{
    Archive::Opened result;
    result.problem = problem;
    result.message = message;
    return result;
}

} // namespace

Archive::Archive(QString connectionName, QString path, const Dialect &dialect)
    : m_connection(std::move(connectionName))
    , m_path(std::move(path))
    , m_dialect(&dialect)
{}

Archive::~Archive()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase Archive::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int Archive::schemaVersion() const
{
    return Schema::versionOf(database());
}

qint64 Archive::changeCount() const
{
    return sql::scalar(database(), u"SELECT total_changes()"_s).toLongLong();
}

bool Archive::isEmpty() const
{
    return sql::scalar(database(), u"SELECT COUNT(*) FROM council"_s).toLongLong() == 0;
}

void Archive::copyTo(const QString &path) const
{
    m_dialect->copyTo(database(), path);
}

std::unique_ptr<Archive> Archive::openInMemory()
{
    const Dialect &dialect = Dialect::sqlite();
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
        db.setDatabaseName(u":memory:"_s);
        if (!db.open())
            throw StoreError(db.lastError().text());
    }
    std::unique_ptr<Archive> archive(new Archive(name, QString(), dialect));
    dialect.configure(archive->database());
    Schema::migrate(archive->database(), dialect);
    return archive;
}

bool Archive::recentlyChecked(const QString &path, const QDateTime &now)
{
    QStringList entry;
    {
        const QMutexLocker lock(&memoryMutex());
        checkMemory().sync();
        entry = checkMemory().value(memoryKey(path)).toStringList();
    }
    if (entry.size() != 2 || entry.at(0) != fileStamp(path))
        return false;
    const QDateTime at = QDateTime::fromString(entry.at(1), Qt::ISODate);
    return at.isValid() && at <= now && at.secsTo(now) < 24 * 3600;
}

QString Archive::checkIntegrity(const QString &path)
{
    const QString name = newConnectionName();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(Dialect::sqlite().driverName(), name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        problem = db.open() ? Dialect::sqlite().quickCheck(db) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (problem.isEmpty())
        rememberCheck(path);
    return problem;
}

Archive::Opened Archive::open(const QString &path, OpenMode mode, IntegrityCheck check)
{
    // An interrupted restore is finished or undone before anything looks at the file; a missing archive
    // names the one a restore kept (docs/backup.md).
    QString recovered;
    try {
        recovered = Backup::recoverInterruptedRestore(path);
        if (const QString missing = Backup::missingArchiveMessage(path);
            recovered.isEmpty() && mode == OpenMode::MustExist && !missing.isEmpty())
            return failure(Problem::NotFound, missing);
    } catch (const StoreError &error) {
        return failure(Problem::Failed, error.message());
    }
    if (!recovered.isEmpty()) {
        Opened opened = open(path, mode, check); // nothing is left to recover now
        opened.recovered = recovered;
        return opened;
    }
    const Dialect &dialect = Dialect::sqlite();
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (!exists && mode == OpenMode::MustExist)
        return failure(
            Problem::NotFound,
            QCoreApplication::translate("kiroku::Archive", "The archive %1 does not exist.").arg(path));
    if (exists && !info.isFile())
        return failure(Problem::NotAnArchive,
                       QCoreApplication::translate("kiroku::Archive", "%1 is not a file.").arg(path));
    if (exists) {
        if (!info.isReadable())
            return failure(Problem::ReadOnly,
                           QCoreApplication::translate("kiroku::Archive",
                                                       "The archive %1 cannot be read (no permission).")
                               .arg(path));
        if (!hasSqliteHeader(path))
            return failure(Problem::NotAnArchive,
                           QCoreApplication::translate(
                               "kiroku::Archive", "%1 is not a Kiroku archive (it is not a database file).")
                               .arg(path));
        // WAL needs to write beside the file; refuse early rather than fail halfway.
        // Permission bits too: an administrator's process may write anywhere, but a file marked
        // read-only is meant to stay as it is.
        const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
        if (!info.isWritable() || !(info.permissions() & writeBits) ||
            !QFileInfo(info.absolutePath()).isWritable())
            return failure(
                Problem::ReadOnly,
                QCoreApplication::translate("kiroku::Archive",
                                            "The archive %1 is read-only. Copy it to a folder where you "
                                            "may write, or ask for write permission.")
                    .arg(path));
    } else if (!QFileInfo(info.absolutePath()).isDir()) {
        return failure(
            Problem::NotFound,
            QCoreApplication::translate("kiroku::Archive", "Cannot create %1: the folder %2 does not exist.")
                .arg(path, info.absolutePath()));
    } else if (!QFileInfo(info.absolutePath()).isWritable()) {
        return failure(Problem::ReadOnly, QCoreApplication::translate(
                                              "kiroku::Archive", "Cannot create %1: the folder is read-only.")
                                              .arg(path));
    }

    // Before SQLite sees the file: it would drop a damaged WAL's later commits and delete the WAL.
    if (exists) {
        const JournalInspection journal = JournalCheck::inspect(info.absoluteFilePath());
        if (journal.damaged) {
            Opened damaged;
            try {
                damaged.damagedCopy = JournalCheck::keepCopy(info.absoluteFilePath());
            } catch (const StoreError &error) {
                return failure(Problem::DamagedJournal, error.message());
            }
            damaged.problem = Problem::DamagedJournal;
            damaged.message =
                QCoreApplication::translate(
                    "kiroku::Archive",
                    "The journal of the archive %1 (%1-wal) is damaged: frame %2 of %3 does not check out, "
                    "and %4 saved change(s) written after it would be lost. Nothing was opened or changed; "
                    "the archive and its journal were copied to %5 and %5-wal. Either open the archive "
                    "without the damaged part (the %6 change(s) before it are kept: kiroku recover-journal "
                    "--archive %1), or restore a backup.")
                    .arg(path)
                    .arg(journal.firstBadFrame)
                    .arg(journal.frames)
                    .arg(journal.lostCommits)
                    .arg(damaged.damagedCopy)
                    .arg(journal.keptCommits);
            return damaged;
        }
    }

    const QString name = newConnectionName();
    std::unique_ptr<Archive> archive;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        archive.reset(new Archive(name, info.absoluteFilePath(), dialect));
        if (!db.open())
            return failure(Problem::Failed,
                           QCoreApplication::translate("kiroku::Archive", "Cannot open %1: %2")
                               .arg(path, db.lastError().text()));
    }
    QSqlDatabase db = archive->database();

    Opened result;
    try {
        if (exists) {
            // Read-only checks first: nothing may be written to a file we do not recognise.
            bool checked = false;
            const auto runCheck = [&]() -> std::optional<Opened> {
                const QString problem = dialect.quickCheck(db);
                if (!problem.isEmpty())
                    return failure(
                        Problem::Corrupt,
                        QCoreApplication::translate(
                            "kiroku::Archive", "The archive %1 is damaged (%2). Restore it from a backup.")
                            .arg(path, problem));
                rememberCheck(info.absoluteFilePath());
                checked = true;
                return std::nullopt;
            };
            if (check == IntegrityCheck::Always ||
                (check == IntegrityCheck::UnlessRecent && !recentlyChecked(info.absoluteFilePath()))) {
                if (auto failed = runCheck())
                    return std::move(*failed);
            }
            if (!Schema::hasMetaTable(db))
                return failure(Problem::NotAnArchive,
                               QCoreApplication::translate("kiroku::Archive",
                                                           "%1 is a database, but not a Kiroku archive.")
                                   .arg(path));
            const QString format =
                sql::scalar(db, u"SELECT value FROM kiroku_meta WHERE key = 'format'"_s).toString();
            if (format != Schema::formatName)
                return failure(
                    Problem::NotAnArchive,
                    QCoreApplication::translate("kiroku::Archive", "%1 is not a Kiroku archive.").arg(path));
            const int version = Schema::versionOf(db);
            if (version > Schema::currentVersion)
                return failure(Problem::NewerSchema,
                               QCoreApplication::translate(
                                   "kiroku::Archive",
                                   "The archive %1 was written by a newer version of Kiroku (archive version "
                                   "%2, this program reads up to %3). Update Kiroku to open it.")
                                   .arg(path)
                                   .arg(version)
                                   .arg(Schema::currentVersion));
            if (version < Schema::currentVersion) {
                if (!checked) {
                    if (auto failed = runCheck())
                        return std::move(*failed);
                }
                const QString backup = u"%1.v%2.bak"_s.arg(info.absoluteFilePath()).arg(version);
                QFile::remove(backup);
                dialect.copyTo(db, backup);
                result.migratedFrom = version;
                result.upgradeBackup = backup;
            }
        }
        dialect.configure(db);
        Schema::migrate(db, dialect);
    } catch (const StoreError &error) {
        return failure(
            Problem::Failed,
            QCoreApplication::translate("kiroku::Archive", "Cannot open %1: %2").arg(path, error.message()));
    }
    result.archive = std::move(archive);
    return result;
}

} // namespace kiroku
