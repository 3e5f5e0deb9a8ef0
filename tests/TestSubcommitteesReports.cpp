// Subcommittees (小委員会) and reports (報告) of a council: the commands that add, change and remove
// them (refused with a reason when wrong, undone under the same ids), the register's checks, the
// agenda's numbering styles, the vote's stage direction written into the record, and the demo's
// consultation that passes through a subcommittee.
#include "cli/Cli.h"
#include "commands/AgendaCommands.h"
#include "commands/ConsultationCommands.h"
#include "commands/ReportCommands.h"
#include "commands/SubcommitteeCommands.h"
#include "consultation/ConsultationRegister.h"
#include "io/ArchiveJson.h"
#include "io/DemoArchive.h"
#include "model/AgendaNumbering.h"
#include "store/AgendaRepository.h"
#include "store/Archive.h"
#include "store/ConsultationRepository.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/ReportRepository.h"
#include "store/StatementRepository.h"
#include "store/SubcommitteeRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace kiroku;

class TestSubcommitteesReports : public QObject
{
    Q_OBJECT

    static Consultation consultationNumbered(const QSqlDatabase &db, Id council, int number)
    {
        for (const Consultation &c : ConsultationRepository(db).consultations(council)) {
            if (c.number == number)
                return c;
        }
        return {};
    }

    static Report leakReport(Id council, int number)
    {
        Report r;
        r.councilId = council;
        r.number = number;
        r.fiscalYear = 2026;
        r.kind = ReportKind::Leak;
        r.title = u"架空の誤送付について"_s;
        r.knownDate = {2026, 10, 1};
        r.receivedDate = {2026, 10, 8};
        r.affectedCount = 140;
        r.overHundred = true;
        r.financialDamage = true;
        return r;
    }

private Q_SLOTS:
    void subcommitteeCommands()
    {
        Document document{Archive::openInMemory()};
        const QSqlDatabase db = document.database();
        const Id council = DemoArchive::write(db);
        const QVector<Member> members = CouncilRepository(db).members(council);
        const Consultation eleven = consultationNumbered(db, council, 11);
        QSignalSpy failed(&document, &Document::failed);
        SubcommitteeRepository repository(db);
        const int existing = int(repository.subcommittees(council).size());

        SubcommitteeState state;
        state.subcommittee.councilId = council;
        state.subcommittee.name = u"第二小委員会"_s;
        state.subcommittee.establishedDate = {2026, 7, 1};
        state.members = {{0, members[0].id, true, 0}, {0, members[3].id, false, 1}};
        state.referrals = {{0, eleven.id, {2026, 7, 1}}};
        auto *add = new SetSubcommitteeCommand(&document, std::nullopt, state);
        QVERIFY(document.push(add));
        const Id id = add->subcommitteeId();
        QVERIFY(id != 0);
        QCOMPARE(repository.members(id).size(), 2);
        QVERIFY(repository.members(id).first().isChair);
        QCOMPARE(repository.referralsOf(eleven.id).size(), 1);

        // Two chairs, a stranger, a referral before the receipt: each refused, nothing written.
        SubcommitteeState twoChairs = *subcommitteeState(db, id);
        twoChairs.members[1].isChair = true;
        QVERIFY(!document.push(new SetSubcommitteeCommand(&document, subcommitteeState(db, id), twoChairs)));
        QVERIFY(failed.last().first().toString().contains(u"one chair"_s));
        SubcommitteeState stranger = *subcommitteeState(db, id);
        stranger.members.append({id, 99999, false, 2});
        QVERIFY(!document.push(new SetSubcommitteeCommand(&document, subcommitteeState(db, id), stranger)));
        SubcommitteeState early = *subcommitteeState(db, id);
        early.referrals[0].referredDate = eleven.receivedDate.addDays(-1);
        QVERIFY(!document.push(new SetSubcommitteeCommand(&document, subcommitteeState(db, id), early)));
        QVERIFY(failed.last().first().toString().contains(u"before it was received"_s));
        SubcommitteeState unnamed = state;
        unnamed.subcommittee.name = u"  "_s;
        QVERIFY(!document.push(new SetSubcommitteeCommand(&document, std::nullopt, unnamed)));
        QCOMPARE(failed.size(), 4);
        QCOMPARE(*subcommitteeState(db, id), [&] {
            SubcommitteeState s = state;
            s.subcommittee.id = id;
            for (auto &m : s.members)
                m.subcommitteeId = id;
            for (auto &r : s.referrals)
                r.subcommitteeId = id;
            return s;
        }());

        // Its meetings: a sound one is stored; an outsider attending, an unreferred consultation and a
        // number given twice are refused.
        SubcommitteeMeeting meeting;
        meeting.subcommitteeId = id;
        meeting.number = 1;
        meeting.date = {2026, 7, 20};
        meeting.attendees = {members[0].id, members[3].id};
        meeting.items = {{eleven.id, false, u"継続して審査する。"_s}};
        auto *addMeeting = new SetSubcommitteeMeetingCommand(&document, std::nullopt, meeting);
        QVERIFY(document.push(addMeeting));
        const Id meetingId = addMeeting->meetingId();
        QCOMPARE(repository.meetingsOf(eleven.id).size(), 1);
        SubcommitteeMeeting outsider = meeting;
        outsider.number = 2;
        outsider.attendees.append(members[6].id);
        QVERIFY(!document.push(new SetSubcommitteeMeetingCommand(&document, std::nullopt, outsider)));
        SubcommitteeMeeting unreferred = meeting;
        unreferred.number = 2;
        unreferred.items = {{consultationNumbered(db, council, 12).id, false, {}}};
        QVERIFY(!document.push(new SetSubcommitteeMeetingCommand(&document, std::nullopt, unreferred)));
        QVERIFY(!document.push(new SetSubcommitteeMeetingCommand(&document, std::nullopt, meeting)));
        QVERIFY(failed.last().first().toString().contains(u"already exists"_s));
        QCOMPARE(repository.meetings(id).size(), 1);

        // The history of 諮問第11号 now lists the subcommittee meeting.
        const auto entry = consultation::entryOf(db, eleven, {2026, 11, 22});
        QVERIFY(std::any_of(entry.history.begin(), entry.history.end(),
                            [&](const auto &h) { return h.subcommitteeMeetingId == meetingId; }));

        // Removing the subcommittee takes its meetings; undo brings all back under their ids.
        QVERIFY(
            document.push(new SetSubcommitteeCommand(&document, subcommitteeState(db, id), std::nullopt)));
        QVERIFY(!repository.subcommittee(id));
        QVERIFY(repository.meetingsOf(eleven.id).isEmpty());
        document.undoStack()->undo();
        QCOMPARE(repository.subcommittee(id)->name, u"第二小委員会"_s);
        QCOMPARE(repository.meeting(meetingId)->items.first().result, u"継続して審査する。"_s);
        QCOMPARE(repository.members(id).size(), 2);
        document.undoStack()->undo(); // the meeting
        document.undoStack()->undo(); // the subcommittee
        QCOMPARE(int(repository.subcommittees(council).size()), existing);
        document.undoStack()->redo();
        QCOMPARE(repository.subcommittee(id)->name, u"第二小委員会"_s);
    }

