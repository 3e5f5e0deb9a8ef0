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
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QUuid>

#include <limits>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <io.h>
#endif

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kiroku::Backup", text);
}

// The helpers' strings belong to Backup's messages; Q_DECLARE_TR_FUNCTIONS tells lupdate so too.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::Backup)
};

const QString stampFormat = u"yyyyMMdd-HHmmss"_s;
const QStringList sidecars = {u"-wal"_s, u"-shm"_s, u"-journal"_s};
constexpr qint64 copyChunk = 1 << 20;
// Another program finishing an interrupted restore holds the lock for a moment only.
constexpr int lockWaitMs = 3000;

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

bool existsWithSidecars(const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    for (const QString &suffix : sidecars) {
        if (QFileInfo::exists(path + suffix))
            return true;
    }
    return false;
}

QString randomId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

// The restore's files beside the archive (docs/backup.md). `archive` is an absolute path.
QString stagedPath(const QString &archive)
{
    return archive + u".restoring"_s;
}
QString intentPath(const QString &archive)
{
    return archive + u".restore-intent"_s;
}
QString lockPath(const QString &archive)
{
    return archive + u".restore-lock"_s;
}
// The copy of the backup while it is being written: NAME.restoring-XXXXXXXX.
QRegularExpression copyName(const QString &archive)
{
    return QRegularExpression(u"^"_s + QRegularExpression::escape(QFileInfo(archive).fileName()) +
                              u"\\.restoring-[0-9a-f]{8}$"_s);
}
// A backup being written: ANY.part-XXXXXXXX, with the journals SQLite may have put beside it.
const QRegularExpression partName(u"^(.+\\.part-[0-9a-f]{8})(-journal|-wal|-shm)?$"_s);
QRegularExpression keptName(const QString &archive)
{
    return QRegularExpression(u"^"_s + QRegularExpression::escape(QFileInfo(archive).fileName()) +
                              u"\\.before-restore(-(\\d{8}-\\d{6})(-(\\d+))?)?$"_s);
}

QStringList filesMatching(const QString &folder, const QRegularExpression &pattern)
{
    QStringList result;
    for (const QString &name :
         QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name)) {
        if (pattern.match(name).hasMatch())
            result << folder + u'/' + name;
    }
    return result;
}

