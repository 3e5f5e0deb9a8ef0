#include "io/ArchiveJson.h"
#include "io/ArchiveJsonCheck.h"
#include "io/DemoArchive.h"
#include "store/Archive.h"
#include "store/CouncilRepository.h"
#include "store/MaterialRepository.h"
#include "store/MeetingRepository.h"
#include "store/Sql.h"
#include "store/StatementRepository.h"
#include "store/StoreError.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;

class TestArchiveJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripIsIdentical();
    void documentShape();
    void blobsAndNulls();
    void badInput_data();
    void badInput();
    void fixturesImportAndRoundTrip_data();
    void fixturesImportAndRoundTrip();
    void refusedFieldsOfTheFixture_data();
    void refusedFieldsOfTheFixture();
    void everyProblemIsNamed();
    void manyProblemsAreCounted();
    void checkKnowsTheSchema();
    void columnWithoutRuleImports();
    void refusesNonEmptyArchive();
    void meetingSnapshotRestores();
    void memberSnapshotRestoresReferences();
};

namespace {
QByteArray demoExport()
{
    auto archive = Archive::openInMemory();
    DemoArchive::write(archive->database());
    return ArchiveJson::exportArchiveBytes(archive->database());
}

qint64 count(const QSqlDatabase &db, const QString &table)
{
    return sql::scalar(db, u"SELECT COUNT(*) FROM "_s + table).toLongLong();
}
} // namespace

void TestArchiveJson::roundTripIsIdentical()
{
    const QByteArray first = demoExport();
    auto target = Archive::openInMemory();
    ArchiveJson::importArchiveBytes(target->database(), first);
    const QByteArray second = ArchiveJson::exportArchiveBytes(target->database());
    QCOMPARE(second.size(), first.size());
    QVERIFY(second == first);
    QVERIFY(count(target->database(), u"statement"_s) > 100);
}

void TestArchiveJson::documentShape()
{
    const QJsonObject document = QJsonDocument::fromJson(demoExport()).object();
    QCOMPARE(document.value(u"format"_s).toString(), u"kiroku-archive"_s);
    QCOMPARE(document.value(u"version"_s).toInt(), ArchiveJson::formatVersion);
    const QJsonObject council = document.value(u"councils"_s).toArray().first().toObject();
    for (const auto &key :
         {u"members"_s, u"meetings"_s, u"consultations"_s, u"pia_evaluations"_s, u"staff"_s})
        QVERIFY2(council.value(key).isArray(), qPrintable(key));
    const QJsonObject meeting = council.value(u"meetings"_s).toArray().first().toObject();
    for (const auto &key :
         {u"attendance"_s, u"agenda"_s, u"statements"_s, u"materials"_s, u"signatures"_s, u"staff_present"_s})
        QVERIFY2(meeting.value(key).isArray(), qPrintable(key));
    QVERIFY(!meeting.contains(u"council_id"_s)); // implied by nesting
    QCOMPARE(meeting.value(u"date"_s).toString().size(), 10);
    QVERIFY(council.value(u"consultations"_s).toArray().first().toObject().value(u"responses"_s).isArray());
}

void TestArchiveJson::blobsAndNulls()
{
    auto source = Archive::openInMemory();
    const auto db = source->database();
    Council council;
    council.name = u"審議会"_s;
    council.id = CouncilRepository(db).insert(council);
    Meeting meeting;
    meeting.councilId = council.id;
    meeting.fiscalYear = 2025;
    meeting.number = 1; // no date, no times, no chair: NULLs
    meeting.id = MeetingRepository(db).insert(meeting);
    QByteArray binary;
    for (int i = 0; i < 1000; ++i)
        binary.append(char(i % 256));
    Material material;
    material.meetingId = meeting.id;
    material.label = u"資料1"_s;
    material.fileId = MaterialRepository(db).storeFile(binary);
    MaterialRepository(db).insert(material);

    const QByteArray json = ArchiveJson::exportArchiveBytes(db);
    auto target = Archive::openInMemory();
    ArchiveJson::importArchiveBytes(target->database(), json);
    QCOMPARE(ArchiveJson::exportArchiveBytes(target->database()), json);
    const auto file = MaterialRepository(target->database()).file(material.fileId);
    QVERIFY(file);
    QCOMPARE(file->data, binary);
    const auto restored = MeetingRepository(target->database()).meeting(meeting.id);
    QVERIFY(!restored->date.isValid());
    QCOMPARE(restored->chairMemberId, 0);
}

