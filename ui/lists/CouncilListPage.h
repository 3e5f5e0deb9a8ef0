#pragma once
// A council list's tab in the council editor: the table, and Add / Remove under it.
#include "lists/CouncilListModel.h"

#include <QWidget>

class QTableView;

namespace kiroku::ui {

class CouncilListPage : public QWidget
{
    Q_OBJECT

public:
    CouncilListPage(CouncilListModel::Kind kind, const QString &explanation, QWidget *parent = nullptr);

    CouncilListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setDocument(Document *document) { m_model->setDocument(document); }
    void setCouncil(Id councilId) { m_model->setCouncil(councilId); }

private:
    void add();
    void remove();

    CouncilListModel *m_model;
    QTableView *m_view;
};

} // namespace kiroku::ui