// Renames are only durable once the folder itself is on disk.
void syncFolder(const QString &folder)
{
#if defined(Q_OS_UNIX)
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

bool syncFile(QFile &file)
{
    if (!file.flush())
        return false;
#if defined(Q_OS_UNIX)
    return ::fsync(file.handle()) == 0;
#elif defined(Q_OS_WIN)
    return ::_commit(file.handle()) == 0;
#else
    return true;
#endif
}

// Never replaces a file: QFile::rename refuses an existing target, and so do we before trying.
void move(const QString &from, const QString &to)
{
    if (QFileInfo::exists(to))
        throw StoreError(Text::tr("Cannot set %1 aside: %2 already exists.").arg(from, to));
    if (!QFile::rename(from, to))
        throw StoreError(Text::tr("Cannot rename %1 to %2.").arg(from, to));
}

// A name for the replaced archive that neither an earlier kept archive nor its journal has.
QString freshKeptPath(const QString &archive)
{
    const QString base = archive + u".before-restore-"_s + QDateTime::currentDateTime().toString(stampFormat);
    QString path = base;
    for (int n = 2; existsWithSidecars(path); ++n)
        path = base + u"-%1"_s.arg(n);
    return path;
}

// The intent: written (atomically) before the archive is touched, removed once the backup is in
// place. It names the kept file, so that whoever finds it knows where the archive went.
const QByteArray intentHeader = "kiroku-restore 1\n";

void writeIntent(const QString &archive, const QString &kept, const QString &backup)
{
    QSaveFile file(intentPath(archive));
    const QByteArray data =
        intentHeader + "kept " + QFileInfo(kept).fileName().toUtf8() + "\nbackup " + backup.toUtf8() + '\n';
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        throw StoreError(Text::tr("Cannot write %1: %2").arg(intentPath(archive), file.errorString()));
    syncFolder(QFileInfo(archive).absolutePath());
}

// The kept file the intent names (absolute), or empty when there was no archive to keep.
QString readIntent(const QString &archive)
{
    QFile file(intentPath(archive));
    QByteArray kept;
    bool valid = file.open(QIODevice::ReadOnly) && file.readLine() == intentHeader;
    if (valid) {
        const QByteArray line = file.readLine();
        valid = line.startsWith("kept ") && line.endsWith('\n');
        kept = line.mid(5).chopped(1);
    }
    // A name, never a path: nothing outside the archive's folder is ever moved.
    if (!valid || kept.contains('/') || kept.contains('\\') || kept == "." || kept == "..")
        throw StoreError(
            Text::tr("%1 is not a restore note Kiroku can read. Move it away and open the archive "
                     "again.")
                .arg(intentPath(archive)));
    return kept.isEmpty() ? QString() : QFileInfo(archive).absolutePath() + u'/' + QString::fromUtf8(kept);
}

// Moves the archive's journal files to the kept name: applied to the restored file they would corrupt it.
void moveSidecarsAside(const QString &archive, const QString &kept)
{
    for (const QString &suffix : sidecars) {
        if (QFileInfo::exists(archive + suffix))
            move(archive + suffix, kept + suffix);
    }
}

// Undoes a restore that set the archive aside: the kept file (and its journal) back in place.
void putBack(const QString &archive, const QString &kept)
{
    if (!kept.isEmpty() && !QFileInfo::exists(archive) && QFileInfo::exists(kept))
        move(kept, archive);
    for (const QString &suffix : sidecars) {
        if (!kept.isEmpty() && QFileInfo::exists(kept + suffix) && !QFileInfo::exists(archive + suffix))
            move(kept + suffix, archive + suffix);
    }
}

// A lock file whose program has gone is taken over at once, and so is an empty one (killed between
// creating and filling it) after staleLockMs. The system lock Qt holds on it keeps a live restore's
// lock from being taken, however long it runs.
constexpr int staleLockMs = 1000;

QLockFile::LockError lock(QLockFile &lockFile)
{
    lockFile.setStaleLockTime(staleLockMs);
    if (lockFile.tryLock(lockWaitMs))
        return QLockFile::NoError;
    return lockFile.error();
}

void throwLockError(QLockFile::LockError error, const QString &archive)
{
    if (error == QLockFile::LockFailedError)
        throw StoreError(Text::tr("A restore of %1 is under way in another program. Try again when it has "
                                  "finished.")
                             .arg(archive));
    throw StoreError(Text::tr("Cannot create %1 (is the folder read-only?).").arg(lockPath(archive)));
}

// recoverInterruptedRestore() with the restore lock held: no restore is running, so every file of the
// protocol found is a leftover.
// What the clerk is told when an interrupted restore was finished.
QString completed(const QString &archive, const QString &kept)
{
    return kept.isEmpty()
               ? Text::tr("An interrupted restore of %1 was completed.").arg(archive)
               : Text::tr(
                     "An interrupted restore of %1 was completed; the archive it replaced is kept as %2.")
                     .arg(archive, kept);
}

QString recoverLocked(const QString &archive)
{
    const QString folder = QFileInfo(archive).absolutePath();
    const QString staged = stagedPath(archive);
    bool haveIntent = QFileInfo::exists(intentPath(archive));
    QString kept = haveIntent ? readIntent(archive) : QString();
    const bool archiveThere = QFileInfo::exists(archive);
    bool stagedThere = QFileInfo::exists(staged);
    // Earlier versions wrote no intent: killed between their two renames they left the copy and
    // NAME.before-restore, without the archive. A sound copy is a complete one: finish.
    if (!haveIntent && !archiveThere && stagedThere && Backup::check(staged).isEmpty()) {
        haveIntent = true;
        const QString legacy = archive + u".before-restore"_s;
        kept = QFileInfo::exists(legacy) ? legacy : QString();
    }
    QString message;
    if (haveIntent) {
        if (stagedThere && archiveThere) {
            // Killed before the archive was set aside: nothing was replaced; the copy goes.
            if (!QFile::remove(staged))
                throw StoreError(Text::tr("Cannot remove %1.").arg(staged));
            stagedThere = false;
            message =
                Text::tr("A restore of %1 was interrupted before it replaced the archive; the archive is as "
                         "it was.")
                    .arg(archive);
        } else if (stagedThere) {
            // The archive was set aside: finish, its journal first (it must never meet the backup).
            if (kept.isEmpty() && existsWithSidecars(archive))
                kept = freshKeptPath(archive);
            moveSidecarsAside(archive, kept);
            move(staged, archive);
            stagedThere = false;
            message = completed(archive, kept);
        } else if (archiveThere) {
            // The backup was in place; only the intent was left.
            message = completed(archive, kept);
        } else if (!kept.isEmpty() && QFileInfo::exists(kept)) {
            // The copy went missing (not by us): the kept archive goes back.
            putBack(archive, kept);
            message = Text::tr("A restore of %1 was interrupted and its copy of the backup is missing; the "
                               "archive was put back from %2.")
                          .arg(archive, kept);
        } else {
            throw StoreError(
                Text::tr("A restore of %1 was interrupted and can be neither finished nor undone: "
                         "neither the archive nor the copy of the backup (%2) is there.")
                    .arg(archive, staged));
        }
        syncFolder(folder);
        if (QFileInfo::exists(intentPath(archive)) && !QFile::remove(intentPath(archive)))
            throw StoreError(Text::tr("Cannot remove %1.").arg(intentPath(archive)));
        syncFolder(folder);
    }
    // Copies of a restore that never got as far as its intent (a sound one with the archive missing
    // was finished above; an unsound one stays, it may be all there is).
    QStringList copies = filesMatching(folder, copyName(archive));
    if (stagedThere && archiveThere)
        copies << staged;
    bool removed = false;
    for (const QString &copy : copies)
        removed = QFile::remove(copy) || removed;
    if (removed && message.isEmpty())
        message =
            Text::tr("A restore of %1 was interrupted before it replaced the archive; the archive is as it "
                     "was.")
                .arg(archive);
    return message;
}

// The restore protocol (docs/backup.md). Counts its steps and stops after `steps` of them as a kill
// would (tests); true when it completed.
bool runRestore(const QString &archivePath, const QString &backupPath, int steps, QString *keptOut)
{
    const QString problem = Backup::check(backupPath);
    if (!problem.isEmpty())
        throw StoreError(Text::tr("The backup cannot be restored: %1").arg(problem));
    const QFileInfo info(archivePath);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isWritable())
        throw StoreError(Text::tr("Cannot restore into %1: the folder is read-only.").arg(folder));
    const QString archive = info.absoluteFilePath();
    QLockFile lockFile(lockPath(archive));
    if (const auto error = lock(lockFile); error != QLockFile::NoError)
        throwLockError(error, archive);
    recoverLocked(archive); // an earlier interrupted restore first
    if (steps <= 0)
        return false;
    int done = 0;
    const auto step = [&] { return ++done < steps; };

    // 1. The backup copied beside the archive (so that renames are atomic), synced, then named
    // NAME.restoring: a complete copy or none.
    const QString copy = archive + u".restoring-"_s + randomId();
    {
        QFile in(backupPath);
        QFile out(copy);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            throw StoreError(Text::tr("Cannot copy %1 next to the archive.").arg(backupPath));
        bool ok = true;
        while (ok && !in.atEnd()) {
            const QByteArray chunk = in.read(copyChunk);
            ok = !chunk.isEmpty() && out.write(chunk) == chunk.size();
            if (ok && !step())
                return false;
        }
        ok = ok && in.error() == QFileDevice::NoError && syncFile(out);
        out.close();
        if (!ok || out.error() != QFileDevice::NoError) {
            QFile::remove(copy);
            throw StoreError(Text::tr("Cannot copy %1 next to the archive.").arg(backupPath));
        }
    }
    if (!step())
        return false;
    const QString staged = stagedPath(archive);
    try {
        move(copy, staged);
    } catch (const StoreError &) {
        QFile::remove(copy);
        throw;
    }
    syncFolder(folder);
    if (!step())
        return false;

    // 2. The intent, naming where the archive goes. From here on an interruption is finished or undone
    // by recoverInterruptedRestore().
    const QString kept = existsWithSidecars(archive) ? freshKeptPath(archive) : QString();
    try {
        writeIntent(archive, kept, QFileInfo(backupPath).absoluteFilePath());
    } catch (const StoreError &) {
        QFile::remove(staged);
        throw;
    }
    if (!step())
        return false;

    const auto undo = [&](const QString &why) {
        try {
            putBack(archive, kept);
            QFile::remove(staged);
            QFile::remove(intentPath(archive));
            syncFolder(folder);
        } catch (const StoreError &) {
            throw StoreError(
                why + u' ' +
                Text::tr("It could not be undone at once; opening the archive again finishes or undoes "
                         "it."));
        }
        throw StoreError(why);
    };

    // 3. The archive set aside, then its journal (in that order: an archive without its journal is never
    // there to be opened).
    if (QFileInfo::exists(archive)) {
        if (!QFile::rename(archive, kept))
            undo(Text::tr("Cannot set the current archive aside as %1.").arg(kept));
        if (!step())
            return false;
    }
    for (const QString &suffix : sidecars) {
        if (!QFileInfo::exists(archive + suffix))
            continue;
        if (!QFile::rename(archive + suffix, kept + suffix))
            undo(Text::tr("Cannot set the current archive aside as %1.").arg(kept));
        if (!step())
            return false;
    }
    syncFolder(folder);

    // 4. The backup in place.
    if (!QFile::rename(staged, archive))
        undo(Text::tr("Cannot put the backup in place of %1.").arg(archivePath));
    syncFolder(folder);
    if (!step())
        return false;

    // 5. Done: the intent goes.
    QFile::remove(intentPath(archive));
    syncFolder(folder);
    if (keptOut)
        *keptOut = kept;
    return true;
}

} // namespace

