#include "RepositoryFixtures.h"

using namespace kiroku::test;

class TestFileRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void materialRoundTrip();
    void storeFileDeduplicates();
    void signatureRoundTrip();
    void designateKeepsSignedRows();
    void piaRoundTrip();
};

void TestFileRepositories::materialRoundTrip()
{
    auto archive = kiroku::Archive::openInMemory();
    const QSqlDatabase db = archive->database();
    kiroku::MaterialRepository repo(db);
    const Id meetingId = addMeeting(db, addCouncil(db), 2024, 1);
    const Id fileId = repo.storeFile(QByteArrayLiteral("%PDF-1.7 資料"));

    kiroku::Material material;
    material.meetingId = meetingId;
    material.position = 1;
    material.label = u"資料10-1"_s;
    material.title = u"特定個人情報保護評価書（全項目評価書）"_s;
    material.fileName = u"shiryo10-1.pdf"_s;
    material.fileId = fileId;
    material.pageCount = 42;
    material.distribution = kiroku::Distribution::Tablet;
    material.isPublic = false;
    material.id = repo.insert(material);

    kiroku::Material first;
    first.meetingId = meetingId;
    first.label = u"資料1"_s;
    first.id = repo.insert(first);

    COMPARE_ROW(repo.material(material.id), material);
    COMPARE_ROW(repo.material(first.id), first);
    QCOMPARE(repo.material(first.id)->fileId, Id(0));
    QCOMPARE(repo.material(first.id)->agendaItemId, Id(0));

    const auto materials = repo.materials(meetingId);
    QCOMPARE(materials.size(), 2);
    QCOMPARE(materials.at(0).id, first.id);
    QCOMPARE(materials.at(1).id, material.id);

    material.fileId = 0;
    material.distribution = kiroku::Distribution::Paper;
    material.isPublic = true;
    material.title.clear();
    repo.update(material);
    COMPARE_ROW(repo.material(material.id), material);

    repo.remove(material.id);
    QVERIFY(!repo.material(material.id));
    QCOMPARE(repo.materials(meetingId).size(), 1);
}

void TestFileRepositories::storeFileDeduplicates()
{
    auto archive = kiroku::Archive::openInMemory();
    kiroku::MaterialRepository repo(archive->database());

    const QByteArray bytes("%PDF-1.7\n\x00\x01\xff binary", 22);
    const Id id = repo.storeFile(bytes);
    QVERIFY(id > 0);
    QCOMPARE(repo.storeFile(bytes), id);
    QCOMPARE(repo.storeFile(QByteArray(bytes)), id);

    const Id otherId = repo.storeFile(bytes + '!');
    QVERIFY(otherId != id);
    QCOMPARE(repo.storeFile(bytes + '!'), otherId);
    QCOMPARE(kiroku::sql::scalar(archive->database(), u"SELECT COUNT(*) FROM stored_file"_s).toInt(), 2);

    const auto file = repo.file(id);
    QVERIFY(file);
    QCOMPARE(file->id, id);
    QCOMPARE(file->data, bytes);
    QCOMPARE(file->sha256.size(), 64);
    QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(file->sha256).hasMatch());
    QCOMPARE(file->sha256,
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));

    const auto info = repo.fileInfo(id);
    QVERIFY(info);
    QCOMPARE(info->id, id);
    QCOMPARE(info->sha256, file->sha256);
    QVERIFY(info->data.isEmpty());
    QVERIFY(repo.fileInfo(otherId)->sha256 != file->sha256);

    QVERIFY(!repo.file(otherId + 100));
    QVERIFY(!repo.fileInfo(otherId + 100));

    const Id emptyId = repo.storeFile(QByteArray());
    QCOMPARE(repo.storeFile(QByteArray("", 0)), emptyId);
    QVERIFY(repo.file(emptyId)->data.isEmpty());
}

