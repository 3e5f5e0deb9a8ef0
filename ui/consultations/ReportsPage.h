#pragma once
// The council editor's Reports tab: the register of reports received (報告第N号), with the kind's
// essentials in one column (開始3件・変更5件・廃止1件; the criteria of a leak report), Add with the next
// number, Edit…, Remove. Every change is an undoable SetReportCommand; a refused one says why.
#include "model/Types.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QWidget>

class QPushButton;
class QTableView;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        ReceivedColumn,
        KindColumn,
        TitleColumn,
        DepartmentColumn,
        DetailsColumn,
        ColumnCount
    };
    explicit ReportTableModel(QObject *parent = nullptr);
    void setDocument(Document *document);
    void setCouncil(Id councilId);
    const QVector<Report> &reports() const { return m_reports; }
    int rowOf(Id reportId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();

    QPointer<Document> m_document;
    Id m_councilId = 0;
    QVector<Report> m_reports;
};

class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget *parent = nullptr);
    void setDocument(Document *document);
    void setCouncil(Id councilId);
    ReportTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    Id currentReportId() const;

    // The report a new entry starts from: the next number, received today.
    Report newReport() const;
    // Stores a new or changed report through the undo stack; false when refused.
    bool saveReport(const Report &report);
    bool removeCurrent();

private:
    void editReport(const Report &report);
    void updateButtons();

    QPointer<Document> m_document;
    Id m_councilId = 0;
    ReportTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace kiroku::ui
