// libFuzzer target for `kiroku import`: bytes -> ArchiveJson::importArchiveBytes into an in-memory
// archive. Built only with -DKIROKU_FUZZ=ON and clang; scripts/run-fuzz.sh runs it seeded with
// tests/fixtures/json-import. Besides crashes it traps on three broken promises of docs/archive-json.md:
// a refused file left rows behind; the database, not the check, refused a file (a gap in the check);
// an accepted file does not come back identical through export -> import -> export.
#include "io/ArchiveJson.h"
#include "store/Dialect.h"
#include "store/Schema.h"
#include "store/Sql.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

// An empty archive in memory, made as Archive::openInMemory() makes it (driver, pragmas, every migration)
// but without store/Archive.cpp, which brings backups and journal checks into the link.
class MemoryArchive
{
public:
    MemoryArchive()
        : m_name(u"fuzz-%1"_s.arg(++s_count))
    {
        const kiroku::Dialect &dialect = kiroku::Dialect::sqlite();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), m_name);
            db.setDatabaseName(u":memory:"_s);
            if (!db.open())
                __builtin_trap();
        }
        dialect.configure(database());
        kiroku::Schema::migrate(database(), dialect);
    }
    ~MemoryArchive() { QSqlDatabase::removeDatabase(m_name); }
    MemoryArchive(const MemoryArchive &) = delete;
    MemoryArchive &operator=(const MemoryArchive &) = delete;
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline int s_count = 0;
    QString m_name;
};

// Reused while inputs are refused (they must write nothing). Never destroyed at exit: Qt's connection
// list may be gone by then.
MemoryArchive *archive = nullptr;

qint64 rows(const QSqlDatabase &db, const QString &table)
{
    return kiroku::sql::scalar(db, u"SELECT COUNT(*) FROM "_s + table).toLongLong();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // the SQLite driver is a plugin
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!archive)
        archive = new MemoryArchive;
    QByteArray exported;
    {
        const QSqlDatabase db = archive->database();
        try {
            kiroku::ArchiveJson::importArchiveBytes(db, bytes);
        } catch (const kiroku::StoreError &error) {
            if (rows(db, u"council"_s) != 0 || rows(db, u"stored_file"_s) != 0)
                __builtin_trap();
            // The database's own refusals (a row's INSERT, the deferred foreign keys at COMMIT) mean the
            // check let something through.
            if (error.message().contains(u"could not be stored"_s) ||
                error.message().contains(u"constraint failed"_s))
                __builtin_trap();
            return 0;
        }
        exported = kiroku::ArchiveJson::exportArchiveBytes(db);
    }
    delete archive; // the next input needs an empty archive
    archive = nullptr;
    const MemoryArchive copy;
    kiroku::ArchiveJson::importArchiveBytes(copy.database(), exported); // throws (and fails) if refused
    if (kiroku::ArchiveJson::exportArchiveBytes(copy.database()) != exported)
        __builtin_trap();
    return 0;
}