void TestArchiveJson::badInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{\"format\": ") << u"JSON"_s;
    QTest::newRow("array") << QByteArray("[1,2]") << u"Kiroku"_s;
    QTest::newRow("other format") << QByteArray(R"({"format":"other","version":1,"councils":[]})")
                                  << u"format"_s;
    QTest::newRow("newer version") << QByteArray(R"({"format":"kiroku-archive","version":99,"councils":[]})")
                                   << u"99"_s;
    QTest::newRow("no councils") << QByteArray(R"({"format":"kiroku-archive","version":1})") << u"councils"_s;
    QTest::newRow("unknown field")
        << QByteArray(
               R"({"format":"kiroku-archive","version":1,"councils":[{"id":1,"name":"x","colour":"red"}]})")
        << u"colour"_s;
    QTest::newRow("wrong type")
        << QByteArray(R"({"format":"kiroku-archive","version":1,"councils":[{"id":1,"name":true}]})")
        << u"councils[0].name"_s;
    QTest::newRow("missing id") << QByteArray(
                                       R"({"format":"kiroku-archive","version":1,"councils":[{"name":"x"}]})")
                                << u"id"_s;
    QTest::newRow("broken reference")
        << QByteArray(R"({"format":"kiroku-archive","version":1,"councils":[{"id":1,"name":"x","meetings":[
              {"id":1,"fiscal_year":2025,"number":1,"chair_member_id":77}]}]})")
        << u"councils[0].meetings[0].chair_member_id: member 77 is not in this file."_s;
    QTest::newRow("duplicate ids")
        << QByteArray(
               R"({"format":"kiroku-archive","version":1,"councils":[{"id":1,"name":"x"},{"id":1,"name":"y"}]})")
        << u"councils[1]"_s;
    QTest::newRow("check constraint")
        << QByteArray(
               R"({"format":"kiroku-archive","version":1,"councils":[{"id":1,"name":"x","quota":-3}]})")
        << u"councils[0].quota: must be at least 0 (number -3)."_s;
    QTest::newRow("unknown top-level field")
        << QByteArray(
               R"({"format":"kiroku-archive","version":1,"councils":[],"councls":[{"id":1,"name":"x"}]})")
        << u"\"councls\""_s;
    QTest::newRow("schema_version as text")
        << QByteArray(R"({"format":"kiroku-archive","version":1,"schema_version":"8","councils":[]})")
        << u"schema_version: not a whole number (text \"8\")."_s;
    QTest::newRow("rows not a list")
        << QByteArray(
               R"({"format":"kiroku-archive","version":1,"councils":[{"id":1,"name":"x","members":{}}]})")
        << u"councils[0].members must be a list."_s;
    QTest::newRow("row not an object")
        << QByteArray(
               R"({"format":"kiroku-archive","version":1,"councils":[{"id":1,"name":"x","staff":[3]}]})")
        << u"councils[0].staff[0] must be an object."_s;
    QTest::newRow("files not a list")
        << QByteArray(R"({"format":"kiroku-archive","version":1,"files":"x","councils":[]})")
        << u"files must be a list."_s;
    QTest::newRow("missing required field")
        << QByteArray(R"({"format":"kiroku-archive","version":1,"councils":[{"id":1,"name":"x","meetings":[
              {"id":1,"fiscal_year":2025}]}]})")
        << u"councils[0].meetings[0]: the field \"number\" is missing."_s;
    QTest::newRow("same year and number")
        << QByteArray(R"({"format":"kiroku-archive","version":1,"councils":[{"id":1,"name":"x","meetings":[
              {"id":1,"fiscal_year":2025,"number":1},{"id":2,"fiscal_year":2025,"number":1}]}]})")
        << u"councils[0].meetings[1]: the same fiscal_year, number as councils[0].meetings[0]."_s;
}

void TestArchiveJson::badInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    auto archive = Archive::openInMemory();
    try {
        ArchiveJson::importArchiveBytes(archive->database(), json);
        QFAIL("bad input was accepted");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
    }
    // Nothing half-imported.
    QCOMPARE(count(archive->database(), u"council"_s), 0);
    QCOMPARE(count(archive->database(), u"meeting"_s), 0);
    QCOMPARE(count(archive->database(), u"stored_file"_s), 0);
}

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(KIROKU_FIXTURES_DIR "/json-import/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// Every table minimal.json fills, so a refusal can be seen to have written nothing at all.
const QStringList filledTables{u"stored_file"_s,  u"council"_s,   u"member"_s,     u"staff"_s,
                               u"consultation"_s, u"meeting"_s,   u"attendance"_s, u"meeting_staff"_s,
                               u"agenda_item"_s,  u"statement"_s, u"material"_s,   u"signature"_s};
} // namespace

