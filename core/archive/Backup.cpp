#include "archive/Backup.h"

#include "store/Archive.h"
#include "store/Dialect.h"
#include "store/Schema.h"
#include "store/Sql.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kiroku::Backup", text);
}

const QString stampFormat = u"yyyyMMdd-HHmmss"_s;

QRegularExpression backupName(const QString &archivePath)
{
    return QRegularExpression(u"^"_s + QRegularExpression::escape(QFileInfo(archivePath).completeBaseName()) +
                              u"-(\\d{8}-\\d{6})(-\\d+)?\\.kiroku$"_s);
}

void removeWithSidecars(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

} // namespace

QString Backup::folderFor(const QString &archivePath)
{
    const QFileInfo info(archivePath);
    return info.absolutePath() + u'/' + info.completeBaseName() + u"-backups"_s;
}

QString Backup::write(const Archive &archive, const QString &target)
{
    QString path = target;
    if (path.isEmpty()) {
        const QString folder = folderFor(archive.path());
        if (!QDir().mkpath(folder))
            throw StoreError(tr("Cannot create the backup folder %1.").arg(folder));
        const QString base = folder + u'/' + QFileInfo(archive.path()).completeBaseName() + u'-' +
                             QDateTime::currentDateTime().toString(stampFormat);
        path = base + u".kiroku"_s;
        for (int n = 2; QFileInfo::exists(path); ++n)
            path = base + u"-%1.kiroku"_s.arg(n);
    } else if (QFileInfo::exists(path)) {
        throw StoreError(tr("%1 already exists; a backup is written to a new file.").arg(path));
    }
    // Written under a temporary name and renamed once complete: a backup file is whole or absent.
    const QString partial = path + u".part-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    try {
        archive.copyTo(partial);
    } catch (const StoreError &error) {
        removeWithSidecars(partial);
        throw StoreError(tr("The backup to %1 failed: %2").arg(path, error.message()));
    }
    if (!QFile::rename(partial, path)) {
        removeWithSidecars(partial);
        throw StoreError(tr("The backup could not be written to %1.").arg(path));
    }
    return path;
}

QStringList Backup::list(const QString &archivePath)
{
    const QRegularExpression pattern = backupName(archivePath);
    QStringList names = QDir(folderFor(archivePath)).entryList(QDir::Files, QDir::Name);
    names.removeIf([&](const QString &name) { return !pattern.match(name).hasMatch(); });
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        const auto ma = pattern.match(a), mb = pattern.match(b);
        if (ma.captured(1) != mb.captured(1))
            return ma.captured(1) > mb.captured(1);
        return ma.captured(2).mid(1).toInt() > mb.captured(2).mid(1).toInt();
    });
    QStringList result;
    for (const QString &name : names)
        result << folderFor(archivePath) + u'/' + name;
    return result;
}

QString Backup::writeRotating(const Archive &archive, int generations)
{
    const QString written = write(archive);
    const QStringList all = list(archive.path());
    for (qsizetype i = std::max(1, generations); i < all.size(); ++i)
        removeWithSidecars(all.at(i));
    return written;
}

bool Backup::dailyDue(const QString &archivePath, const QDateTime &now)
{
    const QStringList all = list(archivePath);
    if (all.isEmpty())
        return true;
    return QFileInfo(all.first()).lastModified().secsTo(now) >= 24 * 3600;
}

QString Backup::check(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return tr("%1 does not exist.").arg(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.read(16) != QByteArray("SQLite format 3\0", 16))
        return tr("%1 is not a Kiroku archive.").arg(path);
    file.close();
    const QString name = u"kiroku-check-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            problem = Dialect::sqlite().quickCheck(db);
            if (problem.isEmpty() &&
                (!Schema::hasMetaTable(db) ||
                 sql::scalar(db, u"SELECT value FROM kiroku_meta WHERE key = 'format'"_s).toString() !=
                     Schema::formatName))
                problem = tr("%1 is not a Kiroku archive.").arg(path);
            else if (problem.isEmpty() && Schema::versionOf(db) > Schema::currentVersion)
                problem = tr("%1 was written by a newer version of Kiroku.").arg(path);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

QString Backup::lastGood(const QString &archivePath)
{
    for (const QString &path : list(archivePath)) {
        if (check(path).isEmpty())
            return path;
    }
    return {};
}

QString Backup::restore(const QString &archivePath, const QString &backupPath)
{
    const QString problem = check(backupPath);
    if (!problem.isEmpty())
        throw StoreError(tr("The backup cannot be restored: %1").arg(problem));
    const QFileInfo info(archivePath);
    if (!QFileInfo(info.absolutePath()).isWritable())
        throw StoreError(tr("Cannot restore into %1: the folder is read-only.").arg(info.absolutePath()));
    // Copy first, under a temporary name in the archive's folder, so the rename below is atomic.
    const QString incoming = info.absoluteFilePath() + u".restoring"_s;
    removeWithSidecars(incoming);
    if (!QFile::copy(backupPath, incoming))
        throw StoreError(tr("Cannot copy %1 next to the archive.").arg(backupPath));
    QString kept;
    if (info.exists()) {
        kept = info.absoluteFilePath() + u".before-restore"_s;
        removeWithSidecars(kept);
        if (!QFile::rename(info.absoluteFilePath(), kept)) {
            QFile::remove(incoming);
            throw StoreError(tr("Cannot set the current archive aside as %1.").arg(kept));
        }
        // The old journal belongs to the old file: applied to the restored one it would corrupt it.
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
            if (QFileInfo::exists(archivePath + suffix))
                QFile::rename(archivePath + suffix, kept + suffix);
        }
    }
    if (!QFile::rename(incoming, info.absoluteFilePath())) {
        if (!kept.isEmpty())
            QFile::rename(kept, info.absoluteFilePath());
        throw StoreError(tr("Cannot put the backup in place of %1.").arg(archivePath));
    }
    return kept;
}

} // namespace kiroku
