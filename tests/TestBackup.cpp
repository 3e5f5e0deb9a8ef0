// Backups (docs/backup.md): round trip, rotation, the way back from a damaged archive, a restore
// interrupted at every step of its protocol (and killed for real), kept archives, leftovers.
#include "TestSupport.h"
#include "archive/Backup.h"
#include "archive/Sealing.h"
#include "io/ArchiveJson.h"
#include "io/DemoArchive.h"
#include "store/Archive.h"
#include "store/Sql.h"
#include "store/StoreError.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
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
    void restoreInterruptedAtEveryStep();
    void restoreTwiceKeepsBothOriginals();
    void missingArchiveNamesKeptOne();
    void earlierVersionsInterruptedRestoreIsFinished();
    void restoreLockIsHonoured();
    void killedRestoreProcess();
    void staleLeftoversRemovedAndReported();

private:
    // The archive as the window or a crash leaves it: its last change (the council renamed to
    // `councilName`) only in the WAL beside it. Copies the file and its -wal/-shm to `to`.
    void snapshotWithWal(const QString &from, const QString &councilName, const QString &to);
    static void copyWithSidecars(const QString &from, const QString &to);
    static void removeWithSidecars(const QString &path);
    // The files a restore's protocol leaves beside the archive while it runs.
    QStringList restoreFiles(const QString &archive) const;
    // What is in `archive` (opened on a scratch copy, so nothing is checkpointed into the file).
    QByteArray exportOfCopy(const QString &archive);
    // Checks an archive after an interrupted restore was recovered: it is the old one or the backup,
    // complete; a replaced one is kept whole; the earlier kept file is untouched; nothing is left.
    void verifyRecovered(const QString &archive, const QByteArray &oldExport, const QByteArray &backupExport,
                         const QString &earlierKept, const QByteArray &earlierKeptPrint, bool *isBackup);

    QString path(const QString &name) const { return m_dir->filePath(name); }
    // The whole archive as JSON; with m_summaries only each table's rows counted and the councils'
    // names (what tells the archives apart, quick enough for a large one opened thirty times).
    QByteArray contentOf(const QSqlDatabase &db) const;
    QByteArray exportOf(const QString &file)
    {
        auto opened = Archive::open(file);
        return opened.archive ? contentOf(opened.archive->database()) : QByteArray();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    bool m_summaries = false;
};

void TestBackup::init()
{
    m_summaries = false;
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

QByteArray TestBackup::contentOf(const QSqlDatabase &db) const
{
    if (!m_summaries)
        return ArchiveJson::exportArchiveBytes(db);
    QByteArray summary;
    QStringList tables;
    sql::Query query(db, u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    query.exec();
    while (query.next())
        tables << query.value(0).toString();
    for (const QString &table : std::as_const(tables))
        summary +=
            (table + u' ' + sql::scalar(db, u"SELECT count(*) FROM \"%1\""_s.arg(table)).toString() + u'\n')
                .toUtf8();
    sql::Query councils(db, u"SELECT name FROM council ORDER BY id"_s);
    councils.exec();
    while (councils.next())
        summary += councils.value(0).toString().toUtf8() + '\n';
    return summary;
}

void TestBackup::copyWithSidecars(const QString &from, const QString &to)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        QFile::remove(to + suffix);
        if (QFileInfo::exists(from + suffix))
            QVERIFY(QFile::copy(from + suffix, to + suffix));
    }
}

