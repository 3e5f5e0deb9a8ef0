#include "model/Quorum.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;

class TestQuorum : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void required_data();
    void required();
    void lineAndSentence();
    void lateAndEarlyLeavers();
    void membersOutOfOffice();
};

void TestQuorum::required_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<int>("inOffice");
    QTest::addColumn<int>("expected");
    const int majority = int(QuorumRule::Majority);
    const int half = int(QuorumRule::HalfOrMore);
    QTest::newRow("過半数 8") << majority << 8 << 5;
    QTest::newRow("過半数 7") << majority << 7 << 4;
    QTest::newRow("過半数 1") << majority << 1 << 1;
    QTest::newRow("半数以上 8") << half << 8 << 4;
    QTest::newRow("半数以上 7") << half << 7 << 4;
    QTest::newRow("半数以上 15") << half << 15 << 8;
    QTest::newRow("none in office") << majority << 0 << 0;
}

void TestQuorum::required()
{
    QFETCH(int, rule);
    QFETCH(int, inOffice);
    QFETCH(int, expected);
    QCOMPARE(requiredForQuorum(QuorumRule(rule), inOffice), expected);
}

namespace {
struct Fixture
{
    Council council;
    QVector<Member> members;
    QVector<Attendance> attendance;

    explicit Fixture(int count, int present, QuorumRule rule = QuorumRule::Majority)
    {
        council.quota = count;
        council.quorumRule = rule;
        for (int i = 0; i < count; ++i) {
            Member m;
            m.id = i + 1;
            m.name = u"委員 %1"_s.arg(i);
            members << m;
            Attendance a;
            a.memberId = m.id;
            a.status = i < present ? AttendanceStatus::Present : AttendanceStatus::Absent;
            attendance << a;
        }
    }
};
} // namespace

void TestQuorum::lineAndSentence()
{
    Fixture f(8, 7);
    auto state = quorumState(f.council, f.members, f.attendance, QDate(2025, 8, 28));
    QVERIFY(state.met());
    QCOMPARE(quorumLine(state), u"定員8名中7名出席、定足数を満たしています"_s);
    QCOMPARE(quorumSentence(state), u"委員8名のうち7名が出席し、会議は成立した。"_s);

    Fixture all(8, 8);
    state = quorumState(all.council, all.members, all.attendance, QDate(2025, 8, 28));
    QCOMPARE(quorumSentence(state), u"定員8名のところ全員が出席し、会議は成立した。"_s);

    Fixture few(8, 4);
    state = quorumState(few.council, few.members, few.attendance, QDate(2025, 8, 28));
    QVERIFY(!state.met());
    QCOMPARE(quorumLine(state), u"定員8名中4名出席、定足数（5名）に達していません"_s);

    Fixture halfRule(8, 4, QuorumRule::HalfOrMore);
    QVERIFY(quorumState(halfRule.council, halfRule.members, halfRule.attendance, QDate(2025, 8, 28)).met());
}

void TestQuorum::lateAndEarlyLeavers()
{
    Fixture f(8, 4);
    f.attendance[4].status = AttendanceStatus::Late;
    f.attendance[4].arrivedAt = QTime(14, 20);
    f.attendance[0].status = AttendanceStatus::LeftEarly;
    f.attendance[0].leftAt = QTime(15, 0);
    const QDate day(2025, 8, 28);
    QCOMPARE(quorumState(f.council, f.members, f.attendance, day, QTime(14, 0)).present, 4);
    QCOMPARE(quorumState(f.council, f.members, f.attendance, day, QTime(14, 30)).present, 5);
    QCOMPARE(quorumState(f.council, f.members, f.attendance, day, QTime(15, 10)).present, 4);
    QCOMPARE(quorumState(f.council, f.members, f.attendance, day).present, 5);
}

void TestQuorum::membersOutOfOffice()
{
    Fixture f(8, 7);
    f.members[7].termEnd = QDate(2025, 3, 31);
    f.attendance[7].status = AttendanceStatus::Absent;
    const auto state = quorumState(f.council, f.members, f.attendance, QDate(2025, 8, 28));
    QCOMPARE(state.inOffice, 7);
    QCOMPARE(state.required, 4);
    QCOMPARE(quorumLine(state), u"定員8名（在任7名）中7名出席、定足数を満たしています"_s);
}

QTEST_GUILESS_MAIN(TestQuorum)
#include "TestQuorum.moc"
