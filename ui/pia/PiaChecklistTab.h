#pragma once
// The inspection checklist: the 13 viewpoints (適合性 6, 妥当性 7) copied from the checklist template,
// each with its judgment, finding, the department's answer, the round and a cited place in the
// document; Link Statements… ties a finding to what was said at the inspection meetings, and Show
// Cited Page opens the document at the finding's page.
#include "pia/PiaPartModel.h"
#include "pia/PiaTab.h"

class QLabel;
class QPushButton;
class QTableView;

namespace kiroku::ui {

// A statement of a meeting that took up the evaluation, as the picker lists it.
struct StatementChoice
{
    Id id = 0;
    QString text; // 令和8年11月12日 第4回　佐々木委員：…
};

class PiaChecklistTab : public PiaTab
{
    Q_OBJECT
public:
    explicit PiaChecklistTab(QWidget *parent = nullptr);
    void setDocument(Document *document) override;

    PiaViewpointModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Statements of the meetings where the evaluation's consultation was on the agenda, or of the
    // meeting held on the inspection date.
    QVector<StatementChoice> statementChoices() const;
    // Links the viewpoint at `row` to these statements (one undoable edit).
    bool linkStatements(int row, const QVector<Id> &statementIds);

protected:
    void load() override;

private:
    void chooseStatements();
    void updateState();

    PiaViewpointModel *m_model;
    QTableView *m_view;
    QLabel *m_state;
    QLabel *m_linked;
    QPushButton *m_link;
    QPushButton *m_showPage;
};

} // namespace kiroku::ui
