#include "store/Archive.h"
#include "store/ConsultationRepository.h"
#include "store/CouncilRepository.h"
#include "store/MaterialRepository.h"
#include "store/PiaRepository.h"
#include "store/SignatureRepository.h"
#include "store/Sql.h"
#include "store/StoreError.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using kiroku::Id;

namespace {

Id addCouncil(const QSqlDatabase &db, const QString &name = u"情報公開・個人情報保護審議会"_s)
{
    kiroku::Council council;
    council.name = name;
    return kiroku::CouncilRepository(db).insert(council);
}

Id addMember(const QSqlDatabase &db, Id councilId, const QString &name)
{
    kiroku::Member member;
    member.councilId = councilId;
    member.name = name;
    return kiroku::CouncilRepository(db).insert(member);
}

// Raw SQL rather than MeetingRepository: these tests are about the other repositories.
Id addMeeting(const QSqlDatabase &db, Id councilId, int fiscalYear, int number)
{
    return kiroku::sql::Query(db, u"INSERT INTO meeting (council_id, fiscal_year, number) "
                                  "VALUES (:council, :year, :number) RETURNING id"_s)
        .bind(u":council"_s, councilId)
        .bind(u":year"_s, fiscalYear)
        .bind(u":number"_s, number)
        .insertReturningId();
}

void compare(const kiroku::Consultation &actual, const kiroku::Consultation &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.councilId, expected.councilId);
    QCOMPARE(actual.number, expected.number);
    QCOMPARE(actual.fiscalYear, expected.fiscalYear);
    QCOMPARE(actual.receivedDate, expected.receivedDate);
    QCOMPARE(actual.consultingBody, expected.consultingBody);
    QCOMPARE(actual.department, expected.department);
    QCOMPARE(actual.subject, expected.subject);
    QCOMPARE(actual.kind, expected.kind);
    QCOMPARE(actual.withdrawnDate, expected.withdrawnDate);
    QCOMPARE(actual.notes, expected.notes);
}

void compare(const kiroku::Material &actual, const kiroku::Material &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.meetingId, expected.meetingId);
    QCOMPARE(actual.agendaItemId, expected.agendaItemId);
    QCOMPARE(actual.position, expected.position);
    QCOMPARE(actual.label, expected.label);
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.fileName, expected.fileName);
    QCOMPARE(actual.fileId, expected.fileId);
    QCOMPARE(actual.pageCount, expected.pageCount);
    QCOMPARE(actual.distribution, expected.distribution);
    QCOMPARE(actual.isPublic, expected.isPublic);
}

void compare(const kiroku::Signature &actual, const kiroku::Signature &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.meetingId, expected.meetingId);
    QCOMPARE(actual.memberId, expected.memberId);
    QCOMPARE(actual.position, expected.position);
    QCOMPARE(actual.signedAt.isValid(), expected.signedAt.isValid());
    QCOMPARE(actual.signedAt, expected.signedAt);
    QCOMPARE(actual.method, expected.method);
    QCOMPARE(actual.strokes, expected.strokes);
    QCOMPARE(actual.scanFileId, expected.scanFileId);
}

void compare(const kiroku::PiaEvaluation &actual, const kiroku::PiaEvaluation &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.councilId, expected.councilId);
    QCOMPARE(actual.consultationId, expected.consultationId);
    QCOMPARE(actual.affair, expected.affair);
    QCOMPARE(actual.evaluatingBody, expected.evaluatingBody);
    QCOMPARE(actual.department, expected.department);
    QCOMPARE(actual.evaluationNumber, expected.evaluationNumber);
    QCOMPARE(actual.version, expected.version);
    QCOMPARE(actual.declaredType, expected.declaredType);
    QCOMPARE(actual.targetCount, expected.targetCount);
    QCOMPARE(actual.handlerCount, expected.handlerCount);
    QCOMPARE(actual.seriousIncident, expected.seriousIncident);
    QCOMPARE(actual.trigger, expected.trigger);
    QCOMPARE(actual.changeDescription, expected.changeDescription);
    QCOMPARE(actual.publicCommentStart, expected.publicCommentStart);
    QCOMPARE(actual.publicCommentEnd, expected.publicCommentEnd);
    QCOMPARE(actual.publicCommentReason, expected.publicCommentReason);
    QCOMPARE(actual.inspectionDate, expected.inspectionDate);
    QCOMPARE(actual.submissionDate, expected.submissionDate);
    QCOMPARE(actual.publicationDate, expected.publicationDate);
    QCOMPARE(actual.documentFileId, expected.documentFileId);
    QCOMPARE(actual.notes, expected.notes);
}

