// What a record lacks before it is finalised, and the publication deadline.
#include "record/Completeness.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::record;

namespace {

// A record with everything a clerk must state: no finding but notices.
RecordData completeRecord()
{
    RecordData d;
    d.council.id = 1;
    d.council.quota = 4;
    d.council.signerCount = 2;
    for (int i = 1; i <= 4; ++i) {
        Member m;
        m.id = i;
        m.councilId = 1;
        m.name = u"委員 %1郎"_s.arg(i);
        d.members << m;
        d.attendance << Attendance{10, i, AttendanceStatus::Present, {}, {}, {}};
    }
    d.meeting.id = 10;
    d.meeting.date = QDate(2025, 8, 28);
    d.meeting.startTime = QTime(9, 30);
    d.meeting.endTime = QTime(10, 40);
    d.meeting.venue = u"第1会議室"_s;
    d.meeting.observerCount = 2;
    d.meeting.chairMemberId = 1;
    AgendaItem item;
    item.id = 100;
    item.number = u"諮問第1005号"_s;
    item.title = u"特定個人情報保護評価書の点検"_s;
    item.kind = AgendaKind::Consultation;
    item.outcome = Outcome::Response;
    d.agenda << item;
    Material material;
    material.label = u"資料1"_s;
    material.title = u"評価書（案）"_s;
    d.materials << material;
    Statement s;
    s.agendaItemId = 100;
    s.text = u"ただいまから会議を開きます。"_s;
    s.spokenAt = QTime(9, 30);
    d.statements << s;
    s.position = 1;
    s.spokenAt = QTime(10, 35);
    d.statements << s;
    d.signatures << Signature{1, 10, 2, 0, {}, SignatureMethod::None, {}, 0};
    d.signatures << Signature{2, 10, 3, 1, {}, SignatureMethod::None, {}, 0};
    d.quorum = quorumState(d.council, d.members, d.attendance, d.meeting.date);
    return d;
}

QStringList topics(const QVector<Finding> &findings, Finding::Severity severity)
{
    QStringList out;
    for (const Finding &f : findings) {
        if (f.severity == severity)
            out << f.topic;
    }
    return out;
}

} // namespace

