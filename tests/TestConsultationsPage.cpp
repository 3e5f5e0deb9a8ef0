// The council editor's Consultations tab over a copy of the demo archive: the register with derived
// statuses, the history of 諮問第12号 across its three meetings, Add with the next number, cell edits
// and refusals as undoable commands, a response recorded, and the 諮問書 / 答申書 written as PDFs.
#include "ArchiveController.h"
#include "CouncilEditor.h"
#include "MainWindow.h"
#include "commands/Document.h"
#include "consultations/ConsultationTableModel.h"
#include "consultations/ConsultationsPage.h"
#include "io/DemoArchive.h"
#include "store/Archive.h"
#include "store/ConsultationRepository.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::ui;

class TestConsultationsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    Id m_council = 0;

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

    void registerAndHistory()
    {
        MainWindow window;
        QVERIFY(window.controller()->open(m_path));
        QVERIFY(window.selectCouncil(m_council));
        ConsultationsPage *page = window.councilEditor()->consultationsPage();
        ConsultationTableModel *model = page->model();
        model->setToday({2026, 11, 22});
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(1, ConsultationTableModel::NumberColumn).data().toString(), u"諮問第12号"_s);
        QCOMPARE(model->index(1, ConsultationTableModel::ReceivedColumn).data().toString(),
                 u"令和8年5月21日"_s);
        QCOMPARE(model->index(1, ConsultationTableModel::StatusColumn)
                     .data(ConsultationTableModel::StatusKeyRole)
                     .toString(),
                 u"answered"_s);
        QCOMPARE(model->index(1, ConsultationTableModel::DaysColumn).data().toInt(), 175);

        QVERIFY(page->selectConsultation(model->entries().at(1).consultation.id));
        QStandardItemModel *history = page->historyModel();
        QCOMPARE(history->rowCount(), 6); // three meetings, the subcommittee's two, the response
        QCOMPARE(history->item(0, 2)->text(), u"継続審議"_s);
        QCOMPARE(history->item(0, 3)->text(), u"異議なし"_s);
        QCOMPARE(history->item(1, 2)->text(), u"小委員会付託"_s);
        QVERIFY(history->item(3, 1)->text().startsWith(u"評価書点検小委員会"_s));
        QCOMPARE(history->item(4, 2)->text(), u"答申"_s);
        QCOMPARE(history->item(4, 3)->text(), u"全員挙手"_s);
        QVERIFY(history->item(5, 2)->text().contains(u"妥当"_s));
        QVERIFY(page->problemsText().isEmpty());

        // Letters of the selected consultation.
        const QString request = m_dir.filePath(u"諮問書.pdf"_s), answer = m_dir.filePath(u"答申書.pdf"_s);
        QCOMPARE(page->printLetter(letters::LetterKind::ConsultationRequest, request), QString());
        QCOMPARE(page->printLetter(letters::LetterKind::Response, answer), QString());
        QVERIFY(QFile(request).size() > 1000 && QFile(answer).size() > 1000);
    }

    void addEditRefuseUndo()
    {
        MainWindow window;
        QVERIFY(window.controller()->open(m_path));
        QVERIFY(window.selectCouncil(m_council));
        ConsultationsPage *page = window.councilEditor()->consultationsPage();
        ConsultationTableModel *model = page->model();
        Document *document = window.controller()->document();
        QSignalSpy failed(document, &Document::failed);
        const int start = document->undoStack()->index();

        const Id id = page->addConsultation();
        QVERIFY(id != 0);
        QCOMPARE(page->currentConsultationId(), id);
        const int row = model->rowOf(id);
        QCOMPARE(model->entries().at(row).consultation.number, 13);
        QCOMPARE(model->index(row, ConsultationTableModel::StatusColumn)
                     .data(ConsultationTableModel::StatusKeyRole)
                     .toString(),
                 u"received"_s);

        QVERIFY(model->setData(model->index(row, ConsultationTableModel::SubjectColumn),
                               u"架空の事務について"_s));
        QCOMPARE(model->entries().at(model->rowOf(id)).consultation.subject, u"架空の事務について"_s);
        // Number 12 is taken: refused, said, unchanged.
        QVERIFY(
            !model->setData(model->index(model->rowOf(id), ConsultationTableModel::NumberColumn), u"12"_s));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model->entries().at(model->rowOf(id)).consultation.number, 13);

        // A response before the receipt is refused; one after answers it.
        Response response;
        response.consultationId = id;
        response.date = QDate::currentDate().addDays(-30);
        QVERIFY(!page->recordResponse(response));
        QCOMPARE(failed.size(), 2);
        response.date = QDate::currentDate();
        response.conclusion = u"妥当である。"_s;
        QVERIFY(page->recordResponse(response));
        model->setToday(QDate::currentDate());
        QCOMPARE(model->index(model->rowOf(id), ConsultationTableModel::StatusColumn)
                     .data(ConsultationTableModel::StatusKeyRole)
                     .toString(),
                 u"answered"_s);

        QVERIFY(page->removeCurrent());
        QCOMPARE(model->rowOf(id), -1);
        document->undoStack()->setIndex(start);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(ConsultationRepository(document->database()).consultations(m_council).size(), 2);
    }
};

QTEST_MAIN(TestConsultationsPage)
#include "TestConsultationsPage.moc"
