// Drives the real `kiroku` executable as scripts and municipal IT staff would.
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <utility>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void version();
    void demoExportImportExportIsIdentical();
    void listShowsMeetingsInWareki();
    void badArchives_data();
    void badArchives();
    void demoRefusesNonEmptyArchive();
    void importOfBadJsonLeavesNothing();
    void usageErrors();
    void printsRecordPdf();
    void checkAndMaskedPlaces();
    void helpListsEverySubcommand();
    void archiveCommandsNeedNoFullProgram();
    void windowOpensThroughTheFront();
    void verifyAnchorsTheChainHead();
    void translatableStringsAreExtracted();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    // Runs `program` (the `kiroku` front by default) with KIROKU_LANG=en and `environment` added.
    Result run(const QStringList &arguments, const QString &program = QStringLiteral(KIROKU_BINARY),
               const QList<std::pair<QString, QString>> &environment = {});
    QString pathOf(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

TestCli::Result TestCli::run(const QStringList &arguments, const QString &program,
                             const QList<std::pair<QString, QString>> &environment)
{
    QProcess process;
    QProcessEnvironment variables = QProcessEnvironment::systemEnvironment();
    variables.insert(u"KIROKU_LANG"_s, u"en"_s);
    for (const auto &[name, value] : environment)
        variables.insert(name, value);
    process.setProcessEnvironment(variables);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::version()
{
    const Result r = run({u"--version"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(u"kiroku "_s));
}

void TestCli::demoExportImportExportIsIdentical()
{
    const QString a = pathOf(u"a.kiroku"_s);
    const QString b = pathOf(u"b.kiroku"_s);
    Result r = run({u"demo"_s, u"--archive"_s, a});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"export"_s, u"--archive"_s, a, u"-o"_s, pathOf(u"a.json"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"import"_s, u"--archive"_s, b, pathOf(u"a.json"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"export"_s, u"--archive"_s, b, u"-o"_s, pathOf(u"b.json"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QByteArray first = kiroku::test::fingerprint(pathOf(u"a.json"_s));
    QVERIFY(!first.isEmpty());
    QCOMPARE(kiroku::test::fingerprint(pathOf(u"b.json"_s)), first);
    QVERIFY(QFileInfo(pathOf(u"a.json"_s)).size() > 50000);
}

void TestCli::listShowsMeetingsInWareki()
{
    const QString a = pathOf(u"a.kiroku"_s);
    QCOMPARE(run({u"demo"_s, u"--archive"_s, a}).code, 0);
    const Result r = run({u"list"_s, u"--archive"_s, a});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"令和7年度\t第1回\t令和7年6月12日(木)"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"諮問第12号"_s));
}

void TestCli::badArchives_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << QByteArray("これは会議録ではありません") << u"not a Kiroku archive"_s;
    QTest::newRow("empty file") << QByteArray() << u"not a Kiroku archive"_s;
    QByteArray corrupt("SQLite format 3\0", 16);
    corrupt.append(QByteArray(5000, '\x11'));
    QTest::newRow("corrupt database") << corrupt << u"archive"_s;
}

void TestCli::badArchives()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString path = pathOf(u"bad.kiroku"_s);
    QVERIFY(kiroku::test::writeBytes(path, bytes));
    const QByteArray before = kiroku::test::fingerprint(path);
    for (const QString &command : {u"list"_s, u"export"_s, u"demo"_s}) {
        QStringList arguments{command, u"--archive"_s, path};
        if (command == u"export"_s)
            arguments << u"-o"_s << pathOf(u"out.json"_s);
        const Result r = run(arguments);
        QVERIFY2(r.code != 0 && r.code != -1, qPrintable(command));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"bad.kiroku"_s), qPrintable(r.err));
        QCOMPARE(kiroku::test::fingerprint(path), before);
    }
    QVERIFY(!QFileInfo::exists(pathOf(u"out.json"_s)));
    const Result missing = run({u"list"_s, u"--archive"_s, pathOf(u"missing.kiroku"_s)});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains(u"does not exist"_s));
}