void TestBackup::removeWithSidecars(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

void TestBackup::snapshotWithWal(const QString &from, const QString &councilName, const QString &to)
{
    auto opened = Archive::open(from);
    QVERIFY2(opened.archive, qPrintable(opened.message));
    sql::Query(opened.archive->database(), u"UPDATE council SET name = :name"_s)
        .bind(u":name"_s, councilName)
        .exec();
    QVERIFY(QFileInfo(from + u"-wal"_s).size() > 0);
    copyWithSidecars(from, to); // while open: the change is in the WAL only
}

QStringList TestBackup::restoreFiles(const QString &archive) const
{
    const QString name = QFileInfo(archive).fileName();
    QStringList found = QDir(QFileInfo(archive).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    found.removeIf([&](const QString &file) { return !file.startsWith(name + u".restor"_s); });
    return found;
}

QByteArray TestBackup::exportOfCopy(const QString &archive)
{
    const QString scratch = path(u"scratch.kiroku"_s);
    removeWithSidecars(scratch);
    copyWithSidecars(archive, scratch);
    const QByteArray result = exportOf(scratch);
    removeWithSidecars(scratch);
    return result;
}

void TestBackup::verifyRecovered(const QString &archive, const QByteArray &oldExport,
                                 const QByteArray &backupExport, const QString &earlierKept,
                                 const QByteArray &earlierKeptPrint, bool *isBackup)
{
    QByteArray now;
    {
        const Archive::Opened opened = Archive::open(archive); // recovers, then checks the whole file
        QVERIFY2(opened.archive, qPrintable(opened.message));
        now = contentOf(opened.archive->database());
    }
    QVERIFY(now == oldExport || now == backupExport);
    *isBackup = now == backupExport;
    QCOMPARE(restoreFiles(archive), QStringList());
    QCOMPARE(test::fingerprint(earlierKept), earlierKeptPrint);
    const QStringList kept = Backup::keptArchives(archive);
    QVERIFY(kept.contains(earlierKept));
    if (*isBackup) {
        // The replaced archive is kept with its WAL: the change only there is not lost.
        QCOMPARE(kept.size(), 2);
        QVERIFY(kept.first() != earlierKept);
        QCOMPARE(exportOfCopy(kept.first()), oldExport);
    } else {
        QCOMPARE(kept.size(), 1);
    }
}

void TestBackup::restoreInterruptedAtEveryStep()
{
    // A year more than the demo: more than one chunk to copy, so that the copy is interrupted half-way too.
    const QString archive = path(u"b.kiroku"_s);
    QString backup;
    {
        auto opened = Archive::open(archive, Archive::OpenMode::CreateIfMissing);
        QVERIFY(opened.archive);
        DemoOptions options;
        options.extraYears = 1;
        DemoArchive::write(opened.archive->database(), options);
        backup = Backup::write(*opened.archive);
    }
    const QString old = path(u"old.kiroku"_s);
    snapshotWithWal(archive, u"changed after the backup"_s, old);
    const QByteArray oldExport = exportOfCopy(old);
    const QByteArray backupExport = exportOf(backup);
    QVERIFY(oldExport != backupExport);
    // A restore of long ago, kept under the name of earlier versions: never touched.
    const QString earlierKept = archive + u".before-restore"_s;
    QVERIFY(QFile::copy(backup, earlierKept));
    const QByteArray earlierPrint = test::fingerprint(earlierKept);
    QVERIFY(QFileInfo(backup).size() > 1 << 20);

    int steps = 0;
    int keptOld = 0, gotBackup = 0, recoveredWithNotice = 0;
    for (;; ++steps) {
        QVERIFY2(steps < 100, "the protocol never completes");
        removeWithSidecars(archive);
        for (const QString &kept : Backup::keptArchives(archive)) {
            if (kept != earlierKept)
                removeWithSidecars(kept);
        }
        copyWithSidecars(old, archive);
        const bool completed = Backup::restoreUpToStep(archive, backup, steps);
        const bool leftSomething = !restoreFiles(archive).isEmpty();
        QCOMPARE(leftSomething, !completed && steps > 0);
        const QString recovered = Backup::recoverInterruptedRestore(archive);
        QCOMPARE(recovered.isEmpty(), !leftSomething);
        recoveredWithNotice += !recovered.isEmpty();
        bool isBackup = false;
        verifyRecovered(archive, oldExport, backupExport, earlierKept, earlierPrint, &isBackup);
        if (QTest::currentTestFailed()) {
            qWarning("interrupted after step %d", steps);
            return;
        }
        (isBackup ? gotBackup : keptOld) += 1;
        if (completed) {
            QVERIFY(isBackup);
            break;
        }
    }
    // Copy chunks, sync, stage, intent, the archive and its WAL and shm set aside, in place: at least 7.
    QVERIFY2(steps >= 7, qPrintable(QString::number(steps)));
    QVERIFY(keptOld > 0 && gotBackup > 1); // both ways out were taken
    qInfo("%d steps: interrupted %d times, %d recovered with a notice; %d times the archive stayed as it "
          "was, %d times the backup was in place",
          steps, steps, recoveredWithNotice, keptOld, gotBackup - 1);

    // Archive::open recovers by itself and passes the notice on.
    removeWithSidecars(archive);
    for (const QString &kept : Backup::keptArchives(archive)) {
        if (kept != earlierKept)
            removeWithSidecars(kept);
    }
    copyWithSidecars(old, archive);
    QVERIFY(!Backup::restoreUpToStep(archive, backup, steps - 1)); // the backup is in place, not the note
    {
        const Archive::Opened opened = Archive::open(archive);
        QVERIFY2(opened.archive, qPrintable(opened.message));
        QVERIFY2(opened.recovered.contains(u"completed"_s), qPrintable(opened.recovered));
        QCOMPARE(ArchiveJson::exportArchiveBytes(opened.archive->database()), backupExport);
    }
    QCOMPARE(restoreFiles(archive), QStringList());
}

void TestBackup::restoreTwiceKeepsBothOriginals()
{
    const QString archive = path(u"a.kiroku"_s);
    QString backup;
    {
        auto opened = Archive::open(archive);
        backup = Backup::write(*opened.archive);
    }
    const auto rename = [&](const QString &name) {
        auto opened = Archive::open(archive);
        sql::Query(opened.archive->database(), u"UPDATE council SET name = :name"_s)
            .bind(u":name"_s, name)
            .exec();
        return ArchiveJson::exportArchiveBytes(opened.archive->database());
    };
    const QByteArray first = rename(u"first"_s);
    const QString kept1 = Backup::restore(archive, backup);
    const QByteArray second = rename(u"second"_s);
    const QString kept2 = Backup::restore(archive, backup);
    // Twice within a second: the second name gets -2.
    const QRegularExpression dated(QRegularExpression::escape(archive) +
                                   u"\\.before-restore-\\d{8}-\\d{6}(-\\d+)?$"_s);
    QVERIFY2(dated.match(kept1).hasMatch(), qPrintable(kept1));
    QVERIFY2(dated.match(kept2).hasMatch(), qPrintable(kept2));
    QVERIFY(kept1 != kept2);
    QCOMPARE(Backup::keptArchives(archive), (QStringList{kept2, kept1}));
    QCOMPARE(exportOf(kept1), first);
    QCOMPARE(exportOf(kept2), second);
    QCOMPARE(exportOf(archive), exportOf(backup));
}

void TestBackup::missingArchiveNamesKeptOne()
{
    const QString archive = path(u"a.kiroku"_s);
    QString backup;
    {
        auto opened = Archive::open(archive);
        backup = Backup::write(*opened.archive);
    }
    const QString kept = Backup::restore(archive, backup);
    QVERIFY(QFile::remove(archive));
    const Archive::Opened opened = Archive::open(archive);
    QVERIFY(!opened.archive);
    QCOMPARE(int(opened.problem), int(Archive::Problem::NotFound));
    QVERIFY2(opened.message.contains(kept), qPrintable(opened.message));
    QVERIFY(!QFileInfo::exists(archive)); // nothing was created or moved
    QVERIFY(QFileInfo::exists(kept));
}

void TestBackup::earlierVersionsInterruptedRestoreIsFinished()
{
    // What earlier versions left when killed between their two renames: the copy and the replaced
    // archive, no archive and no note.
    const QString archive = path(u"a.kiroku"_s);
    QString backup;
    {
        auto opened = Archive::open(archive);
        backup = Backup::write(*opened.archive);
    }
    const QString old = path(u"old.kiroku"_s);
    snapshotWithWal(archive, u"changed after the backup"_s, old);
    const QByteArray oldExport = exportOfCopy(old);
    removeWithSidecars(archive);
    copyWithSidecars(old, archive + u".before-restore"_s);
    QVERIFY(QFile::copy(backup, archive + u".restoring"_s));
    const Archive::Opened opened = Archive::open(archive);
    QVERIFY2(opened.archive, qPrintable(opened.message));
    QVERIFY2(opened.recovered.contains(archive + u".before-restore"_s), qPrintable(opened.recovered));
    QCOMPARE(ArchiveJson::exportArchiveBytes(opened.archive->database()), exportOf(backup));
    QCOMPARE(restoreFiles(archive), QStringList());
    QCOMPARE(exportOfCopy(archive + u".before-restore"_s), oldExport);
}

void TestBackup::killedRestoreProcess()
{
    const QString binary = QStringLiteral(KIROKU_BINARY);
    QVERIFY2(QFileInfo::exists(binary), "the kiroku program is not built");
    // An archive of some 20 MB: the copy, its sync and the renames take long enough to be hit.
    const QString archive = path(u"big.kiroku"_s);
    QString backup;
    {
        auto opened = Archive::open(archive, Archive::OpenMode::CreateIfMissing);
        QVERIFY(opened.archive);
        DemoOptions options;
        options.extraYears = 20;
        DemoArchive::write(opened.archive->database(), options);
        backup = Backup::write(*opened.archive);
    }
    QVERIFY2(QFileInfo(backup).size() > 10 << 20, qPrintable(QString::number(QFileInfo(backup).size())));
    m_summaries = true;
    const QString old = path(u"big-old.kiroku"_s);
    snapshotWithWal(archive, u"changed after the backup"_s, old);
    const QByteArray oldContent = exportOfCopy(old);
    const QByteArray backupContent = exportOf(backup);
    QVERIFY(oldContent != backupContent);
    const QString earlierKept = archive + u".before-restore-20200401-090000"_s;
    QVERIFY(QFile::copy(backup, earlierKept));
    const QByteArray earlierPrint = test::fingerprint(earlierKept);
    const QString lock = archive + u".restore-lock"_s;

    const auto reset = [&] {
        removeWithSidecars(archive);
        for (const QString &kept : Backup::keptArchives(archive)) {
            if (kept != earlierKept)
                removeWithSidecars(kept);
        }
        copyWithSidecars(old, archive);
    };
    const auto start = [&](QProcess &process) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"KIROKU_LANG"_s, u"en"_s);
        process.setProcessEnvironment(environment);
        process.start(binary, {u"restore"_s, u"--archive"_s, archive, backup});
        if (!process.waitForStarted())
            qWarning("%s", qPrintable(process.errorString()));
        return process.state() == QProcess::Running;
    };
    // Polls until the restore has taken its lock (its protocol begins) or has ended.
    const auto waitForProtocol = [&](QProcess &process) {
        QDeadlineTimer deadline(20000);
        while (!QFileInfo::exists(lock) && !process.waitForFinished(0) && !deadline.hasExpired())
            QThread::usleep(200);
    };

    // One restore to its end: how long it takes, and what it says.
    reset();
    QElapsedTimer clock;
    qint64 whole = 0, protocol = 0;
    {
        QProcess process;
        clock.start();
        QVERIFY(start(process));
        waitForProtocol(process);
        const qint64 locked = clock.elapsed();
        QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(60000));
        whole = clock.elapsed();
        protocol = whole - locked;
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QVERIFY2(out.contains(u"kept as "_s + archive + u".before-restore-"_s), qPrintable(out));
        QVERIFY2(out.contains(earlierKept), qPrintable(out));
        bool isBackup = false;
        verifyRecovered(archive, oldContent, backupContent, earlierKept, earlierPrint, &isBackup);
        QVERIFY(isBackup);
    }

    // Then killed (SIGKILL) at random moments: every other time anywhere in such a run, else while its
    // protocol runs (after the lock appeared).
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    QMap<QString, int> found; // what each kill left
    int tries = 0, oldKept = 0, backupInPlace = 0, midway = 0;
    clock.start();
    for (; tries < 30 && clock.elapsed() < 120000; ++tries) {
        reset();
        QProcess process;
        QVERIFY(start(process));
        if (tries % 2)
            waitForProtocol(process);
        const int delay = int(random.bounded(quint32((tries % 2 ? protocol : whole) + 1)));
        const bool finished = process.waitForFinished(delay); // a wait for the program, no longer
        if (!finished) {
            process.kill();
            QVERIFY(process.waitForFinished(10000));
        }
        QStringList left = restoreFiles(archive);
        left.replaceInStrings(QFileInfo(archive).fileName(), u"A"_s);
        left.replaceInStrings(QRegularExpression(u"-[0-9a-f]{8}$"_s), u"-XXXXXXXX"_s);
        if (!QFileInfo::exists(archive))
            left << u"(A missing)"_s;
        const QString state = finished ? u"finished"_s : left.isEmpty() ? u"nothing"_s : left.join(u" "_s);
        found[state] += 1;
        midway += !finished && !left.isEmpty() && left != QStringList{u"A.restore-lock"_s};
        bool isBackup = false;
        verifyRecovered(archive, oldContent, backupContent, earlierKept, earlierPrint, &isBackup);
        if (QTest::currentTestFailed()) {
            qWarning("seed %u, try %d, killed after %d ms, left: %s", seed, tries, delay, qPrintable(state));
            return;
        }
        (isBackup ? backupInPlace : oldKept) += 1;
    }
    QStringList summary;
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        summary << u"%1 × %2"_s.arg(it.value()).arg(it.key());
    qInfo(
        "seed %u; a whole restore %lld ms, its protocol %lld ms; %d kills in %lld s: %d mid-way, archive as "
        "it was %d, backup in place %d; left: %s",
        seed, whole, protocol, tries, clock.elapsed() / 1000, midway, oldKept, backupInPlace,
        qPrintable(summary.join(u"; "_s)));
    QVERIFY(tries >= 10);
    QVERIFY2(midway > 0, "no kill landed while the restore had files to recover");
}

