// The council editor's Subcommittees and Reports tabs and the agenda's numbering, reordering and
// reports over the demo archive: what the clerk sees, edits through the undo stack, refusals that leave
// everything as it was.
#include "commands/Document.h"
#include "commands/SubcommitteeCommands.h"
#include "consultations/AgendaPanel.h"
#include "consultations/AgendaTableModel.h"
#include "consultations/ReportsPage.h"
#include "consultations/SubcommitteesPage.h"
#include "io/DemoArchive.h"
#include "store/AgendaRepository.h"
#include "store/Archive.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/ReportRepository.h"
#include "store/SubcommitteeRepository.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::ui;

class TestCouncilRegisters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void subcommitteesTab()
    {
        Document document{Archive::openInMemory()};
        const QSqlDatabase db = document.database();
        const Id council = DemoArchive::write(db);
        SubcommitteesPage page;
        page.setDocument(&document);
        page.setCouncil(council);
        QCOMPARE(page.subcommitteeModel()->rowCount(), 1);
        QCOMPARE(page.subcommitteeModel()->item(0)->text(), u"評価書点検小委員会"_s);
        QVERIFY2(page.detailsText().contains(u"水野 理恵 (chair)"_s), qPrintable(page.detailsText()));
        QVERIFY(page.detailsText().contains(u"Consultation No. 12"_s));
        QCOMPARE(page.meetingModel()->rowCount(), 2);
        QVERIFY(page.meetingModel()->item(1, 3)->text().contains(u"(concluded)"_s));

        // A second subcommittee, then a meeting of it; both undone.
        const QVector<Member> members = CouncilRepository(db).members(council);
        SubcommitteeState state;
        state.subcommittee.councilId = council;
        state.subcommittee.name = u"制度検討部会"_s;
        state.members = {{0, members[4].id, true, 0}, {0, members[6].id, false, 1}};
        const int start = document.undoStack()->index();
        QVERIFY(page.saveSubcommittee(state));
        QCOMPARE(page.subcommitteeModel()->rowCount(), 2);
        QCOMPARE(SubcommitteeRepository(db).subcommittee(page.currentSubcommitteeId())->name,
                 u"制度検討部会"_s);
        SubcommitteeMeeting meeting = page.newMeeting();
        QCOMPARE(meeting.number, 1);
        meeting.attendees = {members[4].id};
        QVERIFY(page.saveMeeting(meeting));
        QCOMPARE(page.meetingModel()->rowCount(), 1);
        // An attendee not on it is refused, the table unchanged.
        QSignalSpy failed(&document, &Document::failed);
        SubcommitteeMeeting wrong = page.newMeeting();
        wrong.attendees = {members[0].id};
        QVERIFY(!page.saveMeeting(wrong));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(page.meetingModel()->rowCount(), 1);
        QVERIFY(page.removeCurrent());
        QCOMPARE(page.subcommitteeModel()->rowCount(), 1);
        document.undoStack()->undo();
        QCOMPARE(page.subcommitteeModel()->rowCount(), 2);
        document.undoStack()->setIndex(start);
        QCOMPARE(page.subcommitteeModel()->rowCount(), 1);
    }

    void reportsTab()
    {
        Document document{Archive::openInMemory()};
        const QSqlDatabase db = document.database();
        const Id council = DemoArchive::write(db);
        ReportsPage page;
        page.setDocument(&document);
        page.setCouncil(council);
        const int rows = page.model()->rowCount();
        QVERIFY(rows >= 8);
        bool leak = false;
        for (int row = 0; row < rows; ++row) {
            const QString details =
                page.model()->index(row, ReportTableModel::DetailsColumn).data().toString();
            if (details.contains(u"要配慮個人情報・100人超"_s))
                leak = true;
        }
        QVERIFY(leak);
        Report r = page.newReport();
        QCOMPARE(r.number, ReportRepository(db).maxNumber(council) + 1);
        r.kind = ReportKind::HandlingNotices;
        r.title = u"個人情報取扱事務の届出状況について"_s;
        r.periodStart = {2026, 7, 1};
        r.periodEnd = {2026, 9, 30};
        r.startedCount = 1;
        QVERIFY(page.saveReport(r));
        QCOMPARE(page.model()->rowCount(), rows + 1);
        QCOMPARE(page.model()
                     ->index(page.model()->rowOf(page.currentReportId()), ReportTableModel::DetailsColumn)
                     .data()
                     .toString(),
                 u"開始1件・変更0件・廃止0件"_s);
        QSignalSpy failed(&document, &Document::failed);
        QVERIFY(!page.saveReport(r)); // the same number again
        QCOMPARE(failed.size(), 1);
        QCOMPARE(page.model()->rowCount(), rows + 1);
        QVERIFY(page.removeCurrent());
        QCOMPARE(page.model()->rowCount(), rows);
        document.undoStack()->undo();
        QCOMPARE(page.model()->rowCount(), rows + 1);
    }

    void agendaNumberingDragAndReports()
    {
        Document document{Archive::openInMemory()};
        const QSqlDatabase db = document.database();
        const Id council = DemoArchive::write(db);
        Id planned = 0;
        for (const Meeting &m : MeetingRepository(db).meetings(council)) {
            if (m.status == MeetingStatus::Planned)
                planned = m.id;
        }
        QVERIFY(planned);
        AgendaPanel panel;
        panel.setDocument(&document);
        panel.setMeeting(planned);
        AgendaTableModel *model = panel.model();
        QCOMPARE(model->headerData(0, Qt::Vertical).toString(), u"(1)"_s);
        Council c = *CouncilRepository(db).council(council);
        c.agendaNumbering = AgendaNumbering::Kana;
        CouncilRepository(db).update(c);
        Q_EMIT document.councilChanged(council);
        QCOMPARE(model->headerData(0, Qt::Vertical).toString(), u"ア"_s);

        // A report not yet taken up becomes an item with its number and title.
        Report report;
        report.councilId = council;
        report.number = ReportRepository(db).maxNumber(council) + 1;
        report.fiscalYear = 2026;
        report.title = u"架空の監査結果について"_s;
        report.kind = ReportKind::Audit;
        report.id = ReportRepository(db).insert(report);
        const Id item = panel.addReportItem(report.id);
        QVERIFY(item);
        const int last = model->rowOf(item);
        QCOMPARE(model->index(last, AgendaTableModel::NumberColumn).data().toString(),
                 u"報告第%1号"_s.arg(report.number));
        QCOMPARE(AgendaRepository(db).item(item)->reportId, report.id);
        QCOMPARE(model->headerData(last, Qt::Vertical).toString(), QString(u"アイウエオ"_s.at(last)));

        // Dragged to the top: one undoable move.
        QVERIFY(last > 0);
        std::unique_ptr<QMimeData> data(model->mimeData({model->index(last, 0)}));
        QVERIFY(data);
        model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {});
        QCOMPARE(model->rowOf(item), 0);
        QCOMPARE(AgendaRepository(db).item(item)->position, 0);
        document.undoStack()->undo();
        QCOMPARE(model->rowOf(item), last);
    }
};

QTEST_MAIN(TestCouncilRegisters)
#include "TestCouncilRegisters.moc"