    // Removing a consultation and undoing it restores its referral and the subcommittee's record of it.
    void consultationRemovalKeepsSubcommitteeRecord()
    {
        Document document{Archive::openInMemory()};
        const QSqlDatabase db = document.database();
        const Id council = DemoArchive::write(db);
        Consultation c;
        c.councilId = council;
        c.number = consultation::suggestedNumber(db, council, 2026);
        c.fiscalYear = 2026;
        c.receivedDate = {2026, 10, 1};
        c.subject = u"架空の事務に関する評価書の第三者点検について"_s;
        auto *add = new AddConsultationCommand(&document, c);
        QVERIFY(document.push(add));
        c.id = add->consultationId();
        SubcommitteeRepository repository(db);
        const Id sub = repository.subcommittees(council).first().id;
        SubcommitteeState state = *subcommitteeState(db, sub);
        state.referrals.append({sub, c.id, {2026, 10, 2}});
        QVERIFY(document.push(new SetSubcommitteeCommand(&document, subcommitteeState(db, sub), state)));
        SubcommitteeMeeting meeting = repository.meetings(sub).first();
        meeting.id = 0;
        meeting.number = 3;
        meeting.date = {2026, 10, 20};
        meeting.items = {{c.id, true, u"点検結果をまとめた。"_s}};
        QVERIFY(document.push(new SetSubcommitteeMeetingCommand(&document, std::nullopt, meeting)));
        QCOMPARE(consultation::entryOf(db, c, {2026, 11, 22}).status, consultation::Status::Referred);

        QVERIFY(document.push(new RemoveConsultationCommand(&document, c)));
        QVERIFY(repository.referralsOf(c.id).isEmpty());
        QVERIFY(repository.meetingsOf(c.id).isEmpty());
        document.undoStack()->undo();
        QCOMPARE(repository.referralsOf(c.id).size(), 1);
        QCOMPARE(repository.meetingsOf(c.id).size(), 1);
        QCOMPARE(repository.meetingsOf(c.id).first().items.first().result, u"点検結果をまとめた。"_s);
        QVERIFY(consultation::check(db, council).isEmpty());
    }