// QCOMPARE inside a helper only returns from the helper; stop the test function as well.
#define COMPARE_ROW(actual, expected)                                                                        \
    do {                                                                                                     \
        const auto row = (actual);                                                                           \
        QVERIFY(row.has_value());                                                                            \
        compare(*row, expected);                                                                             \
        if (QTest::currentTestFailed())                                                                      \
            return;                                                                                          \
    } while (false)

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void councilRoundTrip();
    void memberAndStaffRoundTrip();
    void foreignKeyViolationThrows();
    void consultationRoundTrip();
    void responseRoundTrip();
    void consultationNumbers();
    void removingCouncilCascades();
    void materialRoundTrip();
    void storeFileDeduplicates();
    void signatureRoundTrip();
    void designateKeepsSignedRows();
    void piaRoundTrip();
};

void TestRepositories::councilRoundTrip()
{
    auto archive = kiroku::Archive::openInMemory();
    kiroku::CouncilRepository repo(archive->database());

    kiroku::Council council;
    council.name = u"情報公開・個人情報保護審議会"_s;
    council.municipality = u"みどり市"_s;
    council.quota = 7;
    council.quorumRule = kiroku::QuorumRule::HalfOrMore;
    council.signerCount = 3;
    council.recordFormat = u"要点筆記"_s;
    council.namePolicy = kiroku::NamePolicy::Surname;
    council.consultationNumberingYearly = true;
    council.publicationDeadlineDays = 60;
    council.notes = u"備考"_s;
    council.id = repo.insert(council);
    QVERIFY(council.id > 0);

    auto read = repo.council(council.id);
    QVERIFY(read);
    QCOMPARE(read->name, council.name);
    QCOMPARE(read->municipality, council.municipality);
    QCOMPARE(read->quota, 7);
    QCOMPARE(read->quorumRule, kiroku::QuorumRule::HalfOrMore);
    QCOMPARE(read->signerCount, 3);
    QCOMPARE(read->recordFormat, council.recordFormat);
    QCOMPARE(read->namePolicy, kiroku::NamePolicy::Surname);
    QCOMPARE(read->consultationNumberingYearly, true);
    QCOMPARE(read->publicationDeadlineDays, 60);
    QCOMPARE(read->notes, council.notes);

    council.name = u"個人情報保護審議会"_s;
    council.quorumRule = kiroku::QuorumRule::Majority;
    council.consultationNumberingYearly = false;
    council.notes.clear();
    repo.update(council);
    read = repo.council(council.id);
    QVERIFY(read);
    QCOMPARE(read->name, council.name);
    QCOMPARE(read->quorumRule, kiroku::QuorumRule::Majority);
    QCOMPARE(read->consultationNumberingYearly, false);
    QVERIFY(read->notes.isEmpty());
    QCOMPARE(repo.councils().size(), 1);

    repo.remove(council.id);
    QVERIFY(!repo.council(council.id));
    QVERIFY(repo.councils().isEmpty());
}