void TestBackup::restoreLockIsHonoured()
{
    const QString archive = path(u"a.kiroku"_s);
    QString backup;
    {
        auto opened = Archive::open(archive);
        backup = Backup::write(*opened.archive);
    }
    const QByteArray backupExport = exportOf(backup);
    {
        auto opened = Archive::open(archive);
        sql::execute(opened.archive->database(), u"UPDATE council SET name = 'changed after the backup'"_s);
    }
    const QString lock = archive + u".restore-lock"_s;
    // The backup staged and the note written: what another program's restore shows while it runs.
    QVERIFY(!Backup::restoreUpToStep(archive, backup, 4)); // one chunk, synced, staged, the note
    const QStringList during = restoreFiles(archive);
    QCOMPARE(during, (QStringList{u"a.kiroku.restore-intent"_s, u"a.kiroku.restoring"_s}));
    {
        QLockFile running(lock);
        QVERIFY(running.tryLock(0));
        // Held by a live program: refused, and nothing touched, however old the lock.
        {
            QFile file(lock);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-60),
                                     QFileDevice::FileModificationTime));
        }
        const Archive::Opened refused = Archive::open(archive);
        QVERIFY(!refused.archive);
        QVERIFY2(refused.message.contains(u"under way"_s), qPrintable(refused.message));
        QVERIFY_THROWS_EXCEPTION(StoreError, Backup::restore(archive, backup));
        QVERIFY(QFileInfo::exists(lock));
        QCOMPARE(restoreFiles(archive), (QStringList{u"a.kiroku.restore-intent"_s, u"a.kiroku.restore-lock"_s,
                                                     u"a.kiroku.restoring"_s}));
    }
    // A lock file its program left empty when killed is taken over.
    QVERIFY(test::writeBytes(lock, {}));
    {
        QFile file(lock);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(
            file.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
    }
    const Archive::Opened opened = Archive::open(archive);
    QVERIFY2(opened.archive, qPrintable(opened.message));
    QVERIFY2(opened.recovered.contains(u"as it was"_s), qPrintable(opened.recovered));
    QVERIFY(ArchiveJson::exportArchiveBytes(opened.archive->database()) != backupExport);
    QCOMPARE(restoreFiles(archive), QStringList());
}

