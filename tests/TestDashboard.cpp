// The dashboard: what needs the clerk's attention, from a fixed "today" over a fresh council.
#include "overview/Dashboard.h"
#include "store/Archive.h"
#include "store/ConsultationRepository.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/SignatureRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;
using overview::DashboardItem;

class TestDashboard : public QObject
{
    Q_OBJECT

    const QDate m_today{2025, 10, 1};

    static QVector<DashboardItem> of(const QVector<DashboardItem> &items, DashboardItem::Kind kind)
    {
        QVector<DashboardItem> out;
        for (const DashboardItem &i : items) {
            if (i.kind == kind)
                out << i;
        }
        return out;
    }

    static Id meeting(const QSqlDatabase &db, Id council, QDate date, int number, MeetingStatus status)
    {
        Meeting m;
        m.councilId = council;
        m.fiscalYear = date.month() >= 4 ? date.year() : date.year() - 1;
        m.number = number;
        m.date = date;
        m.status = status;
        return MeetingRepository(db).insert(m);
    }

private Q_SLOTS:
    void linesForEachKind()
    {
        auto archive = Archive::openInMemory();
        const QSqlDatabase db = archive->database();
        Council c;
        c.name = u"テスト審議会"_s;
        c.quota = 2;
        c.signerCount = 2;
        c.publicationDeadlineDays = 45;
        c.id = CouncilRepository(db).insert(c);
        Member a;
        a.councilId = c.id;
        a.name = u"青木 一郎"_s;
        a.termEnd = m_today.addDays(30);
        a.id = CouncilRepository(db).insert(a);
        Member b = a;
        b.id = 0;
        b.name = u"江藤 花子"_s;
        b.termEnd = m_today.addDays(400); // not within 90 days
        b.id = CouncilRepository(db).insert(b);

        meeting(db, c.id, QDate(2025, 11, 20), 5, MeetingStatus::Planned);
        meeting(db, c.id, QDate(2025, 10, 9), 4, MeetingStatus::Planned); // the next one
        const Id finalised = meeting(db, c.id, QDate(2025, 9, 1), 3, MeetingStatus::Finalised);
        SignatureRepository(db).designate(finalised, {a.id, b.id});
        const Id signedLate = meeting(db, c.id, QDate(2025, 7, 1), 2, MeetingStatus::Signed);
        const Id published = meeting(db, c.id, QDate(2025, 6, 1), 1, MeetingStatus::Signed);
        Meeting p = *MeetingRepository(db).meeting(published);
        p.publishedDate = QDate(2025, 7, 1);
        MeetingRepository(db).update(p);

        Consultation open;
        open.councilId = c.id;
        open.number = 1005;
        open.receivedDate = QDate(2025, 8, 2);
        open.subject = u"全項目評価書の点検"_s;
        ConsultationRepository(db).insert(open);
        Consultation answered = open;
        answered.number = 1004;
        answered.id = ConsultationRepository(db).insert(answered);
        Response r;
        r.consultationId = answered.id;
        r.date = QDate(2025, 9, 1);
        ConsultationRepository(db).insert(r);
        Consultation withdrawn = open;
        withdrawn.number = 1003;
        withdrawn.withdrawnDate = QDate(2025, 9, 2);
        ConsultationRepository(db).insert(withdrawn);

        const QVector<DashboardItem> items = overview::dashboard(db, m_today);
        for (const DashboardItem &i : items)
            QVERIFY(!i.text.isEmpty());

        const auto next = of(items, DashboardItem::Kind::NextMeeting);
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.first().date, QDate(2025, 10, 9));
        QCOMPARE(next.first().urgency, DashboardItem::Urgency::Soon);
        QVERIFY(next.first().text.contains(u"8"_s)); // in 8 days

        const auto consultations = of(items, DashboardItem::Kind::OpenConsultation);
        QCOMPARE(consultations.size(), 1); // not the answered one, not the withdrawn one
        QVERIFY(consultations.first().text.contains(u"1005"_s));
        QVERIFY(consultations.first().text.contains(u"60"_s)); // open since 8/2: 60 days

        const auto signing = of(items, DashboardItem::Kind::AwaitingSignatures);
        QCOMPARE(signing.size(), 1);
        QCOMPARE(signing.first().meetingId, finalised);
        QVERIFY2(signing.first().text.contains(u"0"_s) && signing.first().text.contains(u"2"_s),
                 qPrintable(signing.first().text));

        const auto publication = of(items, DashboardItem::Kind::PublicationDue);
        QCOMPARE(publication.size(), 1); // the published one is done
        QCOMPARE(publication.first().meetingId, signedLate);
        QCOMPARE(publication.first().urgency, DashboardItem::Urgency::Overdue); // due 8/15

        const auto terms = of(items, DashboardItem::Kind::TermEnding);
        QCOMPARE(terms.size(), 1);
        QCOMPARE(terms.first().memberId, a.id);

        // Kinds come in the enum's order.
        for (qsizetype i = 1; i < items.size(); ++i)
            QVERIFY(items.at(i - 1).kind <= items.at(i).kind);
    }

    void emptyArchiveHasNothing()
    {
        auto archive = Archive::openInMemory();
        QVERIFY(overview::dashboard(archive->database(), m_today).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "TestDashboard.moc"