void TestRepositories::memberAndStaffRoundTrip()
{
    auto archive = kiroku::Archive::openInMemory();
    kiroku::CouncilRepository repo(archive->database());
    const Id councilId = addCouncil(archive->database());

    kiroku::Member member;
    member.councilId = councilId;
    member.name = u"佐々木 一郎"_s;
    member.reading = u"ささき いちろう"_s;
    member.role = kiroku::MemberRole::President;
    member.termStart = QDate(2024, 4, 1);
    member.termEnd = QDate(2026, 3, 31);
    member.recommendingBody = u"弁護士会"_s;
    member.affiliation = u"弁護士"_s;
    member.sortOrder = 2;
    member.id = repo.insert(member);

    kiroku::Member undated;
    undated.councilId = councilId;
    undated.name = u"青木 花子"_s;
    undated.reading = u"あおき はなこ"_s;
    undated.sortOrder = 1;
    undated.id = repo.insert(undated);

    auto read = repo.member(undated.id);
    QVERIFY(read);
    QVERIFY(!read->termStart.isValid());
    QVERIFY(!read->termEnd.isValid());
    QCOMPARE(read->role, kiroku::MemberRole::Member);

    read = repo.member(member.id);
    QVERIFY(read);
    QCOMPARE(read->councilId, councilId);
    QCOMPARE(read->name, member.name);
    QCOMPARE(read->reading, member.reading);
    QCOMPARE(read->role, kiroku::MemberRole::President);
    QCOMPARE(read->termStart, member.termStart);
    QCOMPARE(read->termEnd, member.termEnd);
    QCOMPARE(read->recommendingBody, member.recommendingBody);
    QCOMPARE(read->affiliation, member.affiliation);

    const auto members = repo.members(councilId);
    QCOMPARE(members.size(), 2);
    QCOMPARE(members.at(0).id, undated.id);
    QCOMPARE(members.at(1).id, member.id);

    member.termEnd = QDate();
    member.role = kiroku::MemberRole::VicePresident;
    repo.update(member);
    read = repo.member(member.id);
    QVERIFY(read);
    QVERIFY(!read->termEnd.isValid());
    QCOMPARE(read->role, kiroku::MemberRole::VicePresident);

    repo.removeMember(member.id);
    QVERIFY(!repo.member(member.id));
    QCOMPARE(repo.members(councilId).size(), 1);

    kiroku::Staff staff;
    staff.councilId = councilId;
    staff.kind = kiroku::StaffKind::Presenter;
    staff.organisation = u"株式会社〇〇システム"_s;
    staff.headCount = 2;
    staff.id = repo.insert(staff);
    auto readStaff = repo.staffMember(staff.id);
    QVERIFY(readStaff);
    QCOMPARE(readStaff->kind, kiroku::StaffKind::Presenter);
    QCOMPARE(readStaff->organisation, staff.organisation);
    QVERIFY(readStaff->name.isEmpty());
    QCOMPARE(readStaff->headCount, 2);

    staff.kind = kiroku::StaffKind::Secretariat;
    staff.organisation = u"情報政策課"_s;
    staff.name = u"山田 太郎"_s;
    staff.title = u"課長"_s;
    staff.headCount = 0;
    repo.update(staff);
    readStaff = repo.staffMember(staff.id);
    QVERIFY(readStaff);
    QCOMPARE(readStaff->kind, kiroku::StaffKind::Secretariat);
    QCOMPARE(readStaff->name, staff.name);
    QCOMPARE(readStaff->title, staff.title);
    QCOMPARE(repo.staff(councilId).size(), 1);

    repo.removeStaff(staff.id);
    QVERIFY(!repo.staffMember(staff.id));
}

void TestRepositories::foreignKeyViolationThrows()
{
    auto archive = kiroku::Archive::openInMemory();
    const QSqlDatabase db = archive->database();

    kiroku::Member member;
    member.councilId = 4711;
    member.name = u"佐々木 一郎"_s;
    QVERIFY_THROWS_EXCEPTION(kiroku::StoreError, kiroku::CouncilRepository(db).insert(member));
    QVERIFY(kiroku::CouncilRepository(db).members(4711).isEmpty());

    kiroku::Consultation consultation;
    consultation.councilId = 4711;
    consultation.number = 1;
    QVERIFY_THROWS_EXCEPTION(kiroku::StoreError, kiroku::ConsultationRepository(db).insert(consultation));
}

