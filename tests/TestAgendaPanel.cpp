// The meeting editor's Agenda tab over a copy of the demo archive: items added (a consultation linked
// with its number and subject), edited in place with outcome and vote, a vote beyond those present
// refused, moved, removed with its statements filed under it again on undo, read-only when sealed, and
// the 次第 and notice written as PDFs.
#include "ArchiveController.h"
#include "MainWindow.h"
#include "MeetingEditor.h"
#include "commands/Document.h"
#include "consultation/ConsultationRegister.h"
#include "consultations/AgendaPanel.h"
#include "consultations/AgendaTableModel.h"
#include "io/DemoArchive.h"
#include "store/AgendaRepository.h"
#include "store/Archive.h"
#include "store/ConsultationRepository.h"
#include "store/MeetingRepository.h"
#include "store/StatementRepository.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::ui;

class TestAgendaPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    Id m_council = 0;

    Id meetingWithStatus(const QSqlDatabase &db, MeetingStatus status) const
    {
        for (const Meeting &m : MeetingRepository(db).meetings(m_council)) {
            if (m.status == status)
                return m.id;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"demo.kiroku"_s);
        Archive::Opened opened = Archive::open(m_path, Archive::OpenMode::CreateIfMissing);
        QVERIFY(opened.archive);
        m_council = DemoArchive::write(opened.archive->database());
    }

    void addEditVoteMove()
    {
        MainWindow window;
        QVERIFY(window.controller()->open(m_path));
        Document *document = window.controller()->document();
        const QSqlDatabase db = document->database();
        const Id planned = meetingWithStatus(db, MeetingStatus::Planned);
        QVERIFY(planned);
        QVERIFY(window.selectMeeting(planned));
        AgendaPanel *panel = window.meetingEditor()->agendaPanel();
        AgendaTableModel *model = panel->model();
        const int start = document->undoStack()->index();
        const int before = model->rowCount();
        QSignalSpy failed(document, &Document::failed);

        // A new consultation taken up at the planned meeting: number and subject filled in, linked.
        Consultation c;
        c.councilId = m_council;
        c.number = 13;
        c.fiscalYear = 2026;
        c.receivedDate = {2026, 11, 20};
        c.subject = u"架空の事務に関する評価書の第三者点検について"_s;
        c.id = ConsultationRepository(db).insert(c);
        const Id item = panel->addItem(c.id);
        QVERIFY(item);
        QCOMPARE(model->rowCount(), before + 1);
        const int row = model->rowOf(item);
        QCOMPARE(model->index(row, AgendaTableModel::NumberColumn).data().toString(), u"諮問第13号"_s);
        QCOMPARE(model->index(row, AgendaTableModel::TitleColumn).data().toString(), c.subject);
        QCOMPARE(consultation::entryOf(db, c, {2026, 11, 22}).status, consultation::Status::OnAgenda);

        // Outcome and vote in place; the counts only once the vote is counted.
        QVERIFY(!(model->flags(model->index(row, AgendaTableModel::ForColumn)) & Qt::ItemIsEditable));
        QVERIFY(model->setData(model->index(row, AgendaTableModel::VoteColumn), u"counts"_s));
        QVERIFY(model->flags(model->index(model->rowOf(item), AgendaTableModel::ForColumn)) &
                Qt::ItemIsEditable);
        const QVector<Attendance> attendance = MeetingRepository(db).attendance(planned);
        const int present = int(std::count_if(attendance.begin(), attendance.end(), [](const Attendance &a) {
            return a.status != AttendanceStatus::Absent;
        }));
        QVERIFY(model->setData(model->index(model->rowOf(item), AgendaTableModel::ForColumn),
                               QString::number(present)));
        QVERIFY(!model->setData(model->index(model->rowOf(item), AgendaTableModel::AgainstColumn), u"1"_s));
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.last().first().toString().contains(u"present"_s),
                 qPrintable(failed.last().first().toString()));
        QVERIFY(model->setData(model->index(model->rowOf(item), AgendaTableModel::OutcomeColumn),
                               u"continued"_s));
        QCOMPARE(AgendaRepository(db).item(item)->outcome, Outcome::Continued);
        QCOMPARE(AgendaRepository(db).item(item)->votesFor, present);

        // Closed needs its reason column; the reason column opens only then.
        QVERIFY(!(model->flags(model->index(model->rowOf(item), AgendaTableModel::ReasonColumn)) &
                  Qt::ItemIsEditable));
        QVERIFY(
            model->setData(model->index(model->rowOf(item), AgendaTableModel::PublicityColumn), u"closed"_s));
        QVERIFY(model->setData(model->index(model->rowOf(item), AgendaTableModel::ReasonColumn),
                               u"審議中の事項のため"_s));
        QCOMPARE(AgendaRepository(db).item(item)->closedReason, u"審議中の事項のため"_s);

        // Moved to the top and back by undo.
        panel->view()->setCurrentIndex(model->index(model->rowOf(item), 1));
        while (model->rowOf(item) > 0)
            QVERIFY(panel->moveCurrent(-1));
        QCOMPARE(AgendaRepository(db).items(planned).first().id, item);

        // The sheets print.
        QCOMPARE(panel->printLetter(letters::LetterKind::AgendaSheet, m_dir.filePath(u"次第.pdf"_s)),
                 QString());
        QCOMPARE(panel->printLetter(letters::LetterKind::MeetingNotice, m_dir.filePath(u"通知.pdf"_s)),
                 QString());
        QVERIFY(QFile(m_dir.filePath(u"次第.pdf"_s)).size() > 1000);

        document->undoStack()->setIndex(start);
        QCOMPARE(model->rowCount(), before);
        QVERIFY(AgendaRepository(db).itemsOfConsultation(c.id).isEmpty());
    }

    // Removing an item keeps its statements; undo files them under it again.
    void removeKeepsStatements()
    {
        MainWindow window;
        QVERIFY(window.controller()->open(m_path));
        Document *document = window.controller()->document();
        const QSqlDatabase db = document->database();
        const Id drafted = meetingWithStatus(db, MeetingStatus::Drafted);
        QVERIFY(drafted);
        QVERIFY(window.selectMeeting(drafted));
        AgendaPanel *panel = window.meetingEditor()->agendaPanel();
        AgendaTableModel *model = panel->model();
        const AgendaItem first = model->items().first();
        const AgendaLinks links = AgendaRepository(db).links(first.id);
        QVERIFY(!links.statements.isEmpty());
        const int statements = int(StatementRepository(db).statements(drafted).size());
        panel->view()->setCurrentIndex(model->index(0, 1));
        QVERIFY(panel->removeCurrent());
        QCOMPARE(model->rowOf(first.id), -1);
        QCOMPARE(StatementRepository(db).statements(drafted).size(), statements);
        QVERIFY(AgendaRepository(db).links(first.id).statements.isEmpty());
        document->undoStack()->undo();
        QCOMPARE(*AgendaRepository(db).item(first.id), first);
        QCOMPARE(AgendaRepository(db).links(first.id).statements, links.statements);
        QCOMPARE(AgendaRepository(db).links(first.id).materials, links.materials);
    }

    void sealedIsReadOnly()
    {
        MainWindow window;
        QVERIFY(window.controller()->open(m_path));
        const Id sealed =
            meetingWithStatus(window.controller()->document()->database(), MeetingStatus::Sealed);
        QVERIFY(sealed);
        QVERIFY(window.selectMeeting(sealed));
        QVERIFY(!window.meetingEditor()->agendaPanel()->isEnabled());
    }
};

QTEST_MAIN(TestAgendaPanel)
#include "TestAgendaPanel.moc"
