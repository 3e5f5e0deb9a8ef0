// Backups and the integrity check in the window (docs/backup.md), offscreen and without dialogs:
// the daily backup on the first open of a day (injected clock), rotation on close, restore through
// the controller, and a damaged archive closed untouched with its last good backup named.
#include "ArchiveController.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "archive/Backup.h"
#include "backup/BackupController.h"
#include "backup/RestoreDialog.h"
#include "commands/CouncilCommands.h"
#include "commands/Document.h"
#include "io/DemoArchive.h"
#include "store/Archive.h"
#include "store/CouncilRepository.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace kiroku;
using kiroku::ui::BackupController;
using kiroku::ui::MainWindow;

class TestBackupController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dailyBackupOnFirstOpenOfADay();
    void rotationOnClose();
    void windowCloseBacksUp();
    void editsWaitForTheCheck();
    void restoreThroughController();
    void damagedArchiveIsClosedUntouched();
    void smallDamagedArchiveIsRefused();
    void menuAndDialogListGenerations();

private:
    // Opens the archive in a new window and waits for its check to pass.
    bool openWindow(const QDateTime &now = QDateTime::currentDateTime());
    bool change(const QString &councilName);
    QStringList backups() const { return Backup::list(m_path); }

    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    BackupController *m_backup = nullptr;
};

void TestBackupController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(u"template.kiroku"_s);
    Archive::Opened opened = Archive::open(m_template, Archive::OpenMode::CreateIfMissing);
    QVERIFY2(opened.archive, qPrintable(opened.message));
    QVERIFY(DemoArchive::write(opened.archive->database()) != 0);
}

void TestBackupController::init()
{
    // A fresh archive (and backup folder) per test function.
    static int n = 0;
    m_path = m_dir.filePath(u"a%1.kiroku"_s.arg(++n));
    QVERIFY(QFile::copy(m_template, m_path));
    BackupController::setGenerations(3);
}

void TestBackupController::cleanup()
{
    m_window.reset();
}

bool TestBackupController::openWindow(const QDateTime &now)
{
    m_window = std::make_unique<MainWindow>();
    m_backup = m_window->findChild<BackupController *>();
    if (!m_backup)
        return false;
    m_backup->setInteractive(false);
    m_backup->setClock([now] { return now; });
    m_window->controller()->setDeferCheckAbove(0); // the small test archive is checked as a big one
    if (!m_window->controller()->open(m_path))
        return false;
    m_window->show();
    if (m_backup->checkState() == BackupController::Check::Pending) {
        QSignalSpy finished(m_backup, &BackupController::checkFinished);
        if (!finished.wait(20000))
            return false;
    }
    return m_backup->checkState() == BackupController::Check::Passed;
}

bool TestBackupController::change(const QString &councilName)
{
    Document *document = m_window->controller()->document();
    Council council;
    council.name = councilName;
    return document && document->push(new AddCouncilCommand(document, council));
}

void TestBackupController::dailyBackupOnFirstOpenOfADay()
{
    const QDateTime now = QDateTime::currentDateTime();
    QVERIFY(backups().isEmpty());
    QVERIFY(openWindow(now));
    QCOMPARE(backups().size(), 1); // none yet: due
    m_window.reset();              // unchanged: no backup on close
    QCOMPARE(backups().size(), 1);
    QVERIFY(openWindow(now)); // same day
    QVERIFY(!m_backup->dailyDue());
    QCOMPARE(backups().size(), 1);
    m_window.reset();
    QVERIFY(openWindow(now.addDays(1))); // the next day's first open
    QCOMPARE(backups().size(), 2);
    QVERIFY(Backup::check(backups().first()).isEmpty());
}

void TestBackupController::rotationOnClose()
{
    QVERIFY(openWindow());
    QCOMPARE(backups().size(), 1);
    for (int i = 0; i < 4; ++i) {
        QTest::qSleep(1100); // backups are named to the second; one per close
        QVERIFY(change(u"council %1"_s.arg(i)));
        m_window->controller()->close();
        QVERIFY(m_window->controller()->open(m_path));
        QTRY_COMPARE(m_backup->checkState(), BackupController::Check::Passed);
    }
    // Three generations kept, the newest holding the last change.
    const QStringList kept = backups();
    QCOMPARE(kept.size(), 3);
    auto newest = Archive::open(kept.first());
    QVERIFY(newest.archive);
    const auto councils = CouncilRepository(newest.archive->database()).councils();
    QVERIFY(std::any_of(councils.begin(), councils.end(),
                        [](const Council &c) { return c.name == u"council 3"; }));
}

void TestBackupController::windowCloseBacksUp()
{
    QVERIFY(openWindow());
    const int before = int(backups().size());
    QTest::qSleep(1100);
    QVERIFY(change(u"before closing"_s));
    QSignalSpy backedUp(m_backup, &BackupController::backedUp);
    m_window->close();
    QCOMPARE(backedUp.count(), 1);
    QCOMPARE(backups().size(), before + 1);
}

void TestBackupController::editsWaitForTheCheck()
{
    QVERIFY(openWindow());
    Document *document = m_window->controller()->document();
    QVERIFY(!document->writesBlocked());
    QVERIFY(change(u"allowed"_s));
    // What the controller does while the check runs: every edit is refused, with the reason.
    document->blockWrites(u"checking"_s);
    QSignalSpy failed(document, &Document::failed);
    QVERIFY(!change(u"refused"_s));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), u"checking"_s);
    document->allowWrites();
    QVERIFY(change(u"allowed again"_s));
}