void TestRepositories::consultationRoundTrip()
{
    auto archive = kiroku::Archive::openInMemory();
    kiroku::ConsultationRepository repo(archive->database());
    const Id councilId = addCouncil(archive->database());

    kiroku::Consultation later;
    later.councilId = councilId;
    later.number = 1;
    later.fiscalYear = 2025;
    later.id = repo.insert(later);

    kiroku::Consultation consultation;
    consultation.councilId = councilId;
    consultation.number = 1005;
    consultation.fiscalYear = 2024;
    consultation.receivedDate = QDate(2024, 6, 3);
    consultation.consultingBody = u"市長"_s;
    consultation.department = u"市民課"_s;
    consultation.subject = u"住民基本台帳事務の特定個人情報保護評価について"_s;
    consultation.kind = kiroku::ConsultationKind::PiaInspection;
    consultation.notes = u"備考"_s;
    consultation.id = repo.insert(consultation);

    COMPARE_ROW(repo.consultation(consultation.id), consultation);
    COMPARE_ROW(repo.consultation(later.id), later);
    QVERIFY(!repo.consultation(later.id)->receivedDate.isValid());

    const auto all = repo.consultations(councilId);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, consultation.id);
    QCOMPARE(all.at(1).id, later.id);

    consultation.receivedDate = QDate();
    consultation.withdrawnDate = QDate(2024, 9, 30);
    consultation.kind = kiroku::ConsultationKind::Other;
    consultation.subject = u"改定"_s;
    repo.update(consultation);
    COMPARE_ROW(repo.consultation(consultation.id), consultation);

    repo.remove(consultation.id);
    QVERIFY(!repo.consultation(consultation.id));
    QCOMPARE(repo.consultations(councilId).size(), 1);
}

void TestRepositories::responseRoundTrip()
{
    auto archive = kiroku::Archive::openInMemory();
    const QSqlDatabase db = archive->database();
    kiroku::ConsultationRepository repo(db);
    const Id councilId = addCouncil(db);
    const Id meetingId = addMeeting(db, councilId, 2024, 1);

    kiroku::Consultation consultation;
    consultation.councilId = councilId;
    consultation.number = 1;
    consultation.fiscalYear = 2024;
    const Id consultationId = repo.insert(consultation);

    kiroku::Response answered;
    answered.consultationId = consultationId;
    answered.meetingId = meetingId;
    answered.date = QDate(2024, 8, 20);
    answered.conclusion = u"適当である"_s;
    answered.body = u"本文"_s;
    answered.opinions = u"付帯意見"_s;
    answered.id = repo.insert(answered);

    kiroku::Response draft;
    draft.consultationId = consultationId;
    draft.id = repo.insert(draft);

    auto read = repo.response(draft.id);
    QVERIFY(read);
    QCOMPARE(read->meetingId, Id(0));
    QVERIFY(!read->date.isValid());
    QCOMPARE(read->consultationId, consultationId);

    read = repo.response(answered.id);
    QVERIFY(read);
    QCOMPARE(read->meetingId, meetingId);
    QCOMPARE(read->date, answered.date);
    QCOMPARE(read->conclusion, answered.conclusion);
    QCOMPARE(read->body, answered.body);
    QCOMPARE(read->opinions, answered.opinions);

    // NULL dates sort first in SQLite.
    auto responses = repo.responses(consultationId);
    QCOMPARE(responses.size(), 2);
    QCOMPARE(responses.at(0).id, draft.id);
    QCOMPARE(responses.at(1).id, answered.id);

    auto ofMeeting = repo.responsesOfMeeting(meetingId);
    QCOMPARE(ofMeeting.size(), 1);
    QCOMPARE(ofMeeting.at(0).id, answered.id);

    answered.meetingId = 0;
    answered.date = QDate();
    answered.opinions.clear();
    repo.update(answered);
    read = repo.response(answered.id);
    QVERIFY(read);
    QCOMPARE(read->meetingId, Id(0));
    QVERIFY(!read->date.isValid());
    QVERIFY(read->opinions.isEmpty());
    QVERIFY(repo.responsesOfMeeting(meetingId).isEmpty());

    repo.removeResponse(answered.id);
    QVERIFY(!repo.response(answered.id));
    QCOMPARE(repo.responses(consultationId).size(), 1);
}

