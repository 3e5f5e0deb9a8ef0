#pragma once
// The question table of the check before the council's inspection: edited in place (number, section,
// page, question, first judgment, answer, second check, final judgment), imported from CSV or TSV as
// one undoable step (a bad file is refused with the reason and the table stays as it was), exported
// for the department, and the counts line as the result sheet prints it.
#include "pia/PiaPartModel.h"
#include "pia/PiaTab.h"

class QLabel;
class QTableView;

namespace kiroku::ui {

class PiaQuestionsTab : public PiaTab
{
    Q_OBJECT
public:
    explicit PiaQuestionsTab(QWidget *parent = nullptr);
    void setDocument(Document *document) override;

    PiaQuestionModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QString summaryText() const;
    // Imports a table file; empty on success, else the reasons (nothing changed then).
    QString importFile(const QString &path);
    // Writes the table (.tsv by the name: TSV, else CSV; UTF-8 with BOM); empty on success.
    QString exportFile(const QString &path);

protected:
    void load() override;

private:
    void chooseImport();
    void chooseExport();
    void updateSummary();

    PiaQuestionModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
};

} // namespace kiroku::ui
