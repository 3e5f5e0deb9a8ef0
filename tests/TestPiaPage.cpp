// The council editor's PIA evaluations tab over a copy of the demo archive: the evaluation of the
// 住民基本台帳 affair under inspection, its threshold judgment following its inputs live (mismatch,
// voluntarily fuller) and back on undo, a question table imported from CSV with its counts line, a bad
// file refused with the table untouched, the checklist linked to statements, the document attached
// (a non-PDF refused), and the inspection result sheet and 答申 paragraph printed to PDF.
#include "ArchiveController.h"
#include "CouncilEditor.h"
#include "Delegates.h"
#include "MainWindow.h"
#include "WarekiDateEdit.h"
#include "commands/Document.h"
#include "io/DemoArchive.h"
#include "pia/PiaChecklistTab.h"
#include "pia/PiaDocumentTab.h"
#include "pia/PiaHeaderTabs.h"
#include "pia/PiaLabels.h"
#include "pia/PiaListModel.h"
#include "pia/PiaOutputTab.h"
#include "pia/PiaPage.h"
#include "pia/PiaQuestionsTab.h"
#include "store/Archive.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::ui;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Chooses a declared type in the combo as the clerk does (activated, not only the index).
void chooseDeclared(QComboBox *combo, PiaType type)
{
    const int index = combo->findData(toKey(type));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
}

} // namespace

class TestPiaPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    Id m_council = 0;

    // The demo's second version of No.1 (an important change, under inspection).
    static Id underInspection(const PiaListModel *model)
    {
        for (const pia::PiaEntry &e : model->entries()) {
            if (e.evaluation.evaluationNumber == u"1"_s && e.evaluation.version == 2)
                return e.evaluation.id;
        }
        return 0;
    }