void TestRepositories::consultationNumbers()
{
    auto archive = kiroku::Archive::openInMemory();
    const QSqlDatabase db = archive->database();
    kiroku::ConsultationRepository repo(db);
    const Id councilId = addCouncil(db);
    const Id otherCouncilId = addCouncil(db, u"情報公開審査会"_s);

    QCOMPARE(repo.maxNumber(councilId), 0);
    QCOMPARE(repo.maxNumber(councilId, 2024), 0);
    QVERIFY(!repo.numberTaken(councilId, 1));

    const auto add = [&](Id council, int number, int fiscalYear) {
        kiroku::Consultation c;
        c.councilId = council;
        c.number = number;
        c.fiscalYear = fiscalYear;
        return repo.insert(c);
    };
    const Id first2024 = add(councilId, 1, 2024);
    const Id second2024 = add(councilId, 2, 2024);
    const Id first2025 = add(councilId, 1, 2025);
    add(otherCouncilId, 9, 2024);

    QCOMPARE(repo.maxNumber(councilId), 2);
    QCOMPARE(repo.maxNumber(councilId, 2024), 2);
    QCOMPARE(repo.maxNumber(councilId, 2025), 1);
    QCOMPARE(repo.maxNumber(councilId, 2023), 0);
    QCOMPARE(repo.maxNumber(otherCouncilId), 9);

    QVERIFY(repo.numberTaken(councilId, 2));
    QVERIFY(!repo.numberTaken(councilId, 3));
    QVERIFY(!repo.numberTaken(councilId, 9));
    QVERIFY(repo.numberTaken(councilId, 2, 2024));
    QVERIFY(!repo.numberTaken(councilId, 2, 2025));
    QVERIFY(!repo.numberTaken(councilId, 2, 2024, second2024));
    QVERIFY(!repo.numberTaken(councilId, 1, 2025, first2025));
    // Without a fiscal year, the other year's 1 still counts.
    QVERIFY(repo.numberTaken(councilId, 1, std::nullopt, first2024));
    QVERIFY(!repo.numberTaken(councilId, 2, std::nullopt, second2024));
}

void TestRepositories::removingCouncilCascades()
{
    auto archive = kiroku::Archive::openInMemory();
    const QSqlDatabase db = archive->database();
    kiroku::CouncilRepository councils(db);
    kiroku::ConsultationRepository consultations(db);
    const Id councilId = addCouncil(db);
    const Id keptCouncilId = addCouncil(db, u"情報公開審査会"_s);
    const Id memberId = addMember(db, councilId, u"佐々木 一郎"_s);
    const Id meetingId = addMeeting(db, councilId, 2024, 1);

    kiroku::Consultation consultation;
    consultation.councilId = councilId;
    consultation.number = 1;
    consultation.fiscalYear = 2024;
    const Id consultationId = consultations.insert(consultation);
    consultation.councilId = keptCouncilId;
    const Id keptConsultationId = consultations.insert(consultation);

    kiroku::Response response;
    response.consultationId = consultationId;
    response.meetingId = meetingId;
    const Id responseId = consultations.insert(response);

    councils.remove(councilId);
    QVERIFY(!consultations.consultation(consultationId));
    QVERIFY(consultations.consultations(councilId).isEmpty());
    QVERIFY(!consultations.response(responseId));
    QVERIFY(!councils.member(memberId));
    QVERIFY(consultations.consultation(keptConsultationId));
}

void TestRepositories::materialRoundTrip()
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

void TestRepositories::storeFileDeduplicates()
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

void TestRepositories::signatureRoundTrip()
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

void TestRepositories::designateKeepsSignedRows()
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

void TestRepositories::piaRoundTrip()
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

QTEST_GUILESS_MAIN(TestRepositories)
#include "TestRepositories.moc"
