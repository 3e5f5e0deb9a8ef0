// The consultation register: statuses derived from what happened (never typed in), the history of a
// consultation across meetings, numbering that runs on or restarts each 年度, the register's checks,
// and `kiroku consultations` over the demo archive.
#include "cli/Cli.h"
#include "commands/ConsultationCommands.h"
#include "consultation/ConsultationRegister.h"
#include "io/DemoArchive.h"
#include "store/AgendaRepository.h"
#include "store/Archive.h"
#include "store/ConsultationRepository.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::consultation;

class TestConsultationRegister : public QObject
{
    Q_OBJECT

    static HistoryEntry held(Outcome outcome, QDate date = {2025, 6, 1})
    {
        HistoryEntry h;
        h.held = true;
        h.date = date;
        h.outcome = outcome;
        return h;
    }
    static HistoryEntry planned()
    {
        HistoryEntry h;
        h.date = {2025, 12, 1};
        return h;
    }

    static Consultation consultationNumbered(const QVector<Consultation> &all, int number)
    {
        for (const Consultation &c : all) {
            if (c.number == number)
                return c;
        }
        return {};
    }

private Q_SLOTS:
    void derivedStatus_data()
    {
        QTest::addColumn<QVector<HistoryEntry>>("history");
        QTest::addColumn<bool>("responded");
        QTest::addColumn<QDate>("withdrawn");
        QTest::addColumn<QString>("status");
        const QDate none;
        QTest::addRow("nothing yet") << QVector<HistoryEntry>{} << false << none << u"received"_s;
        QTest::addRow("on a planned agenda")
            << QVector<HistoryEntry>{planned()} << false << none << u"on_agenda"_s;
        QTest::addRow("discussed, no decision")
            << QVector<HistoryEntry>{held(Outcome::None)} << false << none << u"on_agenda"_s;
        QTest::addRow("continued") << QVector<HistoryEntry>{held(Outcome::Continued)} << false << none
                                   << u"continued"_s;
        QTest::addRow("continued, next meeting planned")
            << QVector<HistoryEntry>{held(Outcome::Continued), planned()} << false << none << u"continued"_s;
        QTest::addRow("referred") << QVector<HistoryEntry>{held(Outcome::Continued), held(Outcome::Referred)}
                                  << false << none << u"referred"_s;
        QTest::addRow("answered at a meeting")
            << QVector<HistoryEntry>{held(Outcome::Continued), held(Outcome::Response)} << false << none
            << u"answered"_s;
        QTest::addRow("response recorded")
            << QVector<HistoryEntry>{held(Outcome::Continued)} << true << none << u"answered"_s;
        QTest::addRow("withdrawn") << QVector<HistoryEntry>{held(Outcome::Continued)} << false
                                   << QDate(2025, 7, 1) << u"withdrawn"_s;
        QTest::addRow("withdrawal not yet in force") << QVector<HistoryEntry>{held(Outcome::Continued)}
                                                     << false << QDate(2026, 1, 1) << u"continued"_s;
    }

    void derivedStatus()
    {
        QFETCH(QVector<HistoryEntry>, history);
        QFETCH(bool, responded);
        QFETCH(QDate, withdrawn);
        QFETCH(QString, status);
        Consultation c;
        c.receivedDate = {2025, 5, 1};
        c.withdrawnDate = withdrawn;
        QVector<Response> responses;
        if (responded) {
            Response r;
            r.date = {2025, 9, 1};
            responses << r;
        }
        QCOMPARE(statusKey(deriveStatus(c, history, responses, {2025, 10, 1})), status);
        // A response dated after "today" is not an answer yet.
        if (responded)
            QCOMPARE(statusKey(deriveStatus(c, history, responses, {2025, 8, 1})), u"continued"_s);
    }