void TestCli::demoRefusesNonEmptyArchive()
{
    const QString a = pathOf(u"a.kiroku"_s);
    QCOMPARE(run({u"demo"_s, u"--archive"_s, a}).code, 0);
    const QByteArray before = kiroku::test::fingerprint(a);
    const Result r = run({u"demo"_s, u"--archive"_s, a});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(u"already holds"_s));
    QCOMPARE(kiroku::test::fingerprint(a), before);
}

void TestCli::importOfBadJsonLeavesNothing()
{
    const QString json = pathOf(u"bad.json"_s);
    QVERIFY(
        kiroku::test::writeBytes(json, R"({"format":"kiroku-archive","version":1,"councils":[{"id":1}]})"));
    const QString target = pathOf(u"new.kiroku"_s);
    const Result r = run({u"import"_s, u"--archive"_s, target, json});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"Nothing was imported"_s), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(target));
}

void TestCli::usageErrors()
{
    QCOMPARE(run({u"list"_s}).code, 2);
    QCOMPARE(run({u"demo"_s, u"--archive"_s, pathOf(u"x.kiroku"_s), u"--scale"_s, u"lots"_s}).code, 2);
    QVERIFY(!QFileInfo::exists(pathOf(u"x.kiroku"_s)));
    QCOMPARE(run({u"export"_s, u"--archive"_s, pathOf(u"x.kiroku"_s)}).code, 2);
    QCOMPARE(run({u"import"_s, u"--archive"_s, pathOf(u"x.kiroku"_s)}).code, 2);
}

