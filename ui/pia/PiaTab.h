#pragma once
// What the sections of a PIA evaluation share: the evaluation shown (its register entry, reloaded by
// PiaPage after every change), the edit of its header as one EditPiaEvaluationCommand, and a table of
// parts with Add and Remove (opinions, questions, changes).
#include "pia/PiaRegister.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QPushButton;
class QTableView;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class PiaPartModelBase;

class PiaTab : public QWidget
{
    Q_OBJECT
public:
    explicit PiaTab(QWidget *parent = nullptr);
    virtual void setDocument(Document *document);
    // Shows an evaluation, or none (nullptr).
    void showEntry(const pia::PiaEntry *entry, const pia::ThresholdTable &thresholds);
    Id evaluationId() const { return m_entry ? m_entry->evaluation.id : 0; }

Q_SIGNALS:
    // Show this page (from 1) of the evaluation document: a finding's "p.44".
    void pageRequested(int page);

protected:
    // Fills the widgets from m_entry; edits arriving meanwhile are ignored (m_loading).
    virtual void load() = 0;
    // Spin boxes, date edits and combos under `root` ignore the wheel unless they have the focus: the
    // form scrolls instead, and a count or date never changes under a passing mouse wheel.
    void guardWheel(QWidget *root);
    bool eventFilter(QObject *watched, QEvent *event) override;
    // One EditPiaEvaluationCommand with `change` applied; false when unchanged, loading or refused.
    bool commit(const std::function<void(PiaEvaluation &)> &change);

    QPointer<Document> m_document;
    std::optional<pia::PiaEntry> m_entry;
    pia::ThresholdTable m_thresholds;
    bool m_loading = false;
};

// A table of an evaluation's parts with Add and Remove beneath it; Add starts editing the new row's
// `editColumn`.
class PiaPartTable : public QWidget
{
    Q_OBJECT
public:
    PiaPartTable(PiaPartModelBase *model, int editColumn, const QString &accessibleName, QWidget *parent);
    QTableView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    // Rows can be added and removed (the checklist's come from its template: not).
    void setRowsEditable(bool editable);

private:
    void updateButtons();

    PiaPartModelBase *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_remove;
    int m_editColumn;
    bool m_rowsEditable = true;
};

} // namespace kiroku::ui