QString Backup::folderFor(const QString &archivePath)
{
    const QFileInfo info(archivePath);
    return info.absolutePath() + u'/' + info.completeBaseName() + u"-backups"_s;
}

QList<Backup::Removed> Backup::removeLeftovers(const QString &archivePath, const QString &targetFolder,
                                               const QDateTime &now)
{
    const auto stale = [&](const QString &path) {
        return QFileInfo(path).lastModified().secsTo(now) >= staleAfterSeconds;
    };
    QList<Removed> removed;
    const auto remove = [&](const QString &path) {
        const qint64 bytes = QFileInfo(path).size();
        if (QFile::remove(path))
            removed.append({path, bytes});
    };
    // Backups being written: a part file goes with its journals, and only when none of them changed
    // lately (a backup of a large archive may be running in another program).
    QStringList folders{folderFor(archivePath)};
    if (!targetFolder.isEmpty())
        folders << QFileInfo(targetFolder).absoluteFilePath();
    folders.removeDuplicates();
    for (const QString &folder : std::as_const(folders)) {
        QMap<QString, QStringList> groups;
        for (const QString &path : filesMatching(folder, partName))
            groups[partName.match(QFileInfo(path).fileName()).captured(1)] << path;
        for (const QStringList &group : std::as_const(groups)) {
            if (std::all_of(group.begin(), group.end(), stale))
                std::for_each(group.begin(), group.end(), remove);
        }
    }
    // A restore's copies: only while no restore holds the lock.
    const QString archive = QFileInfo(archivePath).absoluteFilePath();
    QStringList copies = filesMatching(QFileInfo(archive).absolutePath(), copyName(archive));
    if (QFileInfo::exists(stagedPath(archive)) && !QFileInfo::exists(intentPath(archive)))
        copies << stagedPath(archive);
    copies.removeIf([&](const QString &path) { return !stale(path); });
    if (!copies.isEmpty()) {
        QLockFile lockFile(lockPath(archive));
        lockFile.setStaleLockTime(staleLockMs);
        // The intent is checked again under the lock: NAME.restoring is needed while it exists.
        if (lockFile.tryLock(0) && !QFileInfo::exists(intentPath(archive)))
            std::for_each(copies.begin(), copies.end(), remove);
    }
    return removed;
}