void TestCli::printsRecordPdf()
{
    const QString a = pathOf(u"a.kiroku"_s);
    QCOMPARE(run({u"demo"_s, u"--archive"_s, a}).code, 0);
    const QString pdf = pathOf(u"record.pdf"_s);
    Result r = run({u"print"_s, u"--archive"_s, a, u"--meeting"_s, u"7"_s, u"-o"_s, pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(u"pages"_s));
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(extracted.contains(u"会議録"_s), qPrintable(extracted.left(200)));
    QVERIFY(extracted.contains(u"令和8年11月12日"_s));
    // Bad requests: nothing written.
    const QString other = pathOf(u"other.pdf"_s);
    QCOMPARE(run({u"print"_s, u"--archive"_s, a, u"--meeting"_s, u"9999"_s, u"-o"_s, other}).code, 1);
    QCOMPARE(run({u"print"_s, u"--archive"_s, a, u"--meeting"_s, u"7"_s, u"-o"_s, pathOf(u"r.txt"_s)}).code,
             2);
    QCOMPARE(run({u"print"_s, u"--archive"_s, a, u"-o"_s, other}).code, 2);
    QVERIFY(!QFileInfo::exists(other));
    QVERIFY(!QFileInfo::exists(pathOf(u"r.txt"_s)));
    r = run({u"print"_s, u"--archive"_s, a, u"--meeting"_s, u"7"_s, u"-o"_s, pathOf(u"r.odt"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFileInfo(pathOf(u"r.odt"_s)).size() > 1000);
    r = run(
        {u"print"_s, u"--archive"_s, a, u"--meeting"_s, u"7"_s, u"--public"_s, u"-o"_s, pathOf(u"r.html"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile html(pathOf(u"r.html"_s));
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().startsWith("<!DOCTYPE html>"));
}

void TestCli::checkAndMaskedPlaces()
{
    const QString a = pathOf(u"a.kiroku"_s);
    QCOMPARE(run({u"demo"_s, u"--archive"_s, a}).code, 0);
    Result r = run({u"check"_s, u"--archive"_s, a, u"--meeting"_s, u"7"_s});
    QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err));
    QCOMPARE(r.code == 0, r.out.contains(u"Ready to finalise."_s));
    QVERIFY(r.out.contains(u"finalise"_s));
    QCOMPARE(run({u"check"_s, u"--archive"_s, a, u"--meeting"_s, u"9999"_s}).code, 1);
    QCOMPARE(run({u"check"_s, u"--archive"_s, a}).code, 2);

    // The public version names every place it masked; the file holds none of them.
    const QString pdf = pathOf(u"public.pdf"_s);
    r = run({u"print"_s, u"--archive"_s, a, u"--meeting"_s, u"7"_s, u"--public"_s, u"--show-masked"_s,
             u"--mask"_s, u"青葉台市役所"_s, u"-o"_s, pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"山岸 聡子"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"緑町三丁目"_s));
    QVERIFY(r.out.contains(u"○○"_s));
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(text.waitForFinished(60000));
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY(extracted.contains(u"会議録"_s));
    for (const QString &leak : {u"山岸"_s, u"緑町三丁目"_s, u"青葉台市役所"_s})
        QVERIFY2(!extracted.contains(leak), qPrintable(leak));
    // A public file may not be named after what it masks.
    const QString named = pathOf(u"山岸様.pdf"_s);
    r = run({u"print"_s, u"--archive"_s, a, u"--meeting"_s, u"7"_s, u"--public"_s, u"-o"_s, named});
    QCOMPARE(r.code, 1);
    QVERIFY(!QFileInfo::exists(named));
}

void TestCli::helpListsEverySubcommand()
{
    // The front answers --help itself; it lists the full program's subcommands too.
    const Result r = run({u"--help"_s});
    QCOMPARE(r.code, 0);
    for (const QString &command :
         {u"demo"_s, u"list"_s, u"export"_s, u"import"_s, u"import-transcript"_s, u"print"_s, u"check"_s,
          u"dashboard"_s, u"consultations"_s, u"letter"_s, u"packet"_s, u"seal"_s, u"verify"_s, u"correct"_s,
          u"versions"_s, u"search"_s, u"backup"_s, u"restore"_s})
        QVERIFY2(r.out.contains(u"kiroku "_s + command + u' '), qPrintable(command));
    QVERIFY(r.out.contains(u"kiroku --version"_s));
}

void TestCli::archiveCommandsNeedNoFullProgram()
{
    const QString a = pathOf(u"a.kiroku"_s);
    QCOMPARE(run({u"demo"_s, u"--archive"_s, a}).code, 0);
    // The front alone, with no kiroku-app beside it or installed: search, sealing and backups run.
    const QString front = pathOf(u"kiroku"_s);
    QVERIFY(QFile::copy(QStringLiteral(KIROKU_BINARY), front));
    Result r = run({u"search"_s, u"--archive"_s, a, u"審議"_s}, front);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"【審議】"_s), qPrintable(r.out));
    r = run({u"verify"_s, u"--archive"_s, a}, front);
    QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    const QString copy = pathOf(u"copy.kiroku"_s);
    r = run({u"backup"_s, u"--archive"_s, a, u"-o"_s, copy}, front);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFileInfo::exists(copy));
    // Everything else is the full program's, and the front says it is missing.
    r = run({u"list"_s, u"--archive"_s, a}, front);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"not completely installed"_s), qPrintable(r.err));
}

void TestCli::windowOpensThroughTheFront()
{
    // No subcommand: the front hands over to the full program, which opens (here: creates) the archive,
    // shows the window offscreen and quits after the first frame.
    const QString a = pathOf(u"new.kiroku"_s);
    const Result r = run({u"--archive"_s, a}, QStringLiteral(KIROKU_BINARY),
                         {{u"KIROKU_QUIT_AFTER_START"_s, u"1"_s}, {u"QT_QPA_PLATFORM"_s, u"offscreen"_s}});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFileInfo::exists(a));
}