    void registerChecks()
    {
        auto archive = Archive::openInMemory();
        const QSqlDatabase db = archive->database();
        const Id council = DemoArchive::write(db);
        QVERIFY(consultation::check(db, council).isEmpty());
        SubcommitteeRepository repository(db);
        const Subcommittee s = repository.subcommittees(council).first();
        // Written past the commands, as an import or an old archive might have it.
        QVector<SubcommitteeMember> members = repository.members(s.id);
        for (auto &m : members)
            m.isChair = false;
        repository.setMembers(s.id, members);
        SubcommitteeMeeting stray = repository.meetings(s.id).first();
        stray.id = 0;
        stray.number = 9;
        stray.items = {{consultationNumbered(db, council, 11).id, false, {}}};
        repository.insert(stray);
        Report twice = leakReport(council, 361);
        ReportRepository(db).insert(twice);
        const QStringList messages = [&] {
            QStringList all;
            for (const auto &p : consultation::check(db, council))
                all << p.message;
            return all;
        }();
        QVERIFY2(messages.join(u'\n').contains(u"has no chair"_s), qPrintable(messages.join(u'\n')));
        QVERIFY(messages.join(u'\n').contains(u"which was not referred to it"_s));
        QVERIFY(messages.join(u'\n').contains(u"Report No. 361 is given twice"_s));
    }

    void reportCommands()
    {
        Document document{Archive::openInMemory()};
        const QSqlDatabase db = document.database();
        const Id council = DemoArchive::write(db);
        ReportRepository reports(db);
        QSignalSpy failed(&document, &Document::failed);
        QSignalSpy changed(&document, &Document::reportsChanged);
        const int next = suggestedReportNumber(db, council, 2026);
        QCOMPARE(next, reports.maxNumber(council) + 1);

        Report leak = leakReport(council, next);
        auto *add = new SetReportCommand(&document, std::nullopt, leak);
        QVERIFY(document.push(add));
        const Id id = add->reportId();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(leakCriteriaText(*reports.report(id)), u"財産的被害のおそれ・100人超"_s);

        const int count = int(reports.reports(council).size());
        const QVector<std::pair<Report, QString>> wrong = [&] {
            QVector<std::pair<Report, QString>> list;
            Report same = leakReport(council, next);
            list.append({same, u"already exists"_s});
            Report backwards = leakReport(council, next + 1);
            backwards.receivedDate = backwards.knownDate.addDays(-1);
            list.append({backwards, u"before it became known"_s});
            Report few = leakReport(council, next + 1);
            few.affectedCount = 40;
            list.append({few, u"More than 100 people"_s});
            Report period = leakReport(council, next + 1);
            period.kind = ReportKind::HandlingNotices;
            period.periodStart = {2026, 9, 30};
            period.periodEnd = {2026, 7, 1};
            list.append({period, u"ends"_s});
            Report negative = period;
            negative.periodEnd = {2026, 12, 31};
            negative.startedCount = -1;
            list.append({negative, u"negative"_s});
            Report zero = leakReport(council, 0);
            list.append({zero, u"from 1"_s});
            return list;
        }();
        for (const auto &[report, why] : wrong) {
            QVERIFY(!document.push(new SetReportCommand(&document, std::nullopt, report)));
            QVERIFY2(failed.last().first().toString().contains(why),
                     qPrintable(failed.last().first().toString()));
        }
        QCOMPARE(int(reports.reports(council).size()), count);

        // A report taken up on an agenda: removing it unlinks the item; undo links it again.
        const Id meetingId = MeetingRepository(db).meetings(council).last().id;
        AgendaItem item;
        item.meetingId = meetingId;
        item.position = 99;
        item.kind = AgendaKind::Report;
        item.number = u"報告第%1号"_s.arg(next);
        item.title = leak.title;
        item.reportId = id;
        const Id itemId = AgendaRepository(db).insert(item);
        QVERIFY(document.push(new SetReportCommand(&document, reports.report(id), std::nullopt)));
        QVERIFY(!reports.report(id));
        QCOMPARE(AgendaRepository(db).item(itemId)->reportId, Id(0));
        document.undoStack()->undo();
        QCOMPARE(reports.report(id)->title, leak.title);
        QCOMPARE(AgendaRepository(db).item(itemId)->reportId, id);
        QCOMPARE(AgendaRepository(db).itemsOfReport(id).size(), 1);

        Report counts;
        counts.startedCount = 3;
        counts.changedCount = 5;
        counts.abolishedCount = 1;
        QCOMPARE(handlingCountsText(counts), u"開始3件・変更5件・廃止1件"_s);
    }

