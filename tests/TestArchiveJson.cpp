#include "io/ArchiveJson.h"
#include "io/DemoArchive.h"
#include "store/Archive.h"
#include "store/CouncilRepository.h"
#include "store/MaterialRepository.h"
#include "store/MeetingRepository.h"
#include "store/Sql.h"
#include "store/StatementRepository.h"
#include "store/StoreError.h"

#include <QJsonArray>
#include <QJsonDocument>
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
        << u"FOREIGN KEY"_s;
    QTest::newRow("duplicate ids")
        << QByteArray(
               R"({"format":"kiroku-archive","version":1,"councils":[{"id":1,"name":"x"},{"id":1,"name":"y"}]})")
        << u"councils[1]"_s;
    QTest::newRow("check constraint")
        << QByteArray(
               R"({"format":"kiroku-archive","version":1,"councils":[{"id":1,"name":"x","quota":-3}]})")
        << u"councils[0]"_s;
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