void TestFileRepositories::signatureRoundTrip()
{
    auto archive = kiroku::Archive::openInMemory();
    const QSqlDatabase db = archive->database();
    kiroku::SignatureRepository repo(db);
    const Id councilId = addCouncil(db);
    const Id meetingId = addMeeting(db, councilId, 2024, 1);
    const Id sasaki = addMember(db, councilId, u"佐々木 一郎"_s);
    const Id aoki = addMember(db, councilId, u"青木 花子"_s);

    kiroku::Signature signature;
    signature.meetingId = meetingId;
    signature.memberId = sasaki;
    signature.position = 1;
    signature.id = repo.insert(signature);

    kiroku::Signature signed_;
    signed_.meetingId = meetingId;
    signed_.memberId = aoki;
    signed_.position = 0;
    signed_.signedAt = QDateTime(QDate(2024, 8, 20), QTime(15, 4, 5), QTimeZone(9 * 3600));
    signed_.method = kiroku::SignatureMethod::Pad;
    signed_.strokes = u"[[{\"x\":1,\"y\":2}],\"署名\"]"_s.toUtf8();
    signed_.id = repo.insert(signed_);

    COMPARE_ROW(repo.signature(signature.id), signature);
    COMPARE_ROW(repo.signature(signed_.id), signed_);
    QVERIFY(!repo.signature(signature.id)->signedAt.isValid());
    QCOMPARE(repo.signature(signed_.id)->signedAt.offsetFromUtc(), 9 * 3600);

    const auto signatures = repo.signatures(meetingId);
    QCOMPARE(signatures.size(), 2);
    QCOMPARE(signatures.at(0).id, signed_.id);
    QCOMPARE(signatures.at(1).id, signature.id);

    signature.signedAt = QDateTime(QDate(2024, 8, 21), QTime(9, 0), QTimeZone(9 * 3600));
    signature.method = kiroku::SignatureMethod::Paper;
    signature.scanFileId = kiroku::MaterialRepository(db).storeFile(QByteArrayLiteral("scan"));
    repo.update(signature);
    COMPARE_ROW(repo.signature(signature.id), signature);

    signature.signedAt = QDateTime();
    signature.scanFileId = 0;
    repo.update(signature);
    COMPARE_ROW(repo.signature(signature.id), signature);

    repo.remove(signature.id);
    QVERIFY(!repo.signature(signature.id));
    QCOMPARE(repo.signatures(meetingId).size(), 1);
}

void TestFileRepositories::designateKeepsSignedRows()
{
    auto archive = kiroku::Archive::openInMemory();
    const QSqlDatabase db = archive->database();
    kiroku::SignatureRepository repo(db);
    const Id councilId = addCouncil(db);
    const Id meetingId = addMeeting(db, councilId, 2024, 1);
    const Id otherMeetingId = addMeeting(db, councilId, 2024, 2);
    const Id a = addMember(db, councilId, u"青木 花子"_s);
    const Id b = addMember(db, councilId, u"佐々木 一郎"_s);
    const Id c = addMember(db, councilId, u"田中 次郎"_s);

    repo.designate(otherMeetingId, {b});
    repo.designate(meetingId, {a, b});
    auto signatures = repo.signatures(meetingId);
    QCOMPARE(signatures.size(), 2);
    QCOMPARE(signatures.at(0).memberId, a);
    QCOMPARE(signatures.at(0).position, 0);
    QCOMPARE(signatures.at(1).memberId, b);
    QCOMPARE(signatures.at(1).position, 1);
    QCOMPARE(signatures.at(0).method, kiroku::SignatureMethod::None);

    kiroku::Signature signedA = signatures.at(0);
    signedA.signedAt = QDateTime(QDate(2024, 8, 20), QTime(15, 0), QTimeZone(9 * 3600));
    signedA.method = kiroku::SignatureMethod::Pad;
    signedA.strokes = QByteArrayLiteral("[[1,2,3]]");
    repo.update(signedA);

    repo.designate(meetingId, {c, a, c});
    signatures = repo.signatures(meetingId);
    QCOMPARE(signatures.size(), 2);
    QCOMPARE(signatures.at(0).memberId, c);
    QCOMPARE(signatures.at(0).position, 0);
    QVERIFY(!signatures.at(0).signedAt.isValid());
    signedA.position = 1;
    compare(signatures.at(1), signedA);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(repo.signatures(otherMeetingId).size(), 1);

    repo.designate(meetingId, {});
    QVERIFY(repo.signatures(meetingId).isEmpty());
    QCOMPARE(repo.signatures(otherMeetingId).size(), 1);
}