void TestArchiveJson::fixturesImportAndRoundTrip_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("rows");
    QTest::newRow("minimal") << u"minimal.json"_s << u"statement"_s << 2;
    QTest::newRow("subcommittee-pia") << u"subcommittee-pia.json"_s << u"pia_viewpoint_statement"_s << 1;
    QTest::newRow("empty") << u"empty.json"_s << u"council"_s << 0;
}

// The fixtures (the fuzzer's seeds and the base of the refusals below) are valid and come back whole.
void TestArchiveJson::fixturesImportAndRoundTrip()
{
    QFETCH(QString, name);
    QFETCH(QString, table);
    QFETCH(int, rows);
    auto first = Archive::openInMemory();
    ArchiveJson::importArchiveBytes(first->database(), fixture(name));
    QCOMPARE(count(first->database(), table), rows);
    const QByteArray exported = ArchiveJson::exportArchiveBytes(first->database());
    auto second = Archive::openInMemory();
    ArchiveJson::importArchiveBytes(second->database(), exported);
    QCOMPARE(ArchiveJson::exportArchiveBytes(second->database()), exported);
}

void TestArchiveJson::refusedFieldsOfTheFixture_data()
{
    // Each row changes one field of minimal.json (the text `from`, found exactly once) and expects the
    // message to name that field, its object and position.
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("expected");
    const QString meeting = u"councils[0].meetings[0]."_s;
    QTest::newRow("impossible date") << QByteArray(R"("date": "2025-06-12")")
                                     << QByteArray(R"("date": "2025-13-45")")
                                     << meeting + u"date: not a date YYYY-MM-DD (text \"2025-13-45\")."_s;
    QTest::newRow("29 February of a common year")
        << QByteArray(R"("received_date": "2025-03-10")") << QByteArray(R"("received_date": "2025-02-29")")
        << u"councils[0].consultations[0].received_date: not a date"_s;
    QTest::newRow("date with time") << QByteArray(R"("term_start": "2024-04-01")")
                                    << QByteArray(R"("term_start": "2024-04-01T00:00")")
                                    << u"councils[0].members[0].term_start: not a date"_s;
    QTest::newRow("impossible time") << QByteArray(R"("start_time": "14:00")")
                                     << QByteArray(R"("start_time": "24:00")")
                                     << meeting + u"start_time: not a time HH:MM or HH:MM:SS"_s;
    QTest::newRow("time without leading zero")
        << QByteArray(R"("arrived_at": "14:10")") << QByteArray(R"("arrived_at": "9:10")")
        << meeting + u"attendance[1].arrived_at: not a time"_s;
    QTest::newRow("impossible date-time")
        << QByteArray(R"("signed_at": "2025-06-26T10:00:00+09:00")")
        << QByteArray(R"("signed_at": "2025-02-30T10:00:00+09:00")")
        << meeting + u"signatures[0].signed_at: not an ISO 8601 date and time"_s;
    QTest::newRow("date-time in words") << QByteArray(R"("signed_at": "2025-06-26T10:00:00+09:00")")
                                        << QByteArray(R"("signed_at": "yesterday")")
                                        << meeting + u"signatures[0].signed_at: not an ISO 8601"_s;
    QTest::newRow("unknown statement kind")
        << QByteArray(R"("kind": "speech")") << QByteArray(R"("kind": "bogus")")
        << meeting + u"statements[0].kind: unknown value text \"bogus\" (one of: speech, stage_direction, "
                     "heading, summary)."_s;
    QTest::newRow("unknown quorum rule")
        << QByteArray(R"("quorum_rule": "majority")") << QByteArray(R"("quorum_rule": "Majority")")
        << u"councils[0].quorum_rule: unknown value"_s;
    QTest::newRow("number for text") << QByteArray(R"("text": "ただいまから開会します。")")
                                     << QByteArray(R"("text": 123)")
                                     << meeting + u"statements[0].text: not a string (number 123)."_s;
    QTest::newRow("text for whole number")
        << QByteArray(R"("fiscal_year": 2025)") << QByteArray(R"("fiscal_year": "2025")")
        << meeting + u"fiscal_year: not a whole number (text \"2025\")."_s;
    QTest::newRow("fraction for whole number")
        << QByteArray(R"("id": 2, "position": 2)") << QByteArray(R"("id": 2, "position": 2.5)")
        << meeting + u"statements[1].position: not a whole number (number 2.5)."_s;
    QTest::newRow("text for flag") << QByteArray(R"("is_public": 1)") << QByteArray(R"("is_public": "1")")
                                   << meeting + u"materials[0].is_public: must be 0 or 1 (text \"1\")."_s;
    QTest::newRow("flag out of range")
        << QByteArray(R"("observers_allowed": 1)") << QByteArray(R"("observers_allowed": 2)")
        << meeting + u"observers_allowed: must be 0 or 1 (number 2)."_s;
    QTest::newRow("boolean for text")
        << QByteArray(R"("title": "運用要綱案")") << QByteArray(R"("title": false)")
        << meeting + u"materials[0].title: not a string (false)."_s;
    QTest::newRow("id too large for a double")
        << QByteArray(R"("id": 2, "position": 2)") << QByteArray(R"("id": 18014398509481985, "position": 2)")
        << meeting + u"statements[1].id: out of range"_s;
    QTest::newRow("not base64") << QByteArray(R"("data": "JVBERi0x)") << QByteArray(R"("data": "JVB?Ri0x)")
                                << u"files[0].data: not valid base64."_s;
    QTest::newRow("base64 without padding")
        << QByteArray(R"(uik=")") << QByteArray(R"(uik")") << u"files[0].data: not valid base64."_s;
    QTest::newRow("checksum of other data")
        << QByteArray(R"("sha256": "a2d40a)") << QByteArray(R"("sha256": "b2d40a)")
        << u"files[0].sha256: does not match the SHA-256 of the file's data "
           "(a2d40a658a9f68b9aa4e377b5396ded92147821a123627da1de61a9d069ce38e)."_s;
    QTest::newRow("checksum in capitals")
        << QByteArray(R"("sha256": "a2d40a)") << QByteArray(R"("sha256": "A2D40A)")
        << u"files[0].sha256: not a SHA-256 in lowercase hexadecimal"_s;
    QTest::newRow("NUL in a statement")
        << QByteArray(R"("text": "ただいまから開会します。")")
        << QByteArray(R"("text": "ただいま\u0000から開会します。")")
        << meeting + u"statements[0].text: contains the control character U+0000 at character 5."_s;
    QTest::newRow("escape character in a name")
        << QByteArray(R"("name": "篠原 直樹")") << QByteArray(R"("name": "篠原\u001b[31m 直樹")")
        << u"councils[0].members[1].name: contains the control character U+001B at character 3."_s;
    QTest::newRow("lone high surrogate")
        << QByteArray(R"("text": "ただいまから開会します。")") << QByteArray(R"("text": "\ud800開会")")
        << meeting +
               u"statements[0].text: contains a lone surrogate U+D800 at character 1 (not valid Unicode)."_s;
    QTest::newRow("lone low surrogate")
        << QByteArray(R"("text": "（事務局説明）")") << QByteArray(R"("text": "（事務局説明）\udc00")")
        << meeting + u"statements[1].text: contains a lone surrogate U+DC00 at character 8"_s;
    QTest::newRow("reversed surrogate pair")
        << QByteArray(R"("label": "資料1")") << QByteArray(R"("label": "\ude00\ud83d")")
        << meeting + u"materials[0].label: contains a lone surrogate U+DE00 at character 1"_s;
    QTest::newRow("unknown member") << QByteArray(R"("member_id": 1, "agenda_item_id": 1)")
                                    << QByteArray(R"("member_id": 99, "agenda_item_id": 1)")
                                    << meeting + u"statements[0].member_id: member 99 is not in this file."_s;
    QTest::newRow("unknown agenda item")
        << QByteArray(R"("agenda_item_id": 1,)") << QByteArray(R"("agenda_item_id": 7,)")
        << meeting + u"statements[0].agenda_item_id: agenda item 7 is not in this file."_s;
    QTest::newRow("unknown file") << QByteArray(R"("file_id": 1)") << QByteArray(R"("file_id": 5)")
                                  << meeting + u"materials[0].file_id: file 5 is not in this file."_s;
    QTest::newRow("unknown staff") << QByteArray(R"({"staff_id": 1})") << QByteArray(R"({"staff_id": 2})")
                                   << meeting +
                                          u"staff_present[0].staff_id: staff member 2 is not in this file."_s;
    QTest::newRow("unknown member of an attendance row")
        << QByteArray(R"({"member_id": 2, "status": "late")")
        << QByteArray(R"({"member_id": 3, "status": "late")")
        << meeting + u"attendance[1].member_id: member 3 is not in this file."_s;
    QTest::newRow("null where a value is required")
        << QByteArray(R"("status": "drafting")") << QByteArray(R"("status": null)")
        << meeting + u"status: must not be null."_s;
    QTest::newRow("field of the parent")
        << QByteArray(R"({"id": 1, "member_id": 1, "position": 1)")
        << QByteArray(R"({"id": 1, "meeting_id": 1, "member_id": 1, "position": 1)")
        << meeting + u"signatures[0]: unknown field \"meeting_id\"."_s;
    QTest::newRow("unknown version") << QByteArray(R"("version": 1,)") << QByteArray(R"("version": 2,)")
                                     << u"format version 2"_s;
    QTest::newRow("other format") << QByteArray(R"("format": "kiroku-archive")")
                                  << QByteArray(R"("format": "kiroku-archiv")") << u"\"format\""_s;
}

void TestArchiveJson::refusedFieldsOfTheFixture()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, expected);
    QByteArray json = fixture(u"minimal.json"_s);
    QCOMPARE(json.count(from), 1);
    json.replace(from, to);
    auto archive = Archive::openInMemory();
    try {
        ArchiveJson::importArchiveBytes(archive->database(), json);
        QFAIL("bad input was accepted");
    } catch (const StoreError &error) {
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        QVERIFY2(!error.message().contains(u'\n'), qPrintable(error.message())); // that problem alone
    }
    for (const QString &table : filledTables)
        QVERIFY2(count(archive->database(), table) == 0, qPrintable(table));
}

