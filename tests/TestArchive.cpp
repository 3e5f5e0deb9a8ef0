#include "TestSupport.h"
#include "archive/Sealing.h"
#include "store/Archive.h"
#include "store/CouncilListsRepository.h"
#include "store/CouncilRepository.h"
#include "store/MaterialRepository.h"
#include "store/MeetingRepository.h"
#include "store/Schema.h"
#include "store/SearchRepository.h"
#include "store/Sql.h"
#include "store/StatementRepository.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;

class TestArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void createsNewArchive();
    void reopensExisting();
    void missingFile();
    void badFiles_data();
    void badFiles();
    void foreignDatabase();
    void newerSchema();
    void readOnlyFile();
    void corruptPages();
    void truncatedFile();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();

private:
    QString pathOf(const QString &name) const { return m_dir->filePath(name); }
    // Opens a problem file and checks it is refused, with the file byte-for-byte unchanged.
    void expectRefused(const QString &path, Archive::Problem problem);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestArchive::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestArchive::expectRefused(const QString &path, Archive::Problem problem)
{
    const QByteArray before = test::fingerprint(path);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files);
    {
        const Archive::Opened opened = Archive::open(path);
        QVERIFY(!opened.archive);
        QCOMPARE(int(opened.problem), int(problem));
        QVERIFY2(opened.message.contains(QFileInfo(path).fileName()), qPrintable(opened.message));
    }
    QCOMPARE(test::fingerprint(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), filesBefore);
}