    void agendaNumbering_data()
    {
        QTest::addColumn<int>("style");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("mark");
        QTest::addRow("paren 1") << int(AgendaNumbering::Paren) << 0 << u"(1)"_s;
        QTest::addRow("paren 12") << int(AgendaNumbering::Paren) << 11 << u"(12)"_s;
        QTest::addRow("kana 1") << int(AgendaNumbering::Kana) << 0 << u"ア"_s;
        QTest::addRow("kana 3") << int(AgendaNumbering::Kana) << 2 << u"ウ"_s;
        QTest::addRow("kana 46") << int(AgendaNumbering::Kana) << 45 << u"ン"_s;
        QTest::addRow("kana past the end") << int(AgendaNumbering::Kana) << 46 << u"(47)"_s;
        QTest::addRow("circled 1") << int(AgendaNumbering::Circled) << 0 << u"①"_s;
        QTest::addRow("circled 20") << int(AgendaNumbering::Circled) << 19 << u"⑳"_s;
        QTest::addRow("circled 21") << int(AgendaNumbering::Circled) << 20 << u"㉑"_s;
        QTest::addRow("circled 36") << int(AgendaNumbering::Circled) << 35 << u"㊱"_s;
        QTest::addRow("circled 50") << int(AgendaNumbering::Circled) << 49 << u"㊿"_s;
        QTest::addRow("circled 51") << int(AgendaNumbering::Circled) << 50 << u"(51)"_s;
        QTest::addRow("titles") << int(AgendaNumbering::Titles) << 0 << QString();
    }

    void agendaNumbering()
    {
        QFETCH(int, style);
        QFETCH(int, index);
        QFETCH(QString, mark);
        QCOMPARE(agendaMark(AgendaNumbering(style), index), mark);
    }

    void agendaLines()
    {
        AgendaItem item;
        item.number = u"諮問第12号"_s;
        item.title = u"架空の事務について"_s;
        QCOMPARE(agendaLine(AgendaNumbering::Kana, 1, item), u"イ　諮問第12号　架空の事務について"_s);
        QCOMPARE(agendaLine(AgendaNumbering::Titles, 1, item), u"諮問第12号　架空の事務について"_s);
        item.title = u"諮問第12号 架空の事務について"_s; // the title already says it
        QCOMPARE(agendaLine(AgendaNumbering::Circled, 0, item), u"①　諮問第12号 架空の事務について"_s);

        // The council's style is stored with it.
        auto archive = Archive::openInMemory();
        const QSqlDatabase db = archive->database();
        const Id council = DemoArchive::write(db);
        Council c = *CouncilRepository(db).council(council);
        QCOMPARE(c.agendaNumbering, AgendaNumbering::Paren);
        c.agendaNumbering = AgendaNumbering::Circled;
        CouncilRepository(db).update(c);
        QCOMPARE(CouncilRepository(db).council(council)->agendaNumbering, AgendaNumbering::Circled);
    }