void TestCli::verifyAnchorsTheChainHead()
{
    const QString a = pathOf(u"a.kiroku"_s);
    QCOMPARE(run({u"demo"_s, u"--archive"_s, a}).code, 0);
    Result r = run({u"seal"_s, u"--archive"_s, a, u"--all-signed"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Anchored the chain head in "_s), qPrintable(r.out));
    QVERIFY(QFileInfo::exists(pathOf(u"a-backups/seal-anchor.txt"_s)));
    r = run({u"verify"_s, u"--archive"_s, a});
    QVERIFY2(r.code == 0, qPrintable(r.out));
    const QRegularExpressionMatch head = QRegularExpression(u"Chain head: seal (\\d+), "_s).match(r.out);
    QVERIFY2(head.hasMatch(), qPrintable(r.out));
    const int seq = head.captured(1).toInt();
    QVERIFY(seq >= 2);
    QVERIFY2(r.out.contains(u"Anchor: seal %1, anchored on "_s.arg(seq)), qPrintable(r.out));
    // The newest seal and its meeting removed with sqlite3, triggers first.
    qint64 meeting = 0;
    {
        kiroku::test::RawConnection raw(a);
        QSqlQuery q(raw.db());
        QVERIFY(
            q.exec(u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE 'search%'"_s));
        QStringList triggers;
        while (q.next())
            triggers << q.value(0).toString();
        for (const QString &name : triggers)
            QVERIFY(q.exec(u"DROP TRIGGER "_s + name));
        QVERIFY(q.exec(u"SELECT meeting_id FROM seal WHERE seq = %1"_s.arg(seq)) && q.next());
        meeting = q.value(0).toLongLong();
        QVERIFY(q.exec(u"PRAGMA foreign_keys = ON"_s));
        QVERIFY(q.exec(u"DELETE FROM seal WHERE seq = %1"_s.arg(seq)));
        QVERIFY(q.exec(u"DELETE FROM meeting WHERE id = %1"_s.arg(meeting)));
    }
    for (int attempt = 0; attempt < 2; ++attempt) { // a failed verify does not move the anchor
        r = run({u"verify"_s, u"--archive"_s, a});
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.out.contains(
                u"MISMATCH seal %1, meeting %2, version 1: deleted — The chain ended at seal %1"_s.arg(seq)
                    .arg(meeting)),
            qPrintable(r.out));
        QVERIFY(r.out.contains(u"now it ends at seal %1."_s.arg(seq - 1)));
        QVERIFY(r.out.contains(u"1 mismatches"_s));
    }
}

void TestCli::translatableStringsAreExtracted()
{
    // A string lupdate does not find, or files under another context than the one it is looked up in
    // at run time, stays English in every language.
    const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + u"/lupdate"_s;
    if (!QFileInfo(lupdate).isExecutable())
        QSKIP("lupdate is not installed");
    const QString core = QStringLiteral(KIROKU_FIXTURES_DIR) + u"/../../core"_s;
    const QString ts = pathOf(u"extracted_ja.ts"_s);
    QProcess process;
    process.start(lupdate, {u"-I"_s, core, core + u"/cli/CliRecord.cpp"_s, core + u"/cli/CliSealing.cpp"_s,
                            core + u"/archive/Sealing.cpp"_s, u"-ts"_s, ts});
    QVERIFY(process.waitForFinished(60000));
    QFile file(ts);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QSet<QString> extracted; // "context|source"
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name"_s)
            context = xml.readElementText();
        else if (xml.name() == u"source"_s)
            extracted << context + u'|' + xml.readElementText();
    }
    for (const QString &expected :
         {u"kiroku::cli|Masked or renamed: %n place(s)."_s, u"kiroku::cli|MISMATCH seal %1: %2 — %3"_s,
          u"kiroku::Sealing|edited"_s, u"kiroku::Sealing|deleted"_s, u"kiroku::Sealing|reordered"_s,
          u"kiroku::Sealing|The file of material “%1”"_s,
          u"kiroku::Sealing|The seals of %1 cannot be read for the anchor: %2"_s})
        QVERIFY2(extracted.contains(expected), qPrintable(expected));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