void TestArchive::createsNewArchive()
{
    const QString path = pathOf(u"new.kiroku"_s);
    auto opened = Archive::open(path, Archive::OpenMode::CreateIfMissing);
    QVERIFY2(opened.archive, qPrintable(opened.message));
    QCOMPARE(opened.archive->schemaVersion(), Schema::currentVersion);
    QVERIFY(opened.archive->isEmpty());
    const auto db = opened.archive->database();
    QCOMPARE(sql::scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(sql::scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(opened.migratedFrom, -1);
}

void TestArchive::reopensExisting()
{
    const QString path = pathOf(u"a.kiroku"_s);
    {
        auto opened = Archive::open(path, Archive::OpenMode::CreateIfMissing);
        QVERIFY(opened.archive);
        Council council;
        council.name = u"テスト審議会"_s;
        CouncilRepository(opened.archive->database()).insert(council);
    }
    auto opened = Archive::open(path);
    QVERIFY2(opened.archive, qPrintable(opened.message));
    QCOMPARE(CouncilRepository(opened.archive->database()).councils().size(), 1);
    QCOMPARE(opened.migratedFrom, -1);
}

void TestArchive::missingFile()
{
    const auto opened = Archive::open(pathOf(u"missing.kiroku"_s));
    QVERIFY(!opened.archive);
    QCOMPARE(int(opened.problem), int(Archive::Problem::NotFound));
    QVERIFY(!QFileInfo::exists(pathOf(u"missing.kiroku"_s)));
}

void TestArchive::badFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("text") << QByteArray("会議録\n令和7年8月28日\n");
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n");
    QByteArray random(8192, '\0');
    for (int i = 0; i < random.size(); ++i)
        random[i] = char((i * 7919) % 251);
    QTest::newRow("binary") << random;
}

void TestArchive::badFiles()
{
    QFETCH(QByteArray, bytes);
    const QString path = pathOf(u"bad.kiroku"_s);
    QVERIFY(test::writeBytes(path, bytes));
    expectRefused(path, Archive::Problem::NotAnArchive);
}

void TestArchive::foreignDatabase()
{
    const QString path = pathOf(u"other.sqlite"_s);
    {
        test::RawConnection raw(path);
        QSqlQuery q(raw.db());
        QVERIFY(q.exec(u"CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"_s));
        QVERIFY(q.exec(u"INSERT INTO recipes (name) VALUES ('味噌汁')"_s));
    }
    expectRefused(path, Archive::Problem::NotAnArchive);
}

void TestArchive::newerSchema()
{
    const QString path = pathOf(u"future.kiroku"_s);
    {
        auto opened = Archive::open(path, Archive::OpenMode::CreateIfMissing);
        QVERIFY(opened.archive);
        sql::execute(opened.archive->database(),
                     u"UPDATE kiroku_meta SET value = '99' WHERE key = 'schema_version'"_s);
    }
    expectRefused(path, Archive::Problem::NewerSchema);
    const auto opened = Archive::open(path);
    QVERIFY(opened.message.contains(u"99"_s));
}

void TestArchive::readOnlyFile()
{
    const QString path = pathOf(u"ro.kiroku"_s);
    {
        auto opened = Archive::open(path, Archive::OpenMode::CreateIfMissing);
        QVERIFY(opened.archive);
    }
    QVERIFY(QFile::setPermissions(path,
                                  QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    expectRefused(path, Archive::Problem::ReadOnly);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

namespace {
// An archive with enough rows to span many pages.
void fillArchive(const QString &path)
{
    auto opened = Archive::open(path, Archive::OpenMode::CreateIfMissing);
    const auto db = opened.archive->database();
    Council council;
    council.name = u"審議会"_s;
    const Id councilId = CouncilRepository(db).insert(council);
    sql::Query(db, u"INSERT INTO meeting (council_id, fiscal_year, number) VALUES (:c, 2025, 1)"_s)
        .bind(u":c"_s, councilId)
        .exec();
    QVector<Statement> statements(400);
    for (int i = 0; i < statements.size(); ++i)
        statements[i].text = u"委員の発言 %1 "_s.arg(i).repeated(20);
    StatementRepository(db).appendAll(1, statements);
    sql::execute(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}
} // namespace

void TestArchive::corruptPages()
{
    const QString path = pathOf(u"corrupt.kiroku"_s);
    fillArchive(path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 64 * 1024);
    // Keep page 1 (header and schema) intact, scribble over the b-tree pages after it.
    for (qint64 offset = 4096 + 100; offset < size; offset += 4096) {
        file.seek(offset);
        file.write(QByteArray(64, '\xA5'));
    }
    file.close();
    expectRefused(path, Archive::Problem::Corrupt);
}

void TestArchive::truncatedFile()
{
    const QString path = pathOf(u"truncated.kiroku"_s);
    fillArchive(path);
    QFile file(path);
    QVERIFY(file.resize(file.size() / 3));
    const Archive::Opened opened = Archive::open(path);
    QVERIFY(!opened.archive);
    QCOMPARE(int(opened.problem), int(Archive::Problem::Corrupt));
}

void TestArchive::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < Schema::currentVersion; ++version)
        QTest::addRow("v%d", version) << version;
}

void TestArchive::migratesFromEveryEarlierVersion()
{
    QFETCH(int, version);
    // Fixtures are SQL dumps of archives written by the released schema of each version.
    QFile fixture(QStringLiteral(KIROKU_FIXTURES_DIR) + u"/archive-v%1.sql"_s.arg(version));
    QVERIFY2(fixture.open(QIODevice::ReadOnly), qPrintable(fixture.fileName()));
    const QString path = pathOf(u"old.kiroku"_s);
    {
        test::RawConnection raw(path);
        const QStringList statements =
            QString::fromUtf8(fixture.readAll()).split(u";\n"_s, Qt::SkipEmptyParts);
        for (const QString &statement : statements) {
            if (statement.trimmed().isEmpty())
                continue;
            QSqlQuery q(raw.db());
            QVERIFY2(q.exec(statement), qPrintable(q.lastError().text() + u": "_s + statement));
        }
    }
    const QByteArray before = test::fingerprint(path);
    auto opened = Archive::open(path);
    QVERIFY2(opened.archive, qPrintable(opened.message));
    QCOMPARE(opened.migratedFrom, version);
    QCOMPARE(opened.archive->schemaVersion(), Schema::currentVersion);
    // The copy kept before the upgrade is the old archive, still at its version.
    QVERIFY(QFileInfo::exists(opened.upgradeBackup));
    {
        test::RawConnection backup(opened.upgradeBackup);
        QCOMPARE(
            sql::scalar(backup.db(), u"SELECT value FROM kiroku_meta WHERE key = 'schema_version'"_s).toInt(),
            version);
    }
    Q_UNUSED(before);
    const auto db = opened.archive->database();
    const auto councils = CouncilRepository(db).councils();
    QCOMPARE(councils.size(), 1);
    QCOMPARE(councils.first().name, u"旧版審議会"_s);
    const auto statements = StatementRepository(db).statements(1);
    QCOMPARE(statements.size(), 3);
    QCOMPARE(statements.at(1).text, u"旧版で記録した発言です。"_s);
    // A feature of the newer schema works on the migrated archive.
    DraftLine draft;
    draft.meetingId = 1;
    draft.text = u"入力中"_s;
    StatementRepository(db).saveDraftLine(draft);
    QCOMPARE(StatementRepository(db).draftLine(1)->text, u"入力中"_s);
    MaskTerm term;
    term.term = u"旧版太郎"_s;
    CouncilListsRepository(db).setMaskTerms(1, {term});
    QCOMPARE(CouncilListsRepository(db).maskTerms(1).size(), 1);
    QVERIFY(MeetingRepository(db).meeting(1)->publishedDate.isNull());
    // Version 4: rows written before it are searchable, and the seal chain starts empty.
    SearchQuery query;
    query.text = u"旧版で記録"_s;
    QCOMPARE(SearchRepository(db).search(query).size(), 1);
    query.text = u"旧版"_s;
    QCOMPARE(SearchRepository(db).search(query).size(), 1);
    QVERIFY(Sealing::verify(db).ok());
    // Version 5: a material's file history, empty until its file is replaced.
    MaterialRepository materials(db);
    Material material;
    material.meetingId = 1;
    material.label = u"資料9"_s;
    material.fileId = materials.storeFile(QByteArray("%PDF-1.4 old"));
    material.id = materials.insert(material);
    QVERIFY(materials.fileHistory(material.id).isEmpty());
    QCOMPARE(materials.keepCurrentFile(material, QDateTime::currentDateTime()).version, 1);
    QCOMPARE(materials.fileHistory(material.id).size(), 1);
    // Version 8: PIA findings and questions of version 7 are searchable; a meeting goes with rows still
    // marked for the index, the response it decided among them (ON DELETE SET NULL fires a mark).
    if (version == 7) {
        query.text = u"移行前の所見"_s;
        QCOMPARE(SearchRepository(db).search(query).size(), 1);
        query.text = u"保管場所"_s;
        QCOMPARE(SearchRepository(db).search(query).size(), 1);
    }
    sql::execute(db, u"INSERT INTO search_dirty (kind, ref_id) SELECT 'response', id FROM response"_s);
    MeetingRepository(db).remove(1);
    QVERIFY(!MeetingRepository(db).meeting(1));
}

QTEST_GUILESS_MAIN(TestArchive)
#include "TestArchive.moc"