void TestBackupController::restoreThroughController()
{
    QVERIFY(openWindow());
    const QString backup = backups().first();
    QVERIFY(change(u"after the backup"_s));
    const QString failure = m_backup->restore(backup);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // The replaced archive is kept under a dated name, which the status bar gives.
    const QStringList kept = Backup::keptArchives(m_path);
    QCOMPARE(kept.size(), 1);
    QVERIFY(
        QFileInfo(kept.first()).fileName().startsWith(QFileInfo(m_path).fileName() + u".before-restore-"_s));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QFileInfo(kept.first()).fileName()),
             qPrintable(m_window->statusBar()->currentMessage()));
    Document *document = m_window->controller()->document();
    QVERIFY(document);
    QCOMPARE(document->archive().path(), QFileInfo(m_path).absoluteFilePath());
    const auto councils = CouncilRepository(document->database()).councils();
    QVERIFY(std::none_of(councils.begin(), councils.end(),
                         [](const Council &c) { return c.name == u"after the backup"; }));
    // The replaced archive still holds the change.
    const auto holds = [](const QString &file, const QString &name) {
        auto opened = Archive::open(file);
        if (!opened.archive)
            return false;
        const auto councils = CouncilRepository(opened.archive->database()).councils();
        return std::any_of(councils.begin(), councils.end(),
                           [&](const Council &c) { return c.name == name; });
    };
    QVERIFY(holds(kept.first(), u"after the backup"_s));
    // A second restore keeps the archive it replaces too, beside the first one.
    QTRY_COMPARE(m_backup->checkState(), BackupController::Check::Passed);
    QVERIFY(change(u"after the first restore"_s));
    const QString again = m_backup->restore(backup);
    QVERIFY2(again.isEmpty(), qPrintable(again));
    const QStringList both = Backup::keptArchives(m_path);
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(1), kept.first());
    QVERIFY(holds(both.at(0), u"after the first restore"_s));
    QVERIFY(holds(both.at(1), u"after the backup"_s));
    // A bad backup is refused, and the archive stays open as it was.
    QVERIFY(test::writeBytes(m_dir.filePath(u"junk.kiroku"_s), "not a database"));
    QVERIFY(!m_backup->restore(m_dir.filePath(u"junk.kiroku"_s)).isEmpty());
    QVERIFY(m_window->controller()->document());
}

void TestBackupController::damagedArchiveIsClosedUntouched()
{
    QVERIFY(openWindow());
    const QString good = backups().first();
    m_window.reset();
    // Damage the statements' pages in the middle of the file; the header and the schema stay readable.
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 at = (file.size() * 2 / 3) / 4096 * 4096;
        QVERIFY(file.seek(at));
        QVERIFY(file.write(QByteArray(8192, '\x5a')) == 8192);
    }
    const QByteArray damaged = test::fingerprint(m_path);
    m_window = std::make_unique<MainWindow>();
    m_backup = m_window->findChild<BackupController *>();
    m_backup->setInteractive(false);
    m_window->controller()->setDeferCheckAbove(0);
    QSignalSpy finished(m_backup, &BackupController::checkFinished);
    QVERIFY(m_window->controller()->open(m_path));
    QCOMPARE(m_backup->checkState(), BackupController::Check::Pending);
    QVERIFY(m_window->controller()->document()->writesBlocked());
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(m_backup->checkState(), BackupController::Check::Failed);
    QVERIFY(!m_backup->checkProblem().isEmpty());
    QVERIFY(!m_window->controller()->document()); // closed
    QCOMPARE(m_backup->lastGoodBackup(), good);
    QCOMPARE(backups().size(), 1); // no backup of the damaged file rotated a good one out
    QCOMPARE(test::fingerprint(m_path), damaged);
    // The way back: restore the last good backup (the status bar names it).
    const QString failure = m_backup->restore(m_backup->lastGoodBackup());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QFileInfo(good).fileName()));
    QTRY_COMPARE(m_backup->checkState(), BackupController::Check::Passed);
    QVERIFY(m_window->controller()->document());
    QCOMPARE(Backup::keptArchives(m_path).size(), 1);
    QCOMPARE(test::fingerprint(Backup::keptArchives(m_path).first()), damaged);
}

void TestBackupController::smallDamagedArchiveIsRefused()
{
    QVERIFY(openWindow());
    const QString good = backups().first();
    m_window.reset();
    QFile file(m_path);
    QVERIFY(file.resize(file.size() / 3));
    const QByteArray damaged = test::fingerprint(m_path);
    // Checked on open (small archive): refused at once, the last good backup named, nothing written.
    m_window = std::make_unique<MainWindow>();
    m_backup = m_window->findChild<BackupController *>();
    m_backup->setInteractive(false);
    QSignalSpy finished(m_backup, &BackupController::checkFinished);
    QVERIFY(!m_window->controller()->open(m_path));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_backup->checkState(), BackupController::Check::Failed);
    QCOMPARE(m_backup->lastGoodBackup(), good);
    QCOMPARE(test::fingerprint(m_path), damaged);
    const QString failure = m_backup->restore(good);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(m_window->controller()->document());
}

void TestBackupController::menuAndDialogListGenerations()
{
    QVERIFY(openWindow());
    QVERIFY(m_window->findChild<QAction *>(u"actionBackUpNow"_s));
    QVERIFY(m_window->findChild<QAction *>(u"actionRestoreBackup"_s));
    QTest::qSleep(1100);
    QVERIFY(!m_backup->backUpNow().isEmpty());
    ui::RestoreDialog dialog(m_path);
    QCOMPARE(dialog.list()->count(), 2);
    QCOMPARE(dialog.selectedBackup(), backups().first());
    QVERIFY(dialog.selectedLabel().contains(u"—"_s));
}

QTEST_MAIN(TestBackupController)
#include "TestBackupController.moc"