class TestCompleteness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A stage direction states a fact the fields must agree with: the vote, the observers who came in.
    void draftedDirectionsAgainstFields()
    {
        RecordData d = completeRecord();
        Statement direction;
        direction.agendaItemId = 100;
        direction.position = 2;
        direction.kind = StatementKind::StageDirection;
        direction.text = u"（全員挙手）"_s;
        d.statements << direction;
        QVector<Finding> findings = checkCompleteness(d);
        QCOMPARE(topics(findings, Finding::Severity::Inconsistent), QStringList{u"vote-drafted"_s});
        QVERIFY(findings.first().message.contains(u"（全員挙手）"_s));
        QCOMPARE(findings.first().agendaItemId, Id(100));
        d.agenda.first().voteKind = VoteKind::NoObjection; // recorded, but not what the record says
        QCOMPARE(topics(checkCompleteness(d), Finding::Severity::Inconsistent),
                 QStringList{u"vote-drafted"_s});
        d.agenda.first().voteKind = VoteKind::AllHands;
        QVERIFY(checkCompleteness(d).isEmpty());

        direction.position = 3;
        direction.text = u"（傍聴人３名入室）"_s;
        d.statements << direction;
        findings = checkCompleteness(d); // the count says 2
        QCOMPARE(topics(findings, Finding::Severity::Inconsistent), QStringList{u"observers-drafted"_s});
        d.meeting.observerCount = 3;
        QVERIFY(checkCompleteness(d).isEmpty());
    }

    void completeRecordIsReady()
    {
        const QVector<Finding> findings = checkCompleteness(completeRecord());
        QVERIFY2(readyToFinalise(findings),
                 qPrintable(topics(findings, Finding::Severity::Missing).join(u',')));
        QVERIFY(findings.isEmpty());
    }

    void eachGapIsNamed_data()
    {
        QTest::addColumn<int>("gap");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<bool>("missing"); // else inconsistent
        QTest::newRow("closed without reason") << 0 << u"publicity-reason"_s << true;
        QTest::newRow("item closed without reason") << 1 << u"publicity-reason"_s << true;
        QTest::newRow("observers refused without reason") << 2 << u"observers"_s << true;
        QTest::newRow("attendance not taken") << 3 << u"attendance"_s << true;
        QTest::newRow("late without time") << 4 << u"attendance"_s << true;
        QTest::newRow("no materials") << 5 << u"materials"_s << true;
        QTest::newRow("one signer") << 6 << u"signers"_s << true;
        QTest::newRow("absent signer") << 7 << u"signers"_s << false;
        QTest::newRow("no quorum") << 8 << u"quorum"_s << false;
        QTest::newRow("closes before opening") << 9 << u"times"_s << false;
        QTest::newRow("statements out of order") << 10 << u"times"_s << false;
        QTest::newRow("no outcome") << 11 << u"outcome"_s << true;
        QTest::newRow("more votes than members") << 12 << u"votes"_s << false;
        QTest::newRow("no chair") << 13 << u"chair"_s << true;
        QTest::newRow("left outside meeting") << 14 << u"times"_s << false;
    }

    void eachGapIsNamed()
    {
        QFETCH(int, gap);
        QFETCH(QString, topic);
        QFETCH(bool, missing);
        RecordData d = completeRecord();
        switch (gap) {
        case 0:
            d.meeting.publicity = Publicity::Closed;
            break;
        case 1:
            d.agenda[0].publicity = Publicity::Partial;
            break;
        case 2:
            d.meeting.observersAllowed = false;
            break;
        case 3:
            d.attendance.removeLast();
            break;
        case 4:
            d.attendance[3].status = AttendanceStatus::Late;
            break;
        case 5:
            d.materials.clear();
            break;
        case 6:
            d.signatures.removeLast();
            break;
        case 7:
            d.attendance[1].status = AttendanceStatus::Absent;
            break;
        case 8:
            for (int i = 0; i < 3; ++i)
                d.attendance[i].status = AttendanceStatus::Absent;
            d.quorum = quorumState(d.council, d.members, d.attendance, d.meeting.date);
            break;
        case 9:
            d.meeting.endTime = QTime(9, 0);
            break;
        case 10:
            d.statements[1].spokenAt = QTime(9, 0);
            break;
        case 11:
            d.agenda[0].outcome = Outcome::None;
            break;
        case 12:
            d.agenda[0].voteKind = VoteKind::Counts;
            d.agenda[0].votesFor = 5;
            break;
        case 13:
            d.meeting.chairMemberId = 0;
            break;
        case 14:
            d.attendance[2].status = AttendanceStatus::LeftEarly;
            d.attendance[2].leftAt = QTime(11, 30);
            break;
        }
        const QVector<Finding> findings = checkCompleteness(d);
        const auto severity = missing ? Finding::Severity::Missing : Finding::Severity::Inconsistent;
        QVERIFY2(topics(findings, severity).contains(topic),
                 qPrintable(topics(findings, severity).join(u',')));
        QVERIFY(!readyToFinalise(findings));
        for (const Finding &f : findings)
            QVERIFY(!f.message.isEmpty());
    }

    void itemFindingsPointAtTheItem()
    {
        RecordData d = completeRecord();
        d.agenda[0].outcome = Outcome::None;
        const QVector<Finding> findings = checkCompleteness(d);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().agendaItemId, Id(100));
        QVERIFY(findings.first().message.contains(u"諮問第1005号"_s));
    }

    void otherItemsNeedNoOutcome()
    {
        RecordData d = completeRecord();
        AgendaItem opening;
        opening.id = 99;
        opening.title = u"開会"_s;
        opening.kind = AgendaKind::Other;
        d.agenda.prepend(opening);
        QVERIFY(checkCompleteness(d).isEmpty());
    }

    void zeroObserversIsOnlyANotice()
    {
        RecordData d = completeRecord();
        d.meeting.observerCount = 0;
        const QVector<Finding> findings = checkCompleteness(d);
        QCOMPARE(topics(findings, Finding::Severity::Notice), QStringList{u"observers"_s});
        QVERIFY(readyToFinalise(findings));
    }

    void deadline()
    {
        Council council;
        Meeting meeting;
        meeting.date = QDate(2025, 8, 28);
        QCOMPARE(publicationDeadline(council, meeting, QDate(2025, 9, 1)).state,
                 PublicationDeadline::State::None);
        QVERIFY(describeDeadline(publicationDeadline(council, meeting, QDate(2025, 9, 1))).isEmpty());

        council.publicationDeadlineDays = 45;
        PublicationDeadline d = publicationDeadline(council, meeting, QDate(2025, 9, 1));
        QCOMPARE(d.due, QDate(2025, 10, 12));
        QCOMPARE(d.state, PublicationDeadline::State::Pending);
        QCOMPARE(d.daysLeft, 41);
        QVERIFY(d.shown());
        QVERIFY(describeDeadline(d).contains(u"令和7年10月12日"_s));

        // Not before the meeting is held.
        QCOMPARE(publicationDeadline(council, meeting, QDate(2025, 8, 1)).state,
                 PublicationDeadline::State::None);
        d = publicationDeadline(council, meeting, QDate(2025, 10, 12));
        QCOMPARE(d.daysLeft, 0);
        QCOMPARE(d.state, PublicationDeadline::State::Pending);

        d = publicationDeadline(council, meeting, QDate(2025, 10, 20));
        QCOMPARE(d.state, PublicationDeadline::State::Overdue);
        QCOMPARE(d.daysLeft, -8);
        QVERIFY(describeDeadline(d).contains(u"8"_s));

        meeting.publishedDate = QDate(2025, 10, 1);
        d = publicationDeadline(council, meeting, QDate(2025, 12, 1));
        QCOMPARE(d.state, PublicationDeadline::State::MetOnTime);
        QVERIFY(!d.shown());
        QVERIFY(describeDeadline(d).isEmpty());
        meeting.publishedDate = QDate(2025, 10, 13);
        QCOMPARE(publicationDeadline(council, meeting, QDate(2025, 12, 1)).state,
                 PublicationDeadline::State::MetLate);
    }
};

QTEST_GUILESS_MAIN(TestCompleteness)
#include "TestCompleteness.moc"
