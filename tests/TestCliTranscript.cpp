// kiroku import-transcript, driven through the real executable: the counts it prints, --dry-run and
// --show, the import itself, and bad input (binary, empty, oversize, unknown meeting, mixed
// encodings) refused with a message and the archive left byte for byte as it was.
#include "TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliTranscript : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dryRunPrintsCountsAndChangesNothing();
    void showListsEveryStatement();
    void importsIntoTheMeeting();
    void badInput_data();
    void badInput();
    void justOverTheLimitSaysByHowMuch();
    void usage_data();
    void usage();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result run(const QStringList &arguments);
    QString fixture(const QString &name) const
    {
        return QStringLiteral(KIROKU_FIXTURES_DIR) + u"/transcripts/"_s + name;
    }
    // A fresh copy of the demo archive; returns its path.
    QString freshArchive(const QString &name);
    int statementCount(const QString &archive, const QString &meeting);

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_meeting; // id of the demo's last meeting, which has no statements
};

TestCliTranscript::Result TestCliTranscript::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"KIROKU_LANG"_s, u"en"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KIROKU_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestCliTranscript::freshArchive(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_demo, path) ? path : QString();
}

int TestCliTranscript::statementCount(const QString &archive, const QString &meeting)
{
    const Result r = run({u"list"_s, u"--archive"_s, archive});
    const QRegularExpression row(u"^\\s*"_s + meeting + u"\\t.*\\t(\\d+)$"_s,
                                 QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = row.match(r.out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

void TestCliTranscript::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.kiroku"_s);
    const Result demo = run({u"demo"_s, u"--archive"_s, m_demo});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
    const Result list = run({u"list"_s, u"--archive"_s, m_demo});
    // The last meeting line ends with its statement count, 0.
    const QRegularExpression empty(u"^\\s*(\\d+)\\t[^\\n]*\\t0$"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = empty.match(list.out);
    QVERIFY2(m.hasMatch(), qPrintable(list.out));
    m_meeting = m.captured(1);
}

void TestCliTranscript::dryRunPrintsCountsAndChangesNothing()
{
    const QString archive = freshArchive(u"dry.kiroku"_s);
    const QByteArray before = kiroku::test::fingerprint(archive);
    const Result r = run({u"import-transcript"_s, u"--archive"_s, archive, u"--meeting"_s, m_meeting,
                          u"--dry-run"_s, fixture(u"maru.sjis.txt"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Encoding: Shift_JIS"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Statements: 14 (speeches 9, stage directions 0, headings 5)"_s));
    QVERIFY(r.out.contains(u"Speakers: 5 (4 matched to attendees)"_s));
    QVERIFY(r.out.contains(u"Unrecognised lines: 3"_s));
    QVERIFY(r.out.contains(u"Page numbers and running headers left out: 4"_s));
    QVERIFY(r.out.contains(u"島田委員\t島田 健一（委員）\t1 turn"_s));
    QVERIFY(r.out.contains(u"国保・年金課長\t(no match)"_s));
    QVERIFY(r.out.contains(u"Dry run"_s));
    QCOMPARE(kiroku::test::fingerprint(archive), before);
}

void TestCliTranscript::showListsEveryStatement()
{
    const Result r = run({u"import-transcript"_s, u"--archive"_s, m_demo, u"--meeting"_s, m_meeting,
                          u"--dry-run"_s, u"--show"_s, fixture(u"table.txt"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"6-6\tspeech\t岡部委員\t岡部 誠（委員）\t対象人数は何人でしょうか。\n"_s),
             qPrintable(r.out));
    QVERIFY(r.out.contains(u"8-8\tstage_direction\t\t\t（全員挙手）\n"_s));
}

void TestCliTranscript::importsIntoTheMeeting()
{
    const QString archive = freshArchive(u"import.kiroku"_s);
    QCOMPARE(statementCount(archive, m_meeting), 0);
    const Result r = run({u"import-transcript"_s, u"--archive"_s, archive, u"--meeting"_s, m_meeting,
                          fixture(u"paren.utf16be-bom.txt"_s)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Imported 15 statements into meeting %1."_s.arg(m_meeting)), qPrintable(r.out));
    QCOMPARE(statementCount(archive, m_meeting), 15);
    // The export carries them, speakers and all.
    const QString json = m_dir.filePath(u"import.json"_s);
    QCOMPARE(run({u"export"_s, u"--archive"_s, archive, u"-o"_s, json}).code, 0);
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString exported = QString::fromUtf8(file.readAll());
    QVERIFY(exported.contains(u"点検を担当した立場から補足いたします。"_s));
    QVERIFY(exported.contains(u"(情報政策課退室)"_s));
}

void TestCliTranscript::badInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("meeting"); // empty: the demo's empty meeting
    QTest::addColumn<QString>("message");
    QTest::newRow("empty file") << QByteArray() << QString() << u"empty"_s;
    QByteArray binary("\x7f"
                      "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                      16);
    for (int i = 0; i < 5000; ++i)
        binary.append(char((i * 7919) % 256));
    QTest::newRow("binary file") << binary << QString() << u"binary"_s;
    QTest::newRow("no speaker") << u"本日は晴天なり。\n特に記載することはない。\n"_s.toUtf8() << QString()
                                << u"No speaker"_s;
    QTest::newRow("mixed encodings") << (u"○会長　はじめます。\n"_s.toUtf8().repeated(30) +
                                         QByteArray("\x81\x9b\x89\xef\x92\xb7\n"))
                                     << QString() << u"mixes"_s;
    QTest::newRow("unknown meeting") << u"○会長　はじめます。\n"_s.toUtf8() << u"9999"_s << u"9999"_s;
    QTest::newRow("20 MB file") << u"○会長　長い会議録です。\n"_s.toUtf8().repeated(20 * 1024 * 1024 / 36 + 1)
                                << QString() << u"MB"_s;
}

void TestCliTranscript::badInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, meeting);
    QFETCH(QString, message);
    const QString archive = freshArchive(u"bad.kiroku"_s);
    const QByteArray before = kiroku::test::fingerprint(archive);
    const QString input = m_dir.filePath(u"input.txt"_s);
    QVERIFY(kiroku::test::writeBytes(input, bytes));
    for (const bool dryRun : {true, false}) {
        QStringList arguments{u"import-transcript"_s,
                              u"--archive"_s,
                              archive,
                              u"--meeting"_s,
                              meeting.isEmpty() ? m_meeting : meeting,
                              input};
        if (dryRun)
            arguments.insert(1, u"--dry-run"_s);
        const Result r = run(arguments);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(kiroku::test::fingerprint(archive), before);
    }
}

void TestCliTranscript::justOverTheLimitSaysByHowMuch()
{
    // One byte over 10 MB: in whole megabytes the file and the limit read the same.
    const QString input = m_dir.filePath(u"over.txt"_s);
    QVERIFY(kiroku::test::writeBytes(input, QByteArray(10 * 1024 * 1024 + 1, 'a')));
    const Result r = run(
        {u"import-transcript"_s, u"--archive"_s, m_demo, u"--meeting"_s, m_meeting, u"--dry-run"_s, input});
    QCOMPARE(r.code, 1);
    // The byte counts, whatever digit grouping the locale uses.
    QString message = r.err;
    message.remove(QRegularExpression(u"(?<=\\d)[,.'\\x{a0}\\x{202f} ](?=\\d{3}\\b)"_s));
    QVERIFY2(message.contains(u"10485761 bytes"_s) && message.contains(u"10485760 bytes"_s),
             qPrintable(r.err));
}

void TestCliTranscript::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no file") << QStringList{u"--archive"_s, u"a.kiroku"_s, u"--meeting"_s, u"1"_s};
    QTest::newRow("no meeting") << QStringList{u"--archive"_s, u"a.kiroku"_s, u"t.txt"_s};
    QTest::newRow("meeting not a number")
        << QStringList{u"--archive"_s, u"a.kiroku"_s, u"--meeting"_s, u"x"_s, u"t.txt"_s};
    QTest::newRow("bad agenda item") << QStringList{u"--archive"_s,     u"a.kiroku"_s, u"--meeting"_s, u"1"_s,
                                                    u"--agenda-item"_s, u"-3"_s,       u"t.txt"_s};
}

void TestCliTranscript::usage()
{
    QFETCH(QStringList, arguments);
    const Result r = run(QStringList{u"import-transcript"_s} + arguments);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliTranscript)
#include "TestCliTranscript.moc"