private Q_SLOTS:
    void datesShowWareki()
    {
        // A PIA date field reads and shows 和暦 like every other date, and saves when the clerk is done.
        QWidget parent;
        WarekiDateEdit edit(&parent);
        edit.setOptional(true);
        edit.setDate(QDate(2025, 4, 1));
        QVERIFY2(edit.text().startsWith(u"令和7年4月1日"_s), qPrintable(edit.text()));
        edit.setDate(QDate(2019, 4, 30));
        QVERIFY2(edit.text().startsWith(u"平成31年4月30日"_s), qPrintable(edit.text()));
        edit.setDate(QDate());
        QCOMPARE(edit.text(), QString());
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"demo.kiroku"_s);
        Archive::Opened opened = Archive::open(m_path, Archive::OpenMode::CreateIfMissing);
        QVERIFY(opened.archive);
        m_council = DemoArchive::write(opened.archive->database());
    }

    void listAndThreshold()
    {
        MainWindow window;
        QVERIFY(window.controller()->open(m_path));
        QVERIFY(window.selectCouncil(m_council));
        PiaPage *page = window.councilEditor()->piaPage();
        PiaListModel *model = page->model();
        QCOMPARE(model->rowCount(), 3);
        const Id id = underInspection(model);
        QVERIFY(id != 0);
        QVERIFY(page->selectEvaluation(id));
        QCOMPARE(page->currentEvaluationId(), id);
        const int row = model->rowOf(id);
        QCOMPARE(model->index(row, PiaListModel::AffairColumn).data().toString(),
                 u"住民基本台帳に関する事務"_s);
        QVERIFY(!model->index(row, PiaListModel::RequiredColumn).data(PiaListModel::MismatchRole).toBool());

        // The tax evaluation declares a fuller type than its 236,500 people and 92 staff require.
        for (const pia::PiaEntry &e : model->entries()) {
            if (e.evaluation.evaluationNumber == u"2"_s)
                QVERIFY(model->index(model->rowOf(e.evaluation.id), PiaListModel::JudgmentColumn)
                            .data()
                            .toString()
                            .contains(u"voluntarily fuller"_s));
        }

        PiaBasicsTab *basics = page->basicsTab();
        QVERIFY(basics->isEnabled());
        QVERIFY(basics->requiredText().startsWith(u"Basic + full"_s));
        QVERIFY(basics->statusText().contains(u"as required"_s));

        QUndoStack *stack = window.controller()->document()->undoStack();
        const int before = stack->count();
        // Declared lighter than the 312,480 people require: a mismatch, on the tab and in the list.
        chooseDeclared(basics->declaredBox(), PiaType::BasicFocused);
        QTRY_VERIFY(basics->statusText().contains(u"Mismatch"_s));
        QVERIFY(model->index(model->rowOf(id), PiaListModel::RequiredColumn)
                    .data(PiaListModel::MismatchRole)
                    .toBool());
        QCOMPARE(page->currentEvaluationId(), id);

        // Fewer people in the file: only 基礎項目評価 required, the declared type is now fuller.
        basics->targetCountBox()->setValue(50'000);
        QTRY_VERIFY(basics->requiredText().startsWith(u"Basic（"_s));
        QVERIFY(basics->statusText().contains(u"fuller"_s));
        QCOMPARE(stack->count(), before + 2);

        stack->undo();
        QTRY_VERIFY(basics->requiredText().startsWith(u"Basic + full"_s));
        QCOMPARE(basics->targetCountBox()->value(), 312'480);
        QVERIFY(basics->statusText().contains(u"Mismatch"_s));
        stack->undo();
        QTRY_VERIFY(basics->statusText().contains(u"as required"_s));
        QVERIFY(!model->index(model->rowOf(id), PiaListModel::RequiredColumn)
                     .data(PiaListModel::MismatchRole)
                     .toBool());

        // Why and when: the demo's comment period is 30 days, the deadlines are computed.
        QVERIFY(page->scheduleTab()->commentText().startsWith(u"30 day"_s));
        QCOMPARE(page->scheduleTab()->opinionModel()->rowCount(), 3);
        QVERIFY(page->scheduleTab()->deadlinesText().contains(u"five-year"_s));
    }

    void questionTable()
    {
        MainWindow window;
        QVERIFY(window.controller()->open(m_path));
        QVERIFY(window.selectCouncil(m_council));
        PiaPage *page = window.councilEditor()->piaPage();
        const Id id = underInspection(page->model());
        QVERIFY(page->selectEvaluation(id));
        PiaQuestionsTab *questions = page->questionsTab();
        QCOMPARE(questions->model()->rowCount(), 21);
        QCOMPARE(questions->summaryText(), u"21問: 一次 適合10・観察事項11 → 最終 適合21"_s);

        const QString good = m_dir.filePath(u"questions.csv"_s);
        writeFile(good, u"番号,該当箇所,頁,質問,一次判定,回答,二次確認,最終判定\r\n"
                        "1,I 基本情報,3,事務の内容は具体的か。,適合,記載しています。,,適合\r\n"
                        "2,III 7 ⑥ 技術的対策,44,暗号化の方法は。,観察事項,追記しました。,確認した。,適合\r\n"
                        "3,IV 1 監査,47,監査の頻度は。,要改善,年1回とします。,,要改善\r\n"_s.toUtf8());
        QUndoStack *stack = window.controller()->document()->undoStack();
        const int before = stack->count();
        QCOMPARE(questions->importFile(good), QString());
        QTRY_COMPARE(questions->model()->rowCount(), 3);
        QCOMPARE(questions->summaryText(), u"3問: 一次 適合1・要改善1・観察事項1 → 最終 適合2・要改善1"_s);
        QCOMPARE(stack->count(), before + 1);
        QCOMPARE(questions->model()->index(1, PiaColumns::QuestionPage).data().toString(), u"p.44"_s);

        // A bad file (an unknown judgment) is refused with the line named; nothing changes.
        const QString bad = m_dir.filePath(u"bad.csv"_s);
        writeFile(bad,
                  u"番号,該当箇所,一次判定,最終判定\r\n1,I,適合,適合\r\n2,II,たぶん適合,適合\r\n"_s.toUtf8());
        const QString error = questions->importFile(bad);
        QVERIFY2(error.contains(u"3"_s), qPrintable(error));
        QCOMPARE(questions->model()->rowCount(), 3);
        QCOMPARE(stack->count(), before + 1);
        QCOMPARE(questions->summaryText(), u"3問: 一次 適合1・要改善1・観察事項1 → 最終 適合2・要改善1"_s);

        // A number taken twice is refused with the reason, and nothing is pushed.
        QSignalSpy failed(window.controller()->document(), &Document::failed);
        QVERIFY(!questions->model()->setData(questions->model()->index(0, PiaColumns::QuestionNumber), 2));
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.at(0).at(0).toString().isEmpty());
        QCOMPARE(stack->count(), before + 1);

        // Exported and imported again: the same table.
        const QString exported = m_dir.filePath(u"exported.tsv"_s);
        QCOMPARE(questions->exportFile(exported), QString());
        QVERIFY(QFile(exported).size() > 100);

        // An edit in place is one command; undoing the import brings the 21 questions back.
        QVERIFY(questions->model()->setData(questions->model()->index(2, PiaColumns::QuestionFinal),
                                            toKey(PiaJudgment::Conforming)));
        QTRY_COMPARE(questions->summaryText(), u"3問: 一次 適合1・要改善1・観察事項1 → 最終 適合3"_s);
        stack->undo();
        stack->undo();
        QTRY_COMPARE(questions->model()->rowCount(), 21);
        QCOMPARE(questions->summaryText(), u"21問: 一次 適合10・観察事項11 → 最終 適合21"_s);
    }

    void checklistDocumentAndOutput()
    {
        MainWindow window;
        QVERIFY(window.controller()->open(m_path));
        QVERIFY(window.selectCouncil(m_council));
        PiaPage *page = window.councilEditor()->piaPage();
        const Id id = underInspection(page->model());
        QVERIFY(page->selectEvaluation(id));

        // The 13 viewpoints; 妥当性4 is linked to two statements of the inspection meetings.
        PiaChecklistTab *checklist = page->checklistTab();
        PiaViewpointModel *viewpoints = checklist->model();
        QCOMPARE(viewpoints->rowCount(), 13);
        QCOMPARE(viewpoints->items().at(9).code, u"妥当性4"_s);
        QCOMPARE(viewpoints->items().at(9).statementIds.size(), 2);
        const QVector<StatementChoice> choices = checklist->statementChoices();
        QVERIFY(choices.size() >= 3);
        QVERIFY(checklist->linkStatements(10, {choices.at(2).id}));
        QTRY_COMPARE(viewpoints->items().at(10).statementIds, QVector<Id>{choices.at(2).id});
        QCOMPARE(viewpoints->index(10, PiaColumns::ViewpointStatements).data().toString(), u"1"_s);
        // A judgment through the model, as the combo delegate sets it.
        QVERIFY(viewpoints->setData(viewpoints->index(10, PiaColumns::ViewpointJudgment),
                                    toKey(PiaJudgment::Conforming)));
        QTRY_COMPARE(viewpoints->items().at(10).judgment, PiaJudgment::Conforming);

        // The document: a non-PDF refused, a PDF attached and shown, a cited page jumped to.
        PiaDocumentTab *document = page->documentTab();
        const QString notPdf = m_dir.filePath(u"評価書.pdf"_s);
        writeFile(notPdf, "not a pdf at all");
        const int pagesBefore = document->pageCount(); // the demo's draft, handed out at the meetings
        QVERIFY(!document->attachFile(notPdf).isEmpty());
        QCOMPARE(document->pageCount(), pagesBefore);
        const QString pdf = m_dir.filePath(u"zenkoumoku.pdf"_s);
        {
            QPdfWriter writer(pdf);
            writer.setPageSize(QPageSize(QPageSize::A4));
            QPainter painter(&writer);
            for (int p = 1; p <= 60; ++p) {
                painter.drawText(200, 200, u"Page %1"_s.arg(p));
                if (p < 60)
                    writer.newPage();
            }
        }
        QCOMPARE(document->attachFile(pdf), QString());
        QTRY_COMPARE(document->pageCount(), 60);
        // 妥当性4 cites III 7 ⑥, p.44.
        checklist->view()->setCurrentIndex(viewpoints->index(9, PiaColumns::ViewpointPage));
        QCOMPARE(viewpoints->index(9, PiaColumns::ViewpointPage).data().toString(), u"p.44"_s);
        Q_EMIT checklist->pageRequested(44);
        QCOMPARE(page->sections()->currentWidget(), static_cast<QWidget *>(document));
        QTRY_COMPARE(document->currentPage(), 44);
        QCOMPARE(document->pageBox()->value(), 44);

        // Output: the result sheet and the 答申 paragraph as PDFs, the paragraph as text.
        PiaOutputTab *output = page->outputTab();
        QVERIFY(!output->paragraphText().isEmpty());
        const QString sheet = m_dir.filePath(u"点検結果.pdf"_s),
                      paragraph = m_dir.filePath(u"答申段落.pdf"_s);
        QCOMPARE(output->printLetter(letters::LetterKind::PiaResultSheet, sheet), QString());
        QCOMPARE(output->printLetter(letters::LetterKind::PiaResponseParagraph, paragraph), QString());
        QVERIFY(QFile(sheet).size() > 1000);
        QVERIFY(QFile(paragraph).size() > 1000);
    }

    // The path: a re-evaluation from its threshold judgment through the public comment and the
    // inspection to the 答申 paragraph, all in the window.
    void reEvaluationToParagraph()
    {
        MainWindow window;
        QVERIFY(window.controller()->open(m_path));
        QVERIFY(window.selectCouncil(m_council));
        PiaPage *page = window.councilEditor()->piaPage();
        Id tax = 0;
        for (const pia::PiaEntry &e : page->model()->entries()) {
            if (e.evaluation.evaluationNumber == u"2"_s)
                tax = e.evaluation.id;
        }
        QVERIFY(page->selectEvaluation(tax));
        const Id next = page->newVersion(PiaTrigger::ImportantChange, u"標準準拠システムへの移行"_s);
        QVERIFY(next != 0);
        QCOMPARE(page->currentEvaluationId(), next);

        // 600 staff now handle the file: 全項目評価 is required, as declared.
        PiaBasicsTab *basics = page->basicsTab();
        QCOMPARE(basics->targetCountBox()->value(), 236'500);
        QVERIFY(basics->statusText().contains(u"fuller"_s));
        basics->handlerCountBox()->setValue(600);
        QTRY_VERIFY(basics->statusText().contains(u"as required"_s));

        // A comment period of 20 days is flagged.
        PiaScheduleTab *schedule = page->scheduleTab();
        // Typed as a clerk writes dates: 和暦 and Western both, Enter saves.
        const auto typeDate = [](WarekiDateEdit *edit, const QString &text) {
            edit->setFocus();
            edit->selectAll();
            QTest::keyClicks(edit, text);
            QTest::keyClick(edit, Qt::Key_Return);
        };
        typeDate(schedule->commentStartEdit(), u"R8.6.1"_s);
        typeDate(schedule->commentEndEdit(), u"2026-06-20"_s);
        QTRY_COMPARE(schedule->commentStartEdit()->date(), QDate(2026, 6, 1));
        QTRY_VERIFY(schedule->commentText().contains(u"under 30 days"_s));
        PiaOpinionModel *opinions = schedule->opinionModel();
        QVERIFY(opinions->addItem());
        QTRY_COMPARE(opinions->rowCount(), 1);
        QVERIFY(opinions->setData(opinions->index(0, PiaColumns::OpinionSummary),
                                  u"課税資料の保管期間を明記してほしい。"_s));
        QVERIFY(opinions->setData(opinions->index(0, PiaColumns::OpinionHandling),
                                  toKey(PiaOpinionHandling::Adopted)));
        QTRY_COMPARE(opinions->items().at(0).handling, PiaOpinionHandling::Adopted);

        // The inspection: every viewpoint judged in the first round.
        PiaViewpointModel *viewpoints = page->checklistTab()->model();
        QCOMPARE(viewpoints->rowCount(), 13);
        for (int row = 0; row < 13; ++row) {
            QVERIFY(viewpoints->setData(viewpoints->index(row, PiaColumns::ViewpointJudgment),
                                        toKey(PiaJudgment::Conforming)));
            QVERIFY(viewpoints->setData(viewpoints->index(row, PiaColumns::ViewpointRound), 1));
        }
        QTRY_COMPARE(pia::checklistState(viewpoints->items()).judged, 13);

        // The paragraph for the 答申, as text and as PDF.
        page->sections()->setCurrentWidget(page->outputTab());
        const QString text = page->outputTab()->paragraphText();
        QVERIFY2(text.contains(u"個人住民税の賦課に関する事務"_s), qPrintable(text));
        QVERIFY2(text.contains(u"20日間"_s), qPrintable(text));
        const QString pdf = m_dir.filePath(u"答申段落_第2版.pdf"_s);
        QCOMPARE(page->outputTab()->printLetter(letters::LetterKind::PiaResponseParagraph, pdf), QString());
        QVERIFY(QFile(pdf).size() > 1000);
    }

    void addNewVersionRemove()
    {
        MainWindow window;
        QVERIFY(window.controller()->open(m_path));
        QVERIFY(window.selectCouncil(m_council));
        PiaPage *page = window.councilEditor()->piaPage();
        QUndoStack *stack = window.controller()->document()->undoStack();
        const int rows = page->model()->rowCount();

        const Id added = page->addEvaluation();
        QVERIFY(added != 0);
        QCOMPARE(page->model()->rowCount(), rows + 1);
        QCOMPARE(page->currentEvaluationId(), added);
        QCOMPARE(page->checklistTab()->model()->rowCount(), 13);

        const Id next = page->newVersion(PiaTrigger::ImportantChange, u"ガバメントクラウドへの移行"_s);
        QVERIFY(next != 0);
        QCOMPARE(page->currentEvaluationId(), next);
        QVERIFY(page->model()->entries().at(page->model()->rowOf(next)).evaluation.version == 2);

        QVERIFY(page->removeCurrent());
        QCOMPARE(page->model()->rowCount(), rows + 1);
        stack->undo();
        stack->undo();
        stack->undo();
        QCOMPARE(page->model()->rowCount(), rows);
    }
};

QTEST_MAIN(TestPiaPage)
#include "TestPiaPage.moc"
