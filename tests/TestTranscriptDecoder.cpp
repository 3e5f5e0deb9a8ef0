// Transcript files as clerks receive them: UTF-8 with or without BOM, UTF-16 with or without BOM,
// Shift_JIS from older PCs; and what must be refused with a message: binary files, empty files, mixed
// encodings, files over the size limit. The encoded fixtures hold the same text as their UTF-8 twins.
#include "transcript/TranscriptDecoder.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku::transcript;

namespace {

QByteArray fixtureBytes(const QString &name)
{
    QFile file(QStringLiteral(KIROKU_FIXTURES_DIR) + u"/transcripts/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestTranscriptDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encodings_data();
    void encodings();
    void refused_data();
    void refused();
    void lineEndsAndFormFeeds();
    void strayControlsDropped();
    void oversizeFileIsNotRead();
    void missingFile();
};

void TestTranscriptDecoder::encodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("twin");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("UTF-8") << u"paren.txt"_s << u"paren.txt"_s << u"UTF-8"_s;
    QTest::newRow("UTF-8 with BOM") << u"table.utf8-bom.txt"_s << u"table.txt"_s << u"UTF-8"_s;
    QTest::newRow("UTF-16LE with BOM, CRLF")
        << u"bracket.utf16le-bom.txt"_s << u"bracket.txt"_s << u"UTF-16LE"_s;
    QTest::newRow("UTF-16BE with BOM") << u"paren.utf16be-bom.txt"_s << u"paren.txt"_s << u"UTF-16BE"_s;
    QTest::newRow("UTF-16LE without BOM, no ASCII text")
        << u"bare.utf16le.txt"_s << u"bare.txt"_s << u"UTF-16LE"_s;
    QTest::newRow("Shift_JIS, CRLF") << u"maru.sjis.txt"_s << u"maru.txt"_s << u"Shift_JIS"_s;
}

void TestTranscriptDecoder::encodings()
{
    QFETCH(QString, file);
    QFETCH(QString, twin);
    QFETCH(QString, encoding);
    const QByteArray bytes = fixtureBytes(file);
    QVERIFY(!bytes.isEmpty());
    const DecodedText decoded = TranscriptDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.encoding, encoding);
    QCOMPARE(decoded.text, QString::fromUtf8(fixtureBytes(twin)));
    QVERIFY(!decoded.text.contains(u'\r'));
    QVERIFY(!decoded.text.startsWith(QChar(0xfeff)));
}

void TestTranscriptDecoder::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("blank lines only") << QByteArray(" \r\n\t\n  \n") << u"empty"_s;
    QTest::newRow("UTF-8 BOM only") << QByteArray("\xEF\xBB\xBF\n") << u"empty"_s;

    QByteArray random(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(20251);
    for (char &c : random)
        c = char(generator.bounded(256));
    QTest::newRow("random bytes") << random << u"binary"_s;

    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0", 33);
    png.append(random.left(4000));
    QTest::newRow("PNG image") << png << u"binary"_s;

    // Bytes above 0x80 without NULs: valid neither as UTF-8 nor as sensible Shift_JIS text.
    QByteArray high;
    for (int i = 0; i < 4000; ++i)
        high.append(char(0x80 + generator.bounded(0x20)));
    QTest::newRow("high bytes") << high << u"not"_s;

    const QByteArray utf8 = u"○会長　はじめます。\n○事務局　説明いたします。\n"_s.toUtf8().repeated(20);
    const QByteArray sjis("\x81\x9b\x89\xef\x92\xb7\x81\x40\x82\xcd\x82\xb6\x82\xdf\x82\xdc\x82\xb7\x81\x42"
                          "\n"); // ○会長　はじめます。
    QTest::newRow("UTF-8 with a Shift_JIS paragraph") << utf8 + sjis + utf8 << u"mixes"_s;
}

void TestTranscriptDecoder::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const DecodedText decoded = TranscriptDecoder::decode(bytes);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error.contains(message), qPrintable(decoded.error));
    QVERIFY(decoded.text.isEmpty());
    QVERIFY(decoded.encoding.isEmpty());
}

void TestTranscriptDecoder::lineEndsAndFormFeeds()
{
    const DecodedText decoded = TranscriptDecoder::decode("a\r\nb\rc\n\fd\n");
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.text, u"a\nb\nc\n\fd\n"_s);
}

// A few stray control bytes do not make a file binary, but they must not reach a statement: an
// export carrying one would not import again.
void TestTranscriptDecoder::strayControlsDropped()
{
    const DecodedText decoded = TranscriptDecoder::decode(
        QString(u"（事務局）開会\vします。\x1b[0m\n（議長）はい\x01。\n"_s).toUtf8());
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.text, u"（事務局）開会\nします。[0m\n（議長）はい。\n"_s);
}

void TestTranscriptDecoder::oversizeFileIsNotRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // 20 MB of text: refused from its size, with the figures in the message.
    const QString path = dir.filePath(u"huge.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray line = u"○会長　これは非常に長い会議録の一行です。\n"_s.toUtf8();
    const QByteArray block = line.repeated(int((1024 * 1024) / line.size()) + 1);
    for (int i = 0; i < 20; ++i)
        QVERIFY(file.write(block) == block.size());
    file.close();
    QVERIFY(QFileInfo(path).size() > 20 * 1024 * 1024);
    const DecodedText decoded = TranscriptDecoder::readFile(path);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error.contains(u"20 MB"_s) && decoded.error.contains(u"10 MB"_s),
             qPrintable(decoded.error));

    // Bytes in memory (pasted text) are checked the same way.
    const DecodedText pasted = TranscriptDecoder::decode(block.repeated(11));
    QVERIFY(!pasted.ok());
    QVERIFY(pasted.error.contains(u"10 MB"_s));
}

void TestTranscriptDecoder::missingFile()
{
    const DecodedText decoded = TranscriptDecoder::readFile(u"no-such-transcript.txt"_s);
    QVERIFY(!decoded.ok());
    QVERIFY2(decoded.error.contains(u"no-such-transcript.txt"_s), qPrintable(decoded.error));
}

QTEST_GUILESS_MAIN(TestTranscriptDecoder)
#include "TestTranscriptDecoder.moc"
