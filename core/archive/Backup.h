#pragma once
// Backups of a whole archive (docs/backup.md): consistent copies taken from the live database
// (VACUUM INTO), kept as rotating generations beside the archive, checked and restored.
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace kiroku {

class Archive;

class Backup
{
public:
    static constexpr int defaultGenerations = 10;
    // A leftover of an interrupted backup or restore is removed only once it has not changed for this
    // long: a younger one may belong to a backup running right now in another program.
    static constexpr int staleAfterSeconds = 5 * 60;

    // A file removed because an interrupted backup or restore left it behind.
    struct Removed
    {
        QString path;
        qint64 bytes = 0;
    };

    // <folder of the archive>/<archive name>-backups
    static QString folderFor(const QString &archivePath);
    // Writes a consistent copy to target (a new file; default: a timestamped one in folderFor()).
    // Returns the file written; throws StoreError with a clear message on failure, leaving no file.
    // First removes stale leftovers (removeLeftovers()) and adds them to `removed`.
    static QString write(const Archive &archive, const QString &target = {},
                         QList<Removed> *removed = nullptr);
    // write() into folderFor(), then deletes the oldest automatic backups beyond `generations`.
    static QString writeRotating(const Archive &archive, int generations, QList<Removed> *removed = nullptr);
    // What killed backups and restores left, unchanged for staleAfterSeconds at `now`: NAME.part-XXXXXXXX
    // files (with their -journal, -wal, -shm) in folderFor() and in `targetFolder`, and the restore's
    // copies beside the archive (only while no restore holds its lock). Removes them and says which.
    static QList<Removed> removeLeftovers(const QString &archivePath, const QString &targetFolder = {},
                                          const QDateTime &now = QDateTime::currentDateTime());
    // An automatic backup is due when the newest is older than a day (or there is none).
    static bool dailyDue(const QString &archivePath, const QDateTime &now = QDateTime::currentDateTime());
    // Backups in folderFor(), newest first.
    static QStringList list(const QString &archivePath);
    // Empty when the file is a sound Kiroku archive, else what is wrong with it.
    static QString check(const QString &path);
    // The newest backup that passes check(), or empty.
    static QString lastGood(const QString &archivePath);

    // Replaces the archive with the backup after checking it, by a protocol that an interruption at any
    // moment cannot turn into a lost archive (docs/backup.md). The replaced archive (if any) is kept
    // with its journal as <archive>.before-restore-YYYYMMDD-HHMMSS[-N], a name no earlier file has, and
    // its path returned; earlier ones are never overwritten. The archive must not be open. Throws
    // StoreError.
    static QString restore(const QString &archivePath, const QString &backupPath);
    // Finishes or undoes a restore that was interrupted (killed, power cut) from the files it left, and
    // removes its temporary copies. Archive::open calls it first. Returns what it did, in the interface
    // language, or empty when there was nothing to do; throws StoreError when it can do neither, or while
    // a restore of this archive is running in another program.
    static QString recoverInterruptedRestore(const QString &archivePath);
    // The archives restores kept beside this one, newest first.
    static QStringList keptArchives(const QString &archivePath);
    // When the archive does not exist but a restore kept the one it replaced: a message naming that
    // file; else empty.
    static QString missingArchiveMessage(const QString &archivePath);

    // For tests of the protocol: runs restore() up to its `steps`-th step (every file written, synced
    // or renamed is one) and returns there as if the program had been killed. True when the restore
    // completed within `steps`.
    static bool restoreUpToStep(const QString &archivePath, const QString &backupPath, int steps);
};

} // namespace kiroku
