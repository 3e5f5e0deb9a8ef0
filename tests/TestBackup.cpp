// Backups (docs/backup.md): round trip, rotation, and the way back from a damaged archive.
#include "TestSupport.h"
#include "archive/Backup.h"
#include "archive/Sealing.h"
#include "io/ArchiveJson.h"
#include "io/DemoArchive.h"
#include "store/Archive.h"
#include "store/Sql.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace kiroku;

class TestBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void roundTrip();
    void rotationKeepsGenerations();
    void corruptArchiveLeadsToLastGoodBackup();
    void badBackupIsRefused();
    void integrityCheckRemembered();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QByteArray exportOf(const QString &file)
    {
        auto opened = Archive::open(file);
        return opened.archive ? ArchiveJson::exportArchiveBytes(opened.archive->database()) : QByteArray();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestBackup::init()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Archive::open(path(u"a.kiroku"_s), Archive::OpenMode::CreateIfMissing);
    QVERIFY(opened.archive);
    DemoArchive::write(opened.archive->database());
}

void TestBackup::roundTrip()
{
    const QByteArray original = exportOf(path(u"a.kiroku"_s));
    QString written;
    {
        auto opened = Archive::open(path(u"a.kiroku"_s));
        written = Backup::write(*opened.archive);
        QVERIFY(written.startsWith(Backup::folderFor(path(u"a.kiroku"_s))));
        QVERIFY_THROWS_EXCEPTION(StoreError, Backup::write(*opened.archive, written)); // never overwrites
        // Changes after the backup ...
        sql::execute(opened.archive->database(), u"UPDATE council SET name = 'changed'"_s);
    }
    QVERIFY(Backup::check(written).isEmpty());
    // ... are undone by restoring it; the replaced archive is kept.
    const QString kept = Backup::restore(path(u"a.kiroku"_s), written);
    QVERIFY(QFileInfo::exists(kept));
    QCOMPARE(exportOf(path(u"a.kiroku"_s)), original);
    auto opened = Archive::open(path(u"a.kiroku"_s));
    QVERIFY(Sealing::verify(opened.archive->database()).ok());
}

void TestBackup::rotationKeepsGenerations()
{
    auto opened = Archive::open(path(u"a.kiroku"_s));
    for (int i = 0; i < 5; ++i)
        Backup::writeRotating(*opened.archive, 3);
    const QStringList all = Backup::list(path(u"a.kiroku"_s));
    QCOMPARE(all.size(), 3);
    QVERIFY(!Backup::dailyDue(path(u"a.kiroku"_s)));
    QVERIFY(Backup::dailyDue(path(u"a.kiroku"_s), QDateTime::currentDateTime().addDays(2)));
    QVERIFY(Backup::dailyDue(path(u"none.kiroku"_s)));
}

void TestBackup::corruptArchiveLeadsToLastGoodBackup()
{
    QString good;
    {
        auto opened = Archive::open(path(u"a.kiroku"_s));
        good = Backup::write(*opened.archive);
    }
    // A newer backup that is itself damaged is passed over.
    QThread::sleep(1);
    {
        auto opened = Archive::open(path(u"a.kiroku"_s));
        const QString bad = Backup::write(*opened.archive);
        QFile file(bad);
        QVERIFY(file.resize(file.size() / 2));
    }
    QFile archive(path(u"a.kiroku"_s));
    QVERIFY(archive.resize(archive.size() / 3));
    const Archive::Opened refused = Archive::open(path(u"a.kiroku"_s));
    QVERIFY(!refused.archive);
    QCOMPARE(int(refused.problem), int(Archive::Problem::Corrupt));
    QCOMPARE(Backup::lastGood(path(u"a.kiroku"_s)), good);
    Backup::restore(path(u"a.kiroku"_s), good);
    auto opened = Archive::open(path(u"a.kiroku"_s));
    QVERIFY2(opened.archive, qPrintable(opened.message));
    QVERIFY(!opened.archive->isEmpty());
}

void TestBackup::badBackupIsRefused()
{
    const QByteArray before = test::fingerprint(path(u"a.kiroku"_s));
    QVERIFY(test::writeBytes(path(u"junk.kiroku"_s), "not a database"));
    QVERIFY_THROWS_EXCEPTION(StoreError, Backup::restore(path(u"a.kiroku"_s), path(u"junk.kiroku"_s)));
    QVERIFY_THROWS_EXCEPTION(StoreError, Backup::restore(path(u"a.kiroku"_s), path(u"missing.kiroku"_s)));
    QCOMPARE(test::fingerprint(path(u"a.kiroku"_s)), before);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"

void TestBackup::integrityCheckRemembered()
{
    const QString file = path(u"a.kiroku"_s);
    QVERIFY(Archive::open(file).archive); // Always: checks and remembers
    QVERIFY(Archive::recentlyChecked(file));
    QVERIFY(!Archive::recentlyChecked(file, QDateTime::currentDateTime().addDays(2)));
    // A read-only command within the day skips the check, even on a file damaged behind its back ...
    QVERIFY(Archive::open(file, Archive::OpenMode::MustExist, Archive::IntegrityCheck::UnlessRecent).archive);
    // ... but any change to the file (size, time, journal) calls for a new check.
    {
        auto opened = Archive::open(file);
        sql::execute(opened.archive->database(), u"UPDATE council SET name = 'changed'"_s);
    }
    QVERIFY(!Archive::recentlyChecked(file));
    QFile archive(file);
    QVERIFY(archive.resize(archive.size() / 3));
    const Archive::Opened refused =
        Archive::open(file, Archive::OpenMode::MustExist, Archive::IntegrityCheck::UnlessRecent);
    QCOMPARE(int(refused.problem), int(Archive::Problem::Corrupt));
    // The window's deferred check (run off the interface thread) finds it too.
    QVERIFY(!Archive::checkIntegrity(file).isEmpty());
    QVERIFY(!Archive::recentlyChecked(file));
}
