#include "io/DemoArchive.h"
#include "model/Quorum.h"
#include "store/Archive.h"
#include "store/ConsultationRepository.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/PiaRepository.h"
#include "store/Sql.h"
#include "store/StatementRepository.h"
#include "text/Wareki.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;

class TestDemoArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void livingExample();
    void deterministic();
    void scaledArchive();
};

void TestDemoArchive::livingExample()
{
    auto archive = Archive::openInMemory();
    const auto db = archive->database();
    const Id councilId = DemoArchive::write(db);
    const Council council = *CouncilRepository(db).council(councilId);
    const auto members = CouncilRepository(db).members(councilId);
    QCOMPARE(members.size(), council.quota);
    QCOMPARE(members.first().role, MemberRole::President);
    for (const Member &m : members)
        QVERIFY(!m.reading.isEmpty());

    MeetingRepository meetings(db);
    const QVector<int> years = meetings.fiscalYears(councilId);
    QCOMPARE(years.size(), 2);
    for (const Meeting &m : meetings.meetings(councilId)) {
        QCOMPARE(m.fiscalYear, wareki::fiscalYearOf(m.date));
        if (m.status == MeetingStatus::Planned)
            continue;
        QVERIFY(StatementRepository(db).count(m.id) >= 30);
        const auto state = quorumState(council, members, meetings.attendance(m.id), m.date);
        QVERIFY(state.met());
    }
    const auto consultations = ConsultationRepository(db).consultations(councilId);
    QVERIFY(consultations.size() >= 1);
    bool answered = false;
    for (const Consultation &k : consultations)
        answered = answered || !ConsultationRepository(db).responses(k.id).isEmpty();
    QVERIFY(answered);
    // Two versions of the 住民基本台帳 evaluation and the 市民税 one (docs/pia.md).
    QCOMPARE(PiaRepository(db).evaluations(councilId).size(), 3);
    QCOMPARE(PiaRepository(db).versions(councilId, u"1"_s).size(), 2);
    // Fictional names only: the demo's municipality is not a real one.
    QCOMPARE(council.municipality, u"青葉台市"_s);
}

void TestDemoArchive::deterministic()
{
    auto a = Archive::openInMemory();
    auto b = Archive::openInMemory();
    DemoArchive::write(a->database());
    DemoArchive::write(b->database());
    const QString query = u"SELECT group_concat(speaker || ':' || text, '|') FROM statement"_s;
    QCOMPARE(sql::scalar(a->database(), query).toString(), sql::scalar(b->database(), query).toString());
}

void TestDemoArchive::scaledArchive()
{
    auto archive = Archive::openInMemory();
    const auto db = archive->database();
    DemoOptions options;
    options.extraYears = 2;
    options.longMeeting = true;
    const Id councilId = DemoArchive::write(db, options);
    QCOMPARE(MeetingRepository(db).fiscalYears(councilId).size(), 4);
    int longest = 0;
    for (const Meeting &m : MeetingRepository(db).meetings(councilId)) {
        const int n = StatementRepository(db).count(m.id);
        longest = std::max(longest, n);
        if (m.fiscalYear < wareki::fiscalYearOf(options.today) - 1 && n < 2500)
            QVERIFY2(n >= 280 && n <= 950, qPrintable(QString::number(n)));
    }
    QVERIFY2(longest >= 2900 && longest <= 3100, qPrintable(QString::number(longest)));
}

QTEST_GUILESS_MAIN(TestDemoArchive)
#include "TestDemoArchive.moc"
