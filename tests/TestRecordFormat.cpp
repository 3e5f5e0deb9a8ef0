// Record formats as data: the shipped formats load, and bad format files give clear messages.
#include "record/RecordFormat.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::record;

class TestRecordFormat : public QObject
{
    Q_OBJECT

private:
    static QByteArray minimal(const QString &extra = {})
    {
        return (u"{\"kiroku_format\": 1, \"header\": {\"kind\": \"numbered\", \"rows\": "
                "[{\"field\": \"venue\", \"label\": \"開催場所\"}]}"_s +
                extra + u"}"_s)
            .toUtf8();
    }

    static QString errorsOf(const QByteArray &json)
    {
        const FormatLoad load = parseFormat(json, u"bad"_s, u"bad.json"_s);
        if (load.format)
            return {};
        return load.errors.join(u'\n');
    }

private Q_SLOTS:
    void shippedFormatsLoad()
    {
        const FormatLibrary library;
        QVERIFY2(library.problems().isEmpty(), qPrintable(library.problems().join(u'\n')));
        const QStringList names = library.names();
        for (const QString &name : {u"numbered"_s, u"form-sheet"_s, u"maru"_s, u"form-table"_s, u"summary"_s})
            QVERIFY2(names.contains(name), qPrintable(name));
        QCOMPARE(library.format(u"numbered"_s)->headerKind, HeaderKind::Numbered);
        QCOMPARE(library.format(u"numbered"_s)->style, StatementStyle::ParenSpeaker);
        QCOMPARE(library.format(u"form-sheet"_s)->placement, BodyPlacement::SeparateSheet);
        QCOMPARE(library.format(u"form-sheet"_s)->style, StatementStyle::BracketHeading);
        QCOMPARE(library.format(u"maru"_s)->digits, wareki::Digits::Full);
        QCOMPARE(library.format(u"maru"_s)->style, StatementStyle::MaruPrefix);
        QCOMPARE(library.format(u"form-table"_s)->style, StatementStyle::Table);
        QCOMPARE(library.format(u"form-table"_s)->formNumber, u"様式第2号（第7条関係）"_s);
        QCOMPARE(library.format(u"summary"_s)->style, StatementStyle::Summary);
        const RecordFormat sheet = *library.format(u"form-sheet"_s);
        const auto group = std::find_if(sheet.rows.begin(), sheet.rows.end(),
                                        [](const HeaderRow &r) { return !r.rows.isEmpty(); });
        QVERIFY(group != sheet.rows.end());
        QCOMPARE(group->rows.size(), 3);
        QVERIFY(
            std::any_of(sheet.rows.begin(), sheet.rows.end(), [](const HeaderRow &r) { return r.checkbox; }));
        QVERIFY(!library.format(u"nonexistent"_s));
    }