    // Setting an item's vote writes 「（全員挙手）」 after its last statement, once; undo takes it away.
    void voteStageDirection()
    {
        Document document{Archive::openInMemory()};
        const QSqlDatabase db = document.database();
        const Id council = DemoArchive::write(db);
        // A meeting whose record is still being written (not signed or sealed).
        Meeting meeting;
        for (const Meeting &m : MeetingRepository(db).meetings(council)) {
            if (m.status == MeetingStatus::Drafted)
                meeting = m;
        }
        QVERIFY(meeting.id != 0);
        StatementRepository statements(db);
        AgendaItem item = AgendaRepository(db).items(meeting.id).last();
        AgendaItem before = item;
        before.voteKind = VoteKind::None;
        AgendaRepository(db).update(before);
        QVector<Statement> all = statements.statements(meeting.id);
        all.removeIf([&](const Statement &s) {
            return s.agendaItemId != item.id || s.kind != StatementKind::StageDirection;
        });
        for (const Statement &s : std::as_const(all))
            statements.remove(s.id); // the demo's own directions for this item
        const int count = statements.count(meeting.id);
        int last = -1;
        for (const Statement &s : statements.statements(meeting.id)) {
            if (s.agendaItemId == item.id)
                last = s.position;
        }
        QVERIFY(last >= 0);

        AgendaItem after = before;
        after.voteKind = VoteKind::AllHands;
        QVERIFY(document.push(new EditAgendaItemCommand(&document, before, after)));
        QCOMPARE(statements.count(meeting.id), count + 1);
        const Statement direction = statements.statements(meeting.id).at(last + 1);
        QCOMPARE(direction.text, u"（全員挙手）"_s);
        QCOMPARE(direction.kind, StatementKind::StageDirection);
        QCOMPARE(direction.agendaItemId, item.id);
        document.undoStack()->undo();
        QCOMPARE(statements.count(meeting.id), count);
        document.undoStack()->redo();
        QCOMPARE(statements.statements(meeting.id).at(last + 1).id, direction.id);

        // Counted votes say the counts; an unchanged vote adds nothing.
        AgendaItem counted = after;
        counted.voteKind = VoteKind::Counts;
        counted.votesFor = 4;
        counted.votesAgainst = 1;
        QVERIFY(document.push(new EditAgendaItemCommand(&document, after, counted)));
        QCOMPARE(statements.statements(meeting.id).at(last + 2).text, u"（賛成4人　反対1人　棄権0人）"_s);
        AgendaItem renamed = counted;
        renamed.title += u"（修正）"_s;
        QVERIFY(document.push(new EditAgendaItemCommand(&document, counted, renamed)));
        QCOMPARE(statements.count(meeting.id), count + 2);
    }

    void jsonAndCommandLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.kiroku"_s);
        {
            Archive::Opened opened = Archive::open(path, Archive::OpenMode::CreateIfMissing);
            QVERIFY(opened.archive);
            DemoArchive::write(opened.archive->database());
            const QJsonObject json = ArchiveJson::exportArchive(opened.archive->database());
            const QJsonObject council = json.value(u"councils"_s).toArray().first().toObject();
            QCOMPARE(council.value(u"subcommittees"_s).toArray().size(), 1);
            const QJsonObject sub = council.value(u"subcommittees"_s).toArray().first().toObject();
            QCOMPARE(sub.value(u"members"_s).toArray().size(), 3);
            QCOMPARE(sub.value(u"meetings"_s).toArray().size(), 2);
            QVERIFY(council.value(u"reports"_s).toArray().size() >= 8);
            auto copy = Archive::openInMemory();
            ArchiveJson::importArchive(copy->database(), json);
            QCOMPARE(ArchiveJson::exportArchiveBytes(copy->database()),
                     ArchiveJson::exportArchiveBytes(opened.archive->database()));
        }
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        QCOMPARE(cli::run({u"kiroku"_s, u"consultations"_s, u"--archive"_s, path, u"--reports"_s}, out, err),
                 0);
        out.flush();
        QVERIFY2(outText.contains(u"Report No. 361"_s), qPrintable(outText));
        QVERIFY(outText.contains(u"[leak report]"_s));
        QVERIFY(outText.contains(u"要配慮個人情報・100人超"_s));
        QVERIFY(outText.contains(u"開始"_s));
        outText.clear();
        QCOMPARE(
            cli::run({u"kiroku"_s, u"consultations"_s, u"--archive"_s, path, u"--subcommittees"_s}, out, err),
            0);
        out.flush();
        QVERIFY2(outText.contains(u"評価書点検小委員会"_s), qPrintable(outText));
        QVERIFY(outText.contains(u"(chair)"_s));
        QVERIFY(outText.contains(u"examination concluded"_s));
    }
};

QTEST_GUILESS_MAIN(TestSubcommitteesReports)
#include "TestSubcommitteesReports.moc"
