#include "RepositoryFixtures.h"

using namespace kiroku::test;

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

QTEST_GUILESS_MAIN(TestRepositories)
#include "TestRepositories.moc"
