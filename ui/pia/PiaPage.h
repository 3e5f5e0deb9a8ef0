#pragma once
// The council editor's "PIA evaluations" tab (特定個人情報保護評価): the council's evaluations
// (PiaListModel) with Add, New Version… (a re-evaluation) and Remove, and for the selected one its
// sections — basics and threshold judgment, why and when, the checklist, the question table, the
// change list, the document, and the output (result sheet, 答申 paragraph). Every change is an
// undoable command on the Document's stack; refusals arrive through Document::failed.
#include "model/Types.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class PiaListModel;
class PiaTab;
class PiaBasicsTab;
class PiaScheduleTab;
class PiaChecklistTab;
class PiaQuestionsTab;
class PiaDocumentTab;
class PiaOutputTab;
template <typename Item> class PiaPartModel;

class PiaPage : public QWidget
{
    Q_OBJECT
public:
    explicit PiaPage(QWidget *parent = nullptr);
    void setDocument(Document *document);
    void setCouncil(Id councilId);

    PiaListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTabWidget *sections() const { return m_sections; }
    PiaBasicsTab *basicsTab() const { return m_basics; }
    PiaScheduleTab *scheduleTab() const { return m_schedule; }
    PiaChecklistTab *checklistTab() const { return m_checklist; }
    PiaQuestionsTab *questionsTab() const { return m_questions; }
    PiaDocumentTab *documentTab() const { return m_documentTab; }
    PiaOutputTab *outputTab() const { return m_output; }

    Id currentEvaluationId() const;
    bool selectEvaluation(Id evaluationId);
    // Adds an evaluation with the next number and the council's checklist; its id, 0 when refused.
    Id addEvaluation();
    // The next version of the current evaluation (a re-evaluation); its id, 0 when refused.
    Id newVersion(PiaTrigger trigger, const QString &changeDescription);
    bool removeCurrent();

private:
    void showCurrent();
    void chooseNewVersion();
    void showPage(int page);

    QPointer<Document> m_document;
    Id m_councilId = 0;
    Id m_keep = 0;
    PiaListModel *m_model;
    QTableView *m_view;
    QLabel *m_title;
    QLabel *m_problems;
    QPushButton *m_add;
    QPushButton *m_version;
    QPushButton *m_remove;
    QTabWidget *m_sections;
    PiaBasicsTab *m_basics;
    PiaScheduleTab *m_schedule;
    PiaChecklistTab *m_checklist;
    PiaQuestionsTab *m_questions;
    PiaTab *m_changes;
    PiaDocumentTab *m_documentTab;
    PiaOutputTab *m_output;
    QVector<PiaTab *> m_tabs;
};

} // namespace kiroku::ui
