#pragma once
// One Kiroku archive: a single SQLite file holding one or more councils. Opening validates the file
// before anything is written to it, so a foreign, corrupt, newer or read-only file is left untouched.
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
        Failed
    };

    struct Opened
    {
        std::unique_ptr<Archive> archive; // null on failure
        Problem problem = Problem::None;
        QString message;       // in the UI language, for the clerk
        int migratedFrom = -1; // schema version before an upgrade, -1 when none ran
        QString upgradeBackup; // copy kept before the upgrade
    };

    static Opened open(const QString &path, OpenMode mode = OpenMode::MustExist);
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
    // Writes a consistent copy of the whole archive to a new file.
    void copyTo(const QString &path) const;

private:
    Archive(QString connectionName, QString path, const Dialect &dialect);

    QString m_connection;
    QString m_path;
    const Dialect *m_dialect;
};

} // namespace kiroku