QString Backup::write(const Archive &archive, const QString &target, QList<Removed> *removed)
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
    // What earlier backups killed half-way left behind (up to the size of an archive each).
    const QList<Removed> leftovers =
        removeLeftovers(archive.path(), target.isEmpty() ? QString() : QFileInfo(path).absolutePath());
    if (removed)
        removed->append(leftovers);
    // Written under a temporary name and renamed once complete: a backup file is whole or absent.
    const QString partial = path + u".part-"_s + randomId();
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

QString Backup::writeRotating(const Archive &archive, int generations, QList<Removed> *removed)
{
    const QString written = write(archive, {}, removed);
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
    QString kept;
    runRestore(archivePath, backupPath, std::numeric_limits<int>::max(), &kept);
    return kept;
}

bool Backup::restoreUpToStep(const QString &archivePath, const QString &backupPath, int steps)
{
    return runRestore(archivePath, backupPath, steps, nullptr);
}

QString Backup::recoverInterruptedRestore(const QString &archivePath)
{
    const QString archive = QFileInfo(archivePath).absoluteFilePath();
    // Called on every open: a few lookups when no restore left anything.
    if (!QFileInfo::exists(intentPath(archive)) && !QFileInfo::exists(stagedPath(archive)) &&
        !QFileInfo::exists(lockPath(archive)) &&
        filesMatching(QFileInfo(archive).absolutePath(), copyName(archive)).isEmpty())
        return {};
    QLockFile lockFile(lockPath(archive));
    if (const auto error = lock(lockFile); error != QLockFile::NoError)
        throwLockError(error, archive);
    return recoverLocked(archive);
}

QStringList Backup::keptArchives(const QString &archivePath)
{
    const QString archive = QFileInfo(archivePath).absoluteFilePath();
    const QRegularExpression pattern = keptName(archive);
    QStringList kept = filesMatching(QFileInfo(archive).absolutePath(), pattern);
    // Newest first: by date, then by the -N added within one second; the undated name of earlier
    // versions last.
    const auto key = [&](const QString &path) {
        const auto match = pattern.match(QFileInfo(path).fileName());
        return std::make_pair(match.captured(2), match.captured(4).toInt());
    };
    std::sort(kept.begin(), kept.end(), [&](const QString &a, const QString &b) { return key(a) > key(b); });
    return kept;
}

QString Backup::missingArchiveMessage(const QString &archivePath)
{
    if (QFileInfo::exists(archivePath))
        return {};
    const QStringList kept = keptArchives(archivePath);
    if (kept.isEmpty())
        return {};
    return tr("The archive %1 does not exist, but a restore kept the archive it replaced as %2. To use that "
              "one again, rename it to %3.")
        .arg(archivePath, kept.first(), QFileInfo(archivePath).fileName());
}

} // namespace kiroku