    // The demo's 諮問第12号 spans three council meetings and two of the subcommittee: received and
    // continued, referred, examined twice by the subcommittee, answered.
    void demoHistory()
    {
        auto archive = Archive::openInMemory();
        const QSqlDatabase db = archive->database();
        const Id council = DemoArchive::write(db);
        const QVector<RegisterEntry> entries = registerOf(db, council, {2026, 11, 22});
        QCOMPARE(entries.size(), 2);
        const RegisterEntry &twelve = entries.at(1);
        QCOMPARE(twelve.consultation.number, 12);
        QCOMPARE(twelve.history.size(), 5);
        QCOMPARE(twelve.history.at(0).outcome, Outcome::Continued);
        QCOMPARE(twelve.history.at(1).outcome, Outcome::Referred);
        QCOMPARE(twelve.history.at(2).subcommitteeName, u"評価書点検小委員会"_s);
        QCOMPARE(twelve.history.at(2).meetingNumber, 1);
        QVERIFY(!twelve.history.at(2).concluded);
        QCOMPARE(twelve.history.at(3).meetingNumber, 2);
        QVERIFY(twelve.history.at(3).concluded);
        QCOMPARE(meetingText(twelve.history.at(3)), u"評価書点検小委員会, meeting 2"_s);
        QVERIFY(outcomeText(twelve.history.at(3)).startsWith(u"Examination concluded"_s));
        QCOMPARE(twelve.history.at(4).outcome, Outcome::Response);
        for (int i = 1; i < twelve.history.size(); ++i)
            QVERIFY(twelve.history.at(i - 1).date < twelve.history.at(i).date);
        QCOMPARE(twelve.referrals.size(), 1);
        QCOMPARE(twelve.status, Status::Answered);
        QCOMPARE(twelve.daysOpen,
                 int(twelve.consultation.receivedDate.daysTo(twelve.responses.first().date)));
        QCOMPARE(voteText(twelve.history.at(4)), u"全員挙手"_s);
        QCOMPARE(voteText(twelve.history.at(2)), QString()); // the subcommittee does not vote here
        QCOMPARE(voteText(twelve.history.at(0)), u"異議なし"_s);

        // Between its meetings it was continued; before its first meeting it was on the agenda.
        const RegisterEntry summer = entryOf(db, twelve.consultation, twelve.history.at(0).date.addDays(30));
        QCOMPARE(summer.status, Status::Continued);
        QCOMPARE(summer.daysOpen, 30);
        const RegisterEntry early = entryOf(db, twelve.consultation, twelve.history.at(0).date.addDays(-1));
        QCOMPARE(early.status, Status::OnAgenda);
        // Referred from the council's decision until the council answers, the subcommittee meeting between.
        for (const int i : {1, 2, 3}) {
            const RegisterEntry then = entryOf(db, twelve.consultation, twelve.history.at(i).date.addDays(1));
            QCOMPARE(then.status, Status::Referred);
        }
        QVERIFY(check(db, council).isEmpty());
    }

    void numbering()
    {
        auto archive = Archive::openInMemory();
        const QSqlDatabase db = archive->database();
        const Id council = DemoArchive::write(db); // 諮問第11号 (令和7年度), 第12号 (令和8年度)
        QCOMPARE(suggestedNumber(db, council, 2026), 13);
        QCOMPARE(suggestedNumber(db, council, 2027), 13); // numbering runs on across years
        CouncilRepository councils(db);
        Council c = *councils.council(council);
        c.consultationNumberingYearly = true;
        councils.update(c);
        QCOMPARE(suggestedNumber(db, council, 2026), 13);
        QCOMPARE(suggestedNumber(db, council, 2027), 1); // restarts each 年度
        QCOMPARE(suggestedNumber(db, council, 2025), 12);
    }

