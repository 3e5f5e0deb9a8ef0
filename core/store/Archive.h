#pragma once
// One Kiroku archive: a single SQLite file holding one or more councils. Opening validates the file
// before anything is written to it, so a foreign, corrupt, newer or read-only file is left untouched.
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace kiroku {

struct Dialect;

class Archive
{
public:
    enum class OpenMode
    {
        MustExist,
        CreateIfMissing
    };
    enum class Problem
    {
        None,
        NotFound,
        NotAnArchive,
        Corrupt,
        NewerSchema,
        ReadOnly,
        AlreadyExists,
        DamagedJournal, // saved changes lie beyond a damaged part of the WAL (store/JournalCheck.h)
        Failed
    };

    struct Opened
    {
        std::unique_ptr<Archive> archive; // null on failure
        Problem problem = Problem::None;
        QString message;       // in the UI language, for the clerk
        int migratedFrom = -1; // schema version before an upgrade, -1 when none ran
        QString upgradeBackup; // copy kept before the upgrade
        QString recovered;     // what was done about an interrupted restore (a notice), else empty
        QString damagedCopy;   // DamagedJournal: the archive and its WAL as found, kept aside
    };

    // The integrity check on open (docs/backup.md): PRAGMA integrity_check (quick_check above 64 MiB).
    enum class IntegrityCheck
    {
        Always,       // writing commands, verify, backup
        UnlessRecent, // read-only commands: skipped while the file is as it was at a check less than a day
                      // old
        Deferred,     // the window: the caller runs checkIntegrity() later, off the interface thread
    };

    // A migration always checks first, whatever `check` says.
    static Opened open(const QString &path, OpenMode mode = OpenMode::MustExist,
                       IntegrityCheck check = IntegrityCheck::Always);
    // Runs the check on a read-only connection of its own (any thread) and remembers a success.
    // Empty when the file is sound, else the problem found.
    static QString checkIntegrity(const QString &path);
    // The file is unchanged (size, modification time, journal) since a successful check less than a
    // day ago.
    static bool recentlyChecked(const QString &path, const QDateTime &now = QDateTime::currentDateTime());
    // A private in-memory archive (tests, previews). Each call gets its own connection.
    static std::unique_ptr<Archive> openInMemory();

    ~Archive();
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;

    QSqlDatabase database() const;
    const QString &path() const { return m_path; }
    const Dialect &dialect() const { return *m_dialect; }
    int schemaVersion() const;
    bool isEmpty() const; // no council yet
    // Rows written through this connection since it was opened (automatic backups skip an unchanged
    // archive).
    qint64 changeCount() const;
    // Writes a consistent copy of the whole archive to a new file.
    void copyTo(const QString &path) const;

private:
    Archive(QString connectionName, QString path, const Dialect &dialect);

    QString m_connection;
    QString m_path;
    const Dialect *m_dialect;
};

} // namespace kiroku