// All problems of a file at once, each with its place, so a clerk fixes them in one go.
void TestArchiveJson::everyProblemIsNamed()
{
    QByteArray json = fixture(u"minimal.json"_s);
    json.replace(R"("date": "2025-06-12")", R"("date": "2025-06-31")");
    json.replace(R"("text": "（事務局説明）")", R"("text": 7)");
    json.replace(R"("file_id": 1)", R"("file_id": 2)");
    auto archive = Archive::openInMemory();
    try {
        ArchiveJson::importArchiveBytes(archive->database(), json);
        QFAIL("bad input was accepted");
    } catch (const StoreError &error) {
        const QStringList lines = error.message().split(u'\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(u"councils[0].meetings[0].date: "_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(u"councils[0].meetings[0].statements[1].text: "_s),
                 qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(u"councils[0].meetings[0].materials[0].file_id: "_s),
                 qPrintable(lines.at(2)));
    }
    QCOMPARE(count(archive->database(), u"stored_file"_s), 0);
}

void TestArchiveJson::manyProblemsAreCounted()
{
    QJsonArray members;
    for (int i = 1; i <= 25; ++i)
        members.append(QJsonObject{{u"id"_s, i}, {u"name"_s, i}}); // a number for a name, 25 times
    const QJsonObject council{{u"id"_s, 1}, {u"name"_s, u"審議会"_s}, {u"members"_s, members}};
    const QJsonObject document{
        {u"format"_s, u"kiroku-archive"_s}, {u"version"_s, 1}, {u"councils"_s, QJsonArray{council}}};
    auto archive = Archive::openInMemory();
    try {
        ArchiveJson::importArchive(archive->database(), document);
        QFAIL("bad input was accepted");
    } catch (const StoreError &error) {
        const QStringList lines = error.message().split(u'\n');
        QCOMPARE(lines.size(), 21);
        QCOMPARE(lines.first(), u"councils[0].members[0].name: not a string (number 1)."_s);
        QCOMPARE(lines.at(19), u"councils[0].members[19].name: not a string (number 20)."_s);
        QCOMPARE(lines.last(), u"… and 5 more problems."_s);
    }
}