void TestFileRepositories::piaRoundTrip()
{
    auto archive = kiroku::Archive::openInMemory();
    const QSqlDatabase db = archive->database();
    kiroku::PiaRepository repo(db);
    const Id councilId = addCouncil(db);

    kiroku::Consultation consultation;
    consultation.councilId = councilId;
    consultation.number = 1005;
    consultation.fiscalYear = 2024;
    const Id consultationId = kiroku::ConsultationRepository(db).insert(consultation);

    kiroku::PiaEvaluation v2;
    v2.councilId = councilId;
    v2.consultationId = consultationId;
    v2.affair = u"住民基本台帳に関する事務"_s;
    v2.evaluatingBody = u"みどり市長"_s;
    v2.department = u"市民課"_s;
    v2.evaluationNumber = u"1"_s;
    v2.version = 2;
    v2.declaredType = kiroku::PiaType::BasicFocused;
    v2.targetCount = 120000;
    v2.handlerCount = 85;
    v2.seriousIncident = true;
    v2.trigger = kiroku::PiaTrigger::ImportantChange;
    v2.changeDescription = u"システム更改"_s;
    v2.publicCommentStart = QDate(2024, 5, 1);
    v2.publicCommentEnd = QDate(2024, 5, 30);
    v2.publicCommentReason = u"理由"_s;
    v2.inspectionDate = QDate(2024, 6, 20);
    v2.submissionDate = QDate(2024, 7, 1);
    v2.publicationDate = QDate(2024, 7, 15);
    v2.documentFileId = kiroku::MaterialRepository(db).storeFile(QByteArrayLiteral("評価書"));
    v2.notes = u"備考"_s;
    v2.id = repo.insert(v2);

    kiroku::PiaEvaluation v1;
    v1.councilId = councilId;
    v1.affair = v2.affair;
    v1.evaluationNumber = u"1"_s;
    v1.id = repo.insert(v1);

    kiroku::PiaEvaluation other;
    other.councilId = councilId;
    other.affair = u"地方税に関する事務"_s;
    other.evaluationNumber = u"2"_s;
    other.declaredType = kiroku::PiaType::NotRequired;
    other.trigger = kiroku::PiaTrigger::FiveYear;
    other.id = repo.insert(other);

    COMPARE_ROW(repo.evaluation(v2.id), v2);
    COMPARE_ROW(repo.evaluation(v1.id), v1);
    COMPARE_ROW(repo.evaluation(other.id), other);
    QCOMPARE(repo.evaluation(v1.id)->consultationId, Id(0));
    QCOMPARE(repo.evaluation(v1.id)->documentFileId, Id(0));
    QVERIFY(!repo.evaluation(v1.id)->inspectionDate.isValid());

    const auto evaluations = repo.evaluations(councilId);
    QCOMPARE(evaluations.size(), 3);
    QCOMPARE(evaluations.at(0).id, v1.id);
    QCOMPARE(evaluations.at(1).id, v2.id);
    QCOMPARE(evaluations.at(2).id, other.id);

    const auto versions = repo.versions(councilId, u"1"_s);
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).id, v1.id);
    QCOMPARE(versions.at(1).id, v2.id);
    QVERIFY(repo.versions(councilId, u"3"_s).isEmpty());
    QVERIFY(repo.versions(councilId + 1, u"1"_s).isEmpty());

    v2.seriousIncident = false;
    v2.trigger = kiroku::PiaTrigger::Voluntary;
    v2.declaredType = kiroku::PiaType::Basic;
    v2.consultationId = 0;
    v2.documentFileId = 0;
    v2.publicCommentEnd = QDate();
    repo.update(v2);
    COMPARE_ROW(repo.evaluation(v2.id), v2);

    repo.remove(v2.id);
    QVERIFY(!repo.evaluation(v2.id));
    QCOMPARE(repo.versions(councilId, u"1"_s).size(), 1);
}

QTEST_GUILESS_MAIN(TestFileRepositories)
#include "TestFileRepositories.moc"