    void checks()
    {
        auto archive = Archive::openInMemory();
        const QSqlDatabase db = archive->database();
        const Id council = DemoArchive::write(db);
        ConsultationRepository consultations(db);
        const Consultation twelve = consultationNumbered(consultations.consultations(council), 12);

        // The same number again: a problem while numbers run on, none once they restart yearly in
        // another year.
        Consultation again = twelve;
        again.id = 0;
        again.fiscalYear = 2027;
        again.receivedDate = {2027, 5, 1};
        again.subject = u"別の件名"_s;
        again.id = consultations.insert(again);
        QVector<Problem> problems = check(db, council);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().message.contains(u"12"_s) &&
                     problems.first().message.contains(u"別の件名"_s),
                 qPrintable(problems.first().message));
        QCOMPARE(problems.first().consultationId, again.id);
        Council c = *CouncilRepository(db).council(council);
        c.consultationNumberingYearly = true;
        CouncilRepository(db).update(c);
        QVERIFY(check(db, council).isEmpty());

        // A response dated before the consultation was received.
        Response early;
        early.consultationId = again.id;
        early.date = {2027, 4, 1};
        early.conclusion = u"妥当"_s;
        consultations.insert(early);
        problems = check(db, council);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(u"before the consultation was received"_s));
        QVERIFY(problems.first().message.contains(u"令和9年4月1日"_s));

        // More hands than members present.
        const Meeting meeting = MeetingRepository(db).meetings(council).first();
        AgendaRepository agenda(db);
        AgendaItem item = agenda.items(meeting.id).first();
        const QVector<Attendance> attendance = MeetingRepository(db).attendance(meeting.id);
        const int present = int(std::count_if(attendance.begin(), attendance.end(), [](const Attendance &a) {
            return a.status != AttendanceStatus::Absent;
        }));
        item.voteKind = VoteKind::Counts;
        item.votesFor = present;
        item.votesAgainst = 0;
        item.votesAbstain = 0;
        agenda.update(item);
        QCOMPARE(check(db, council).size(), 1); // only the response so far
        item.votesAgainst = 1;
        agenda.update(item);
        problems = check(db, council);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.last().agendaItemId, item.id);
        QVERIFY(problems.last().message.contains(u"%1 votes"_s.arg(present + 1)));
    }

    // Edits through the undo stack: refused edits say why and leave the register as it was.
    void commands()
    {
        Document document{Archive::openInMemory()};
        const QSqlDatabase db = document.database();
        const Id council = DemoArchive::write(db);
        ConsultationRepository repository(db);
        QSignalSpy failed(&document, &Document::failed);
        QSignalSpy changed(&document, &Document::consultationsChanged);

        Consultation c;
        c.councilId = council;
        c.number = suggestedNumber(db, council, 2026);
        c.fiscalYear = 2026;
        c.receivedDate = {2026, 11, 20};
        c.consultingBody = u"青葉台市長"_s;
        c.subject = u"架空の事務に関する評価書の第三者点検について"_s;
        auto *add = new AddConsultationCommand(&document, c);
        QVERIFY(document.push(add));
        const Id id = add->consultationId();
        QVERIFY(id != 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(entryOf(db, *repository.consultation(id), {2026, 11, 22}).status, Status::Received);

        // The same number again is refused, and nothing is added.
        const int before = int(repository.consultations(council).size());
        QVERIFY(!document.push(new AddConsultationCommand(&document, c)));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.last().first().toString().contains(u"already exists"_s));
        QCOMPARE(repository.consultations(council).size(), before);

        // A response before the receipt is refused; a sound one is recorded and answers it.
        Response early;
        early.consultationId = id;
        early.date = {2026, 11, 1};
        QVERIFY(!document.push(new SetResponseCommand(&document, early)));
        QVERIFY(failed.last().first().toString().contains(u"before Consultation No. 13 was received"_s));
        Response response = early;
        response.date = {2026, 12, 10};
        response.conclusion = u"妥当である。"_s;
        QVERIFY(document.push(new SetResponseCommand(&document, response)));
        QCOMPARE(entryOf(db, *repository.consultation(id), {2026, 12, 20}).status, Status::Answered);

        // Editing the receipt after the response is refused too.
        Consultation later = *repository.consultation(id);
        later.receivedDate = {2026, 12, 31};
        QVERIFY(!document.push(new EditConsultationCommand(&document, *repository.consultation(id), later)));

        // A consultation dealt with in a sealed record cannot be removed: the store refuses.
        const Consultation twelve = consultationNumbered(repository.consultations(council), 12);
        QVERIFY(!document.push(new RemoveConsultationCommand(&document, twelve)));
        QVERIFY(failed.last().first().toString().contains(u"sealed"_s));
        QVERIFY(repository.consultation(twelve.id));

        // Removal takes the responses and unlinks the agenda; undo brings all of it back.
        const Meeting planned = MeetingRepository(db).meetings(council).constLast();
        AgendaItem item;
        item.meetingId = planned.id;
        item.kind = AgendaKind::Consultation;
        item.number = u"諮問第13号"_s;
        item.title = c.subject;
        item.consultationId = id;
        item.position = 99;
        item.id = AgendaRepository(db).insert(item);
        const Consultation thirteen = *repository.consultation(id);
        const QVector<AgendaItem> linked = AgendaRepository(db).itemsOfConsultation(id);
        const QVector<Response> responses = repository.responses(id);
        QCOMPARE(linked.size(), 1);
        QCOMPARE(responses.size(), 1);
        QVERIFY(document.push(new RemoveConsultationCommand(&document, thirteen)));
        QVERIFY(!repository.consultation(id));
        QVERIFY(repository.responses(id).isEmpty());
        QCOMPARE(AgendaRepository(db).item(item.id)->consultationId, Id(0));
        document.undoStack()->undo();
        QCOMPARE(*repository.consultation(id), thirteen);
        QCOMPARE(repository.responses(id), responses);
        QCOMPARE(AgendaRepository(db).itemsOfConsultation(id), linked);
        AgendaRepository(db).remove(item.id);

        document.undoStack()->undo(); // the response
        QCOMPARE(entryOf(db, *repository.consultation(id), {2026, 12, 20}).status, Status::Received);
        document.undoStack()->undo(); // the addition
        QVERIFY(!repository.consultation(id));
        document.undoStack()->redo();
        QCOMPARE(repository.consultation(id)->number, 13); // back under its id
    }

    void command()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.kiroku"_s);
        {
            Archive::Opened opened = Archive::open(path, Archive::OpenMode::CreateIfMissing);
            QVERIFY(opened.archive);
            DemoArchive::write(opened.archive->database());
        }
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        QCOMPARE(
            cli::run({u"kiroku"_s, u"consultations"_s, u"--archive"_s, path, u"--today"_s, u"2026-11-22"_s},
                     out, err),
            0);
        out.flush();
        QVERIFY2(outText.contains(u"Consultation No. 12"_s), qPrintable(outText));
        QVERIFY(outText.contains(u"[Answered]"_s));
        QCOMPARE(outText.count(u"継続審議（異議なし）"_s), 1);
        QVERIFY(outText.contains(u"小委員会付託（異議なし）"_s));
        QVERIFY(outText.contains(u"評価書点検小委員会, meeting 2"_s));
        QVERIFY(outText.contains(u"答申（全員挙手）"_s));
        QVERIFY(outText.contains(u"Next number for 令和8年度: No. 13"_s));
        outText.clear();
        QCOMPARE(cli::run({u"kiroku"_s, u"consultations"_s, u"--archive"_s, path, u"--check"_s}, out, err),
                 0);
        out.flush();
        QVERIFY(outText.contains(u"No problems found."_s));
        QCOMPARE(cli::run({u"kiroku"_s, u"consultations"_s, u"--archive"_s, path, u"--today"_s, u"22/11"_s},
                          out, err),
                 2);
        QCOMPARE(cli::run({u"kiroku"_s, u"consultations"_s, u"--archive"_s, path, u"--council"_s, u"99"_s},
                          out, err),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestConsultationRegister)
#include "TestConsultationRegister.moc"