// The check has a rule for every column of every exported table, nullable exactly when the schema lets
// it be NULL. A migration that adds a column fails here until the column has its rule (it imports
// meanwhile, checked only as a number or a string).
void TestArchiveJson::checkKnowsTheSchema()
{
    auto archive = Archive::openInMemory();
    const QSqlDatabase db = archive->database();
    for (const QString &table : db.tables()) {
        const QStringList known = ArchiveJsonCheck::columns(table);
        // Every table but the meta data and the search index is exported.
        if (table == u"kiroku_meta"_s || table.startsWith(u"search_"_s)) {
            QVERIFY2(known.isEmpty(), qPrintable(table));
            continue;
        }
        const QSqlRecord record = db.record(table);
        const QSqlIndex primary = db.primaryIndex(table);
        for (int i = 0; i < record.count(); ++i) {
            const QString column = record.fieldName(i);
            QVERIFY2(known.contains(column), qPrintable(u"no rule for "_s + table + u'.' + column));
            if (primary.contains(column))
                continue; // SQLite lets an INTEGER PRIMARY KEY be declared without NOT NULL
            const bool notNull = record.field(i).requiredStatus() == QSqlField::Required;
            QVERIFY2(ArchiveJsonCheck::nullable(table, column) == !notNull,
                     qPrintable(table + u'.' + column));
        }
    }
}