void TestBackup::staleLeftoversRemovedAndReported()
{
    const QString archive = path(u"a.kiroku"_s);
    const QDateTime hourAgo = QDateTime::currentDateTime().addSecs(-3600);
    const auto make = [](const QString &file, int bytes, const QDateTime &modified) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(QByteArray(bytes, 'x')), qint64(bytes));
        QVERIFY(out.flush()); // else closing writes again, and dates the file now
        if (modified.isValid())
            QVERIFY(out.setFileTime(modified, QFileDevice::FileModificationTime));
    };
    const QString folder = Backup::folderFor(archive);
    QVERIFY(QDir().mkpath(folder));
    const QString out = path(u"out"_s);
    QVERIFY(QDir().mkpath(out));
    // Killed backups (stale), one still being written (fresh), one whose journal is fresh (running).
    make(folder + u"/a-20260101-100000.kiroku.part-0a1b2c3d"_s, 3000, hourAgo);
    make(folder + u"/a-20260101-100000.kiroku.part-0a1b2c3d-journal"_s, 500, hourAgo);
    make(folder + u"/a-20260101-110000.kiroku.part-11111111"_s, 100, {});
    make(folder + u"/a-20260101-120000.kiroku.part-22222222"_s, 100, hourAgo);
    make(folder + u"/a-20260101-120000.kiroku.part-22222222-journal"_s, 100, {});
    make(out + u"/copy.kiroku.part-deadbeef"_s, 2000, hourAgo);
    make(out + u"/copy.kiroku.part-deadbeef-wal"_s, 700, hourAgo);
    make(out + u"/notes.txt"_s, 10, hourAgo); // not ours
    const QStringList fresh{folder + u"/a-20260101-110000.kiroku.part-11111111"_s,
                            folder + u"/a-20260101-120000.kiroku.part-22222222"_s,
                            folder + u"/a-20260101-120000.kiroku.part-22222222-journal"_s,
                            out + u"/notes.txt"_s};

    auto opened = Archive::open(archive);
    QVERIFY(opened.archive);
    // A killed restore's copies beside the archive (left after this open: a recovery would take them).
    make(archive + u".restoring-0badf00d"_s, 400, hourAgo);
    make(archive + u".restoring"_s, 300, hourAgo);
    make(archive + u".restoring-12345678"_s, 50, {});

    QList<Backup::Removed> removed;
    const QString written = Backup::write(*opened.archive, out + u"/new.kiroku"_s, &removed);
    QVERIFY(QFileInfo::exists(written));
    QMap<QString, qint64> byPath;
    for (const Backup::Removed &file : removed)
        byPath[QFileInfo(file.path).absoluteFilePath()] = file.bytes;
    const QMap<QString, qint64> expected{{folder + u"/a-20260101-100000.kiroku.part-0a1b2c3d"_s, 3000},
                                         {folder + u"/a-20260101-100000.kiroku.part-0a1b2c3d-journal"_s, 500},
                                         {out + u"/copy.kiroku.part-deadbeef"_s, 2000},
                                         {out + u"/copy.kiroku.part-deadbeef-wal"_s, 700},
                                         {archive + u".restoring-0badf00d"_s, 400},
                                         {archive + u".restoring"_s, 300}};
    QCOMPARE(byPath, expected);
    for (const QString &file : expected.keys())
        QVERIFY2(!QFileInfo::exists(file), qPrintable(file));
    for (const QString &file : fresh)
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
    QVERIFY(QFileInfo::exists(archive + u".restoring-12345678"_s));
    opened.archive.reset();

    // The command line says what it removed, and how much.
    const QString binary = QStringLiteral(KIROKU_BINARY);
    QVERIFY2(QFileInfo::exists(binary), "the kiroku program is not built");
    make(folder + u"/a-20260102-100000.kiroku.part-33333333"_s, 1234, hourAgo);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"KIROKU_LANG"_s, u"en"_s);
    process.setProcessEnvironment(environment);
    process.start(binary, {u"backup"_s, u"--archive"_s, archive});
    QVERIFY(process.waitForFinished(60000));
    const QString said = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QVERIFY2(
        said.contains(u"Removed "_s + folder + u"/a-20260102-100000.kiroku.part-33333333 (1234 bytes)"_s),
        qPrintable(said));
    QVERIFY2(!said.contains(u"part-11111111"_s), qPrintable(said));
    QVERIFY(QFileInfo::exists(folder + u"/a-20260101-110000.kiroku.part-11111111"_s));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
