#pragma once
// Backups of a whole archive (docs/backup.md): consistent copies taken from the live database
// (VACUUM INTO), kept as rotating generations beside the archive, checked and restored.
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace kiroku {

class Archive;

class Backup
{
public:
    static constexpr int defaultGenerations = 10;

    // <folder of the archive>/<archive name>-backups
    static QString folderFor(const QString &archivePath);
    // Writes a consistent copy to target (a new file; default: a timestamped one in folderFor()).
    // Returns the file written; throws StoreError with a clear message on failure, leaving no file.
    static QString write(const Archive &archive, const QString &target = {});
    // write() into folderFor(), then deletes the oldest automatic backups beyond `generations`.
    static QString writeRotating(const Archive &archive, int generations);
    // An automatic backup is due when the newest is older than a day (or there is none).
    static bool dailyDue(const QString &archivePath, const QDateTime &now = QDateTime::currentDateTime());
    // Backups in folderFor(), newest first.
    static QStringList list(const QString &archivePath);
    // Empty when the file is a sound Kiroku archive, else what is wrong with it.
    static QString check(const QString &path);
    // The newest backup that passes check(), or empty.
    static QString lastGood(const QString &archivePath);
    // Replaces the archive with the backup after checking it; the replaced archive (if any) is kept
    // as <archive>.before-restore. The archive must not be open. Throws StoreError.
    static QString restore(const QString &archivePath, const QString &backupPath);
};

} // namespace kiroku
