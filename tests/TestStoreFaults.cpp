// What the store does when the file, its journal or another program works against it: damaged pages
// are reported (never a silent short read), a damaged WAL is kept and explained (never applied in part
// and deleted), a second writer waits for the first, stored files never change. Through the store and
// through the real `kiroku` executable.
#include "archive/Backup.h"
#include "io/DemoArchive.h"
#include "store/Archive.h"
#include "store/JournalCheck.h"
#include "store/MaterialRepository.h"
#include "store/Sql.h"

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace kiroku;
using kiroku::test::RawConnection;

namespace {

struct Result
{
    int code = -1;
    QString out;
    QString err;
};

Result runKiroku(const QStringList &arguments, const QString &language = u"en"_s)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"KIROKU_LANG"_s, language);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KIROKU_BINARY), arguments);
    Result r;
    if (!process.waitForFinished(120000))
        return r;
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestStoreFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString demo(const QString &name)
    {
        const QString file = path(name);
        auto opened = Archive::open(file, Archive::OpenMode::CreateIfMissing);
        if (!opened.archive)
            return {};
        DemoArchive::write(opened.archive->database());
        return file;
    }

private Q_SLOTS:
    // A stored file is never updated, whatever program asks: its bytes are what seals vouch for.
    void storedFilesNeverChange()
    {
        auto archive = Archive::openInMemory();
        MaterialRepository materials(archive->database());
        const Id id = materials.storeFile("%PDF-1.4 original");
        QSqlQuery q(archive->database());
        QVERIFY(!q.exec(u"UPDATE stored_file SET data = X'00' WHERE id = %1"_s.arg(id)));
        QVERIFY2(q.lastError().text().contains(u"never changes"_s), qPrintable(q.lastError().text()));
        QCOMPARE(materials.file(id)->data, QByteArray("%PDF-1.4 original"));
    }

    // Bytes swapped behind the store's back (the trigger dropped) are refused when read, so no packet
    // or viewer hands them on.
    void swappedBytesAreRefusedOnRead()
    {
        auto archive = Archive::openInMemory();
        MaterialRepository materials(archive->database());
        const Id id = materials.storeFile("%PDF-1.4 original");
        sql::execute(archive->database(), u"DROP TRIGGER stored_file_update"_s);
        sql::execute(archive->database(),
                     u"UPDATE stored_file SET data = X'255044462D312E34' WHERE id = %1"_s.arg(id));
        try {
            materials.file(id);
            QFAIL("swapped bytes were read");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreError::Kind::Damaged);
            QVERIFY2(error.message().contains(u"SHA-256"_s), qPrintable(error.message()));
        }
    }

    // One 4 KiB page zeroed in the middle of the file, size and time kept: export, and every command
    // that reads that page, fails with "damaged" and names the last good backup; nothing exits 0 with
    // data missing.
    void damagedPageIsNeverReadInSilence()
    {
        const QString archive = demo(u"paged.kiroku"_s);
        QVERIFY(!archive.isEmpty());
        {
            auto opened = Archive::open(archive);
            QVERIFY(opened.archive);
            Backup::write(*opened.archive);
        }
        // A read-only command remembers a good check; the page is damaged afterwards.
        QCOMPARE(runKiroku({u"list"_s, u"--archive"_s, archive}).code, 0);
        const QDateTime modified = QFileInfo(archive).lastModified();
        const qint64 size = QFileInfo(archive).size();
        {
            QFile file(archive);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pages = size / 4096;
            QVERIFY(pages > 8);
            file.seek((pages / 2) * 4096);
            file.write(QByteArray(4096, '\0'));
            file.close();
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(modified, QFileDevice::FileModificationTime));
        }
        QCOMPARE(QFileInfo(archive).size(), size);
        const QString json = path(u"paged.json"_s);
        const Result exported = runKiroku({u"export"_s, u"--archive"_s, archive, u"-o"_s, json});
        QCOMPARE(exported.code, 1);
        QVERIFY2(exported.err.contains(u"damaged"_s), qPrintable(exported.err));
        QVERIFY2(exported.err.contains(Backup::folderFor(archive)), qPrintable(exported.err));
        QVERIFY(!QFileInfo::exists(json));
        // In Japanese, without SQLite's own words.
        const Result japanese = runKiroku({u"export"_s, u"--archive"_s, archive, u"-o"_s, json}, u"ja"_s);
        QCOMPARE(japanese.code, 1);
        QVERIFY2(japanese.err.contains(u"破損"_s), qPrintable(japanese.err));
        QVERIFY2(!japanese.err.contains(u"malformed"_s), qPrintable(japanese.err));
    }

    // A row that cannot be read ends a loop with an error, not as if the table ended there.
    void shortReadThrows()
    {
        const QString archive = demo(u"short.kiroku"_s);
        // A leaf page in the middle of the statements (SQLite's dbstat table says which pages).
        qint64 page = 0, pageSize = 0;
        {
            RawConnection raw(archive);
            QSqlQuery q(raw.db());
            QVERIFY(q.exec(u"SELECT pageno FROM dbstat WHERE name = 'statement' AND pagetype = 'leaf' "
                           "ORDER BY pageno"_s));
            QVector<qint64> leaves;
            while (q.next())
                leaves << q.value(0).toLongLong();
            QVERIFY2(leaves.size() > 4, qPrintable(QString::number(leaves.size())));
            page = leaves.at(leaves.size() / 2);
            QVERIFY(q.exec(u"PRAGMA page_size"_s) && q.next());
            pageSize = q.value(0).toLongLong();
        }
        {
            QFile file(archive);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek((page - 1) * pageSize);
            file.write(QByteArray(pageSize, '\0'));
        }
        auto opened = Archive::open(archive, Archive::OpenMode::MustExist, Archive::IntegrityCheck::Deferred);
        QVERIFY(opened.archive);
        bool threw = false;
        try {
            sql::Query q(opened.archive->database(), u"SELECT id, text FROM statement ORDER BY id"_s);
            q.exec();
            while (q.next()) {
            }
        } catch (const StoreError &error) {
            threw = true;
            QCOMPARE(error.kind(), StoreError::Kind::Damaged);
        }
        QVERIFY(threw);
    }

    // Five commits in the WAL, bytes flipped in the second frame: nothing is opened, the WAL and the
    // file stay as they were, a copy of both is kept, and the message offers the two ways on.
    void damagedJournalIsKeptAndExplained()
    {
        const QString archive = demo(u"journal.kiroku"_s);
        const QString image = path(u"crash.kiroku"_s);
        {
            RawConnection live(archive);
            QVERIFY(live.exec(u"PRAGMA journal_mode = WAL"_s));
            QVERIFY(live.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
            QVERIFY(live.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            for (int i = 1; i <= 5; ++i)
                QVERIFY(live.exec(u"UPDATE council SET name = name || '%1'"_s.arg(i)));
            // The files as a crash leaves them: the live archive and its WAL.
            QVERIFY(QFile::copy(archive, image));
            QVERIFY(QFile::copy(archive + u"-wal"_s, image + u"-wal"_s));
        }
        JournalInspection sound = JournalCheck::inspect(image);
        QVERIFY(!sound.damaged);
        QCOMPARE(sound.keptCommits, 5);
        QFile wal(image + u"-wal"_s);
        QVERIFY(wal.open(QIODevice::ReadWrite));
        QByteArray bytes = wal.readAll();
        const quint32 pageSize = qFromBigEndian<quint32>(bytes.constData() + 8);
        const qint64 frameSize = 24 + pageSize;
        // The first frame of the second commit (a commit frame carries the database size at offset 4).
        int frame = 0;
        while (qFromBigEndian<quint32>(bytes.constData() + 32 + frame * frameSize + 4) == 0)
            ++frame;
        ++frame;
        const qint64 at = 32 + frame * frameSize + 24 + 100;
        bytes[at] = char(bytes[at] ^ 0x5A);
        wal.seek(0);
        wal.write(bytes);
        wal.close();
        const JournalInspection found = JournalCheck::inspect(image);
        QVERIFY(found.damaged);
        QCOMPARE(found.firstBadFrame, frame + 1);
        QCOMPARE(found.keptCommits, 1);
        QCOMPARE(found.lostCommits, 4);

        const QByteArray walBefore = readAll(image + u"-wal"_s), fileBefore = readAll(image);
        const Result listed = runKiroku({u"list"_s, u"--archive"_s, image});
        QCOMPARE(listed.code, 1);
        QVERIFY2(listed.err.contains(u"journal"_s) && listed.err.contains(u"recover-journal"_s),
                 qPrintable(listed.err));
        QCOMPARE(readAll(image + u"-wal"_s), walBefore); // not applied, not deleted
        QCOMPARE(readAll(image), fileBefore);
        const QStringList copies =
            QDir(m_dir.path()).entryList({u"crash.kiroku.damaged-journal-*-wal"_s}, QDir::Files);
        QCOMPARE(copies.size(), 1);
        QCOMPARE(readAll(m_dir.filePath(copies.first())), walBefore);

        // The clerk's choice: without the damaged part. The first commit survives; the copy stays.
        const Result recovered = runKiroku({u"recover-journal"_s, u"--archive"_s, image});
        QVERIFY2(recovered.code == 0, qPrintable(recovered.err));
        QVERIFY2(recovered.out.contains(u"1 saved change(s) kept, 4 dropped"_s), qPrintable(recovered.out));
        auto opened = Archive::open(image);
        QVERIFY2(opened.archive, qPrintable(opened.message));
        const QString name =
            sql::scalar(opened.archive->database(), u"SELECT name FROM council"_s).toString();
        QVERIFY2(name.endsWith(u"1"_s) && !name.endsWith(u"12"_s), qPrintable(name));
        QCOMPARE(readAll(m_dir.filePath(copies.first())), walBefore);
    }

    // A WAL whose last transaction was cut short (a crash while writing) is normal: it opens.
    void tornLastFrameIsNormal()
    {
        const QString archive = demo(u"torn.kiroku"_s);
        const QString image = path(u"torn-crash.kiroku"_s);
        {
            RawConnection live(archive);
            QVERIFY(live.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
            QVERIFY(live.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            for (int i = 1; i <= 3; ++i)
                QVERIFY(live.exec(u"UPDATE council SET name = name || '%1'"_s.arg(i)));
            QVERIFY(QFile::copy(archive, image));
            QVERIFY(QFile::copy(archive + u"-wal"_s, image + u"-wal"_s));
        }
        QFile wal(image + u"-wal"_s);
        QVERIFY(wal.open(QIODevice::ReadWrite));
        QVERIFY(wal.resize(wal.size() - 1000)); // the last frame half written
        wal.close();
        QVERIFY(!JournalCheck::inspect(image).damaged);
        auto opened = Archive::open(image);
        QVERIFY2(opened.archive, qPrintable(opened.message));
    }

    // Two writers at once: the second waits for the first (within the 5 s busy timeout) and both
    // succeed; a lock held longer gives a clear message that another program is writing.
    void secondWriterWaits()
    {
        const QString archive = demo(u"writers.kiroku"_s);
        std::atomic<bool> locked{false};
        std::atomic<bool> committed{false};
        std::thread other([&] {
            RawConnection db(archive, u"QSQLITE_BUSY_TIMEOUT=5000"_s);
            db.exec(u"BEGIN IMMEDIATE"_s);
            db.exec(u"UPDATE council SET name = name || 'A'"_s);
            locked = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            committed = db.exec(u"COMMIT"_s);
        });
        QTRY_VERIFY(locked.load());
        auto opened = Archive::open(archive);
        QVERIFY(opened.archive);
        QElapsedTimer timer;
        timer.start();
        try {
            // A read first, then a write: the deferred transaction that failed at once before.
            sql::Transaction transaction(opened.archive->database());
            sql::scalar(opened.archive->database(), u"SELECT COUNT(*) FROM council"_s);
            sql::execute(opened.archive->database(), u"UPDATE council SET name = name || 'B'"_s);
            transaction.commit();
        } catch (const StoreError &error) {
            other.join();
            QFAIL(qPrintable(error.message()));
        }
        other.join();
        QVERIFY(committed.load());
        QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
        const QString name =
            sql::scalar(opened.archive->database(), u"SELECT name FROM council"_s).toString();
        QVERIFY2(name.endsWith(u"AB"_s), qPrintable(name));
    }

    void lockHeldTooLongIsExplained()
    {
        const QString archive = demo(u"held.kiroku"_s);
        std::atomic<bool> locked{false};
        std::atomic<bool> release{false};
        std::thread other([&] {
            RawConnection db(archive);
            db.exec(u"BEGIN IMMEDIATE"_s);
            locked = true;
            for (int i = 0; i < 200 && !release; ++i) // 8 s at most
                std::this_thread::sleep_for(std::chrono::milliseconds(40));
            db.exec(u"ROLLBACK"_s);
        });
        QTRY_VERIFY(locked.load());
        auto opened = Archive::open(archive);
        QVERIFY(opened.archive);
        StoreError::Kind kind = StoreError::Kind::Refused;
        QString message;
        try {
            sql::Transaction transaction(opened.archive->database());
            transaction.commit();
        } catch (const StoreError &error) {
            kind = error.kind();
            message = error.message();
        }
        release = true;
        other.join();
        QCOMPARE(kind, StoreError::Kind::Busy);
        QVERIFY2(message.contains(u"Another program is writing"_s), qPrintable(message));
    }

    // Two processes appending transcripts to one archive at once: both succeed, every statement lands.
    void twoImportsAtOnce()
    {
        const QString archive = demo(u"imports.kiroku"_s);
        const QString transcript = path(u"turns.txt"_s);
        {
            QFile f(transcript);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QString text;
            for (int i = 0; i < 200; ++i)
                text += u"（事務局）第%1の説明です。\n"_s.arg(i);
            f.write(text.toUtf8());
        }
        Id meeting = 0;
        int before = 0;
        {
            auto opened = Archive::open(archive);
            meeting =
                sql::scalar(
                    opened.archive->database(),
                    u"SELECT id FROM meeting WHERE status IN ('drafting', 'drafted', 'planned') ORDER BY id LIMIT 1"_s)
                    .toLongLong();
            before = sql::scalar(opened.archive->database(),
                                 u"SELECT COUNT(*) FROM statement WHERE meeting_id = %1"_s.arg(meeting))
                         .toInt();
        }
        QVERIFY(meeting > 0);
        const QStringList arguments{u"import-transcript"_s, u"--archive"_s,           archive,
                                    u"--meeting"_s,         QString::number(meeting), transcript};
        for (int round = 0; round < 3; ++round) {
            QProcess a, b;
            a.start(QStringLiteral(KIROKU_BINARY), arguments);
            b.start(QStringLiteral(KIROKU_BINARY), arguments);
            QVERIFY(a.waitForFinished(60000) && b.waitForFinished(60000));
            QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
            QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
        }
        auto opened = Archive::open(archive);
        const int after = sql::scalar(opened.archive->database(),
                                      u"SELECT COUNT(*) FROM statement WHERE meeting_id = %1"_s.arg(meeting))
                              .toInt();
        QCOMPARE(after - before, 6 * 200);
    }

    // A folder that does not exist is not called read-only.
    void missingFolderIsNamed()
    {
        const QString inMissing = path(u"no-such-folder/a.kiroku"_s);
        const Archive::Opened opened = Archive::open(inMissing, Archive::OpenMode::CreateIfMissing);
        QVERIFY(!opened.archive);
        QVERIFY2(opened.message.contains(u"does not exist"_s), qPrintable(opened.message));
        QVERIFY(!opened.message.contains(u"read-only"_s));
    }
};

QTEST_GUILESS_MAIN(TestStoreFaults)
#include "TestStoreFaults.moc"