    void minimalFormatHasDefaults()
    {
        const FormatLoad load = parseFormat(minimal(), u"mini"_s, u"mini.json"_s);
        QVERIFY2(load.format, qPrintable(load.errors.join(u'\n')));
        QCOMPARE(load.format->name, u"mini"_s);
        QCOMPARE(load.format->speakerFormat, u"（{speaker}）"_s);
        QCOMPARE(load.format->fontFamily, u"IPAMincho"_s);
        QVERIFY(load.format->closing.startsWith(u"会議の顛末を記載し"_s));
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown top-level key")
            << minimal(u", \"titel\": \"会議録\""_s) << u"$.titel: unknown key"_s;
        QTest::newRow("unknown nested key")
            << minimal(u", \"page\": {\"font_sise_pt\": 12}"_s) << u"$.page.font_sise_pt: unknown key"_s;
        QTest::newRow("wrong type number") << minimal(u", \"page\": {\"font_size_pt\": \"12\"}"_s)
                                           << u"$.page.font_size_pt: must be a number"_s;
        QTest::newRow("out of range")
            << minimal(u", \"page\": {\"font_size_pt\": 200}"_s) << u"must be between 6 and 24"_s;
        QTest::newRow("wrong type bool") << minimal(u", \"signature\": {\"enabled\": \"yes\"}"_s)
                                         << u"$.signature.enabled: must be true or false"_s;
        QTest::newRow("wrong type object") << minimal(u", \"body\": []"_s) << u"$.body: must be an object"_s;
        QTest::newRow("unknown style") << minimal(u", \"statements\": {\"style\": \"fancy\"}"_s)
                                       << u"$.statements.style: must be one of"_s;
        QTest::newRow("speaker format without placeholder")
            << minimal(u", \"statements\": {\"speaker_format\": \"○\"}"_s) << u"must contain {speaker}"_s;
        QTest::newRow("unknown policy")
            << minimal(u", \"names\": {\"policy\": \"initials\"}"_s) << u"$.names.policy: must be one of"_s;
        QTest::newRow("unknown field")
            << u"{\"kiroku_format\": 1, \"header\": {\"rows\": [{\"field\": \"venu\"}]}}"_s.toUtf8()
            << u"unknown field \"venu\""_s;
        QTest::newRow("row not an object")
            << u"{\"kiroku_format\": 1, \"header\": {\"rows\": [\"venue\"]}}"_s.toUtf8()
            << u"must be an object"_s;
        QTest::newRow("rows not a list") << u"{\"kiroku_format\": 1, \"header\": {\"rows\": {}}}"_s.toUtf8()
                                         << u"must be a list of rows"_s;
        QTest::newRow("too deep") << u"{\"kiroku_format\": 1, \"header\": {\"rows\": [{\"label\": \"a\", "
                                     u"\"rows\": [{\"label\": \"b\", "
                                     "\"rows\": []}]}]}}"_s.toUtf8()
                                  << u"nested one level only"_s;
        QTest::newRow("no rows") << u"{\"kiroku_format\": 1}"_s.toUtf8() << u"at least one row"_s;
        QTest::newRow("wrong version") << u"{\"kiroku_format\": 2, \"header\": {\"rows\": []}}"_s.toUtf8()
                                       << u"$.kiroku_format: must be 1"_s;
        QTest::newRow("not json") << QByteArray("{\n\"title\": \"x\",\n oops }")
                                  << u"bad.json: line 3: not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"must hold one JSON object"_s;
        QTest::newRow("empty") << QByteArray() << u"not valid JSON"_s;
    }

    void badFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString errors = errorsOf(json);
        QVERIFY2(errors.contains(expected), qPrintable(u"got: "_s + errors));
        QVERIFY(errors.startsWith(u"bad.json"_s));
    }

    void garbageNeverCrashes()
    {
        QRandomGenerator random(4);
        for (int i = 0; i < 200; ++i) {
            QByteArray bytes = minimal(u", \"page\": {\"margins_mm\": {\"top\": 10}}"_s);
            for (int k = 0; k < 3; ++k)
                bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
            parseFormat(bytes, u"g"_s, u"g.json"_s); // must return, with or without errors
        }
    }

    void userFolderOverridesAndReports()
    {
        QTemporaryDir dir;
        QFile shipped(u":/formats/numbered.json"_s);
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QByteArray copy = shipped.readAll().replace("\"title\": \"会議録\"", "\"title\": \"会議録（写）\"");
        QFile own(dir.filePath(u"numbered.json"_s));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write(copy);
        own.close();
        QFile bad(dir.filePath(u"broken.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(minimal(u", \"colour\": \"red\""_s));
        bad.close();
        QFile added(dir.filePath(u"ours.json"_s));
        QVERIFY(added.open(QIODevice::WriteOnly));
        added.write(minimal());
        added.close();

        const FormatLibrary library({dir.path()});
        QCOMPARE(library.format(u"numbered"_s)->title, u"会議録（写）"_s);
        QVERIFY(library.format(u"ours"_s));
        QVERIFY(!library.format(u"broken"_s));
        QCOMPARE(library.problems().size(), 1);
        QVERIFY(library.problems().first().contains(u"broken.json: $.colour: unknown key"_s));
        QVERIFY(library.format(u"maru"_s)); // the shipped ones stay available
    }

    void pageNumbers()
    {
        QCOMPARE(pageNumberText(PageNumberStyle::Dash, 3, 12), u"- 3 -"_s);
        QCOMPARE(pageNumberText(PageNumberStyle::Plain, 3, 12), u"3"_s);
        QCOMPARE(pageNumberText(PageNumberStyle::OfTotal, 3, 12), u"3 / 12"_s);
        QCOMPARE(pageNumberText(PageNumberStyle::None, 3, 12), QString());
    }
};

QTEST_GUILESS_MAIN(TestRecordFormat)
#include "TestRecordFormat.moc"