// A column a later migration adds imports before the check has a rule for it (the archive, not the
// check, decides which fields a row may have), checked as a number or a string meanwhile.
void TestArchiveJson::columnWithoutRuleImports()
{
    const QByteArray json = fixture(u"minimal.json"_s);
    const QByteArray from = R"("municipality": "みどり野市")";
    QCOMPARE(json.count(from), 1);
    const auto importWithColour = [&](const QByteArray &colour) {
        auto archive = Archive::openInMemory();
        sql::execute(archive->database(), u"ALTER TABLE council ADD COLUMN colour TEXT"_s);
        ArchiveJson::importArchiveBytes(
            archive->database(),
            QByteArray(json).replace(from, QByteArray(from + R"(, "colour": )" + colour)));
        return sql::scalar(archive->database(), u"SELECT colour FROM council"_s).toString();
    };
    QCOMPARE(importWithColour(R"("緑")"), u"緑"_s);
    QCOMPARE(importWithColour("3"), u"3"_s);
    try {
        importWithColour(R"("緑\u0007")");
        QFAIL("a control character was accepted");
    } catch (const StoreError &error) {
        QCOMPARE(error.message(),
                 u"councils[0].colour: contains the control character U+0007 at character 2."_s);
    }
    QVERIFY_THROWS_EXCEPTION(StoreError, importWithColour("true"));
}

void TestArchiveJson::refusesNonEmptyArchive()
{
    auto archive = Archive::openInMemory();
    DemoArchive::write(archive->database());
    const qint64 statements = count(archive->database(), u"statement"_s);
    QVERIFY_THROWS_EXCEPTION(StoreError, ArchiveJson::importArchiveBytes(archive->database(), demoExport()));
    QCOMPARE(count(archive->database(), u"statement"_s), statements);
}

void TestArchiveJson::meetingSnapshotRestores()
{
    auto archive = Archive::openInMemory();
    const auto db = archive->database();
    const Id councilId = DemoArchive::write(db);
    const QByteArray before = ArchiveJson::exportArchiveBytes(db);
    const Meeting meeting = MeetingRepository(db).meetings(councilId).at(2);
    const QJsonObject snapshot = ArchiveJson::snapshotMeeting(db, meeting.id);
    MeetingRepository(db).remove(meeting.id);
    QVERIFY(ArchiveJson::exportArchiveBytes(db) != before);
    ArchiveJson::restoreMeeting(db, councilId, snapshot);
    QCOMPARE(ArchiveJson::exportArchiveBytes(db), before);
}

void TestArchiveJson::memberSnapshotRestoresReferences()
{
    auto archive = Archive::openInMemory();
    const auto db = archive->database();
    DemoOptions options;
    options.sealOne = false; // a member printed in a sealed record cannot be deleted
    const Id councilId = DemoArchive::write(db, options);
    const QByteArray before = ArchiveJson::exportArchiveBytes(db);
    const Member chair = CouncilRepository(db).members(councilId).first();
    const QJsonObject snapshot = ArchiveJson::snapshotMember(db, chair.id);
    CouncilRepository(db).removeMember(chair.id);
    QCOMPARE(sql::scalar(db, u"SELECT COUNT(*) FROM meeting WHERE chair_member_id IS NOT NULL"_s).toInt(), 0);
    ArchiveJson::restoreMember(db, councilId, snapshot);
    QCOMPARE(ArchiveJson::exportArchiveBytes(db), before);
}

QTEST_GUILESS_MAIN(TestArchiveJson)
#include "TestArchiveJson.moc"
