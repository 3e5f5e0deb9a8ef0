#include "consultations/ReportsPage.h"

#include "Delegates.h"
#include "Labels.h"
#include "commands/Document.h"
#include "commands/ReportCommands.h"
#include "consultations/ReportDialog.h"
#include "store/ReportRepository.h"
#include "store/StoreError.h"
#include "text/Wareki.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::reportsChanged, this, [this](Id councilId) {
            if (councilId == m_councilId)
                reload();
        });
    }
    reload();
}

void ReportTableModel::setCouncil(Id councilId)
{
    m_councilId = councilId;
    reload();
}

void ReportTableModel::reload()
{
    beginResetModel();
    m_reports.clear();
    if (m_document && m_councilId != 0) {
        try {
            m_reports = ReportRepository(m_document->database()).reports(m_councilId);
        } catch (const StoreError &error) {
            m_document->reportFailure(error.message());
        }
    }
    endResetModel();
}

int ReportTableModel::rowOf(Id reportId) const
{
    for (qsizetype i = 0; i < m_reports.size(); ++i) {
        if (m_reports.at(i).id == reportId)
            return int(i);
    }
    return -1;
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_reports.size())
        return {};
    const Report &r = m_reports.at(index.row());
    if (role == Qt::UserRole)
        return r.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return u"報告第%1号"_s.arg(r.number);
    case ReceivedColumn:
        return r.receivedDate.isValid() ? wareki::formatDate(r.receivedDate) : QString();
    case KindColumn:
        return Labels::of(r.kind);
    case TitleColumn:
        return r.title;
    case DepartmentColumn:
        return r.department;
    case DetailsColumn:
        if (r.kind == ReportKind::HandlingNotices)
            return handlingCountsText(r);
        if (r.kind == ReportKind::Leak) {
            const QString criteria = leakCriteriaText(r);
            return tr("%n people; %1", nullptr, r.affectedCount)
                .arg(criteria.isEmpty() ? tr("no criterion of Article 68 met") : criteria);
        }
        return role == Qt::ToolTipRole ? r.summary : r.summary.left(40);
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case ReceivedColumn:
        return tr("Received");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case DepartmentColumn:
        return tr("Department");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

ReportsPage::ReportsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ReportTableModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("Add Report…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_view->setObjectName(u"reportsTable"_s);
    m_view->setModel(m_model);
    setUpTable(m_view);
    m_view->setAccessibleName(tr("Reports received"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(ReportTableModel::TitleColumn, QHeaderView::Stretch);
    m_add->setObjectName(u"addReportButton"_s);
    m_remove->setObjectName(u"removeReportButton"_s);
    connect(m_add, &QPushButton::clicked, this, [this] { editReport(newReport()); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const int row = m_model->rowOf(currentReportId()); row >= 0)
            editReport(m_model->reports().at(row));
    });
    connect(m_view, &QTableView::activated, m_edit, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, &ReportsPage::removeCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReportsPage::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReportsPage::updateButtons);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void ReportsPage::setDocument(Document *document)
{
    m_document = document;
    m_model->setDocument(document);
}

void ReportsPage::setCouncil(Id councilId)
{
    m_councilId = councilId;
    m_model->setCouncil(councilId);
}

Id ReportsPage::currentReportId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(Qt::UserRole).toLongLong() : 0;
}

Report ReportsPage::newReport() const
{
    Report r;
    r.councilId = m_councilId;
    r.receivedDate = QDate::currentDate();
    r.fiscalYear = wareki::fiscalYearOf(r.receivedDate);
    if (m_document) {
        try {
            r.number = suggestedReportNumber(m_document->database(), m_councilId, r.fiscalYear);
        } catch (const StoreError &) {
            r.number = 1; // a suggestion only; the check on saving still runs
        }
    }
    return r;
}

bool ReportsPage::saveReport(const Report &report)
{
    if (!m_document || m_councilId == 0)
        return false;
    std::optional<Report> before;
    if (const int row = m_model->rowOf(report.id); report.id != 0 && row >= 0)
        before = m_model->reports().at(row);
    if (before && *before == report)
        return true;
    auto *command = new SetReportCommand(m_document, before, report);
    if (!m_document->push(command))
        return false;
    m_view->setCurrentIndex(
        m_model->index(m_model->rowOf(command->reportId()), ReportTableModel::TitleColumn));
    return true;
}

bool ReportsPage::removeCurrent()
{
    const int row = m_model->rowOf(currentReportId());
    if (!m_document || row < 0)
        return false;
    return m_document->push(new SetReportCommand(m_document, m_model->reports().at(row), std::nullopt));
}

void ReportsPage::editReport(const Report &report)
{
    ReportDialog dialog(report, this);
    // A refused report keeps the dialog's entries: the clerk corrects them and tries again.
    while (dialog.exec() == QDialog::Accepted) {
        if (saveReport(dialog.report()))
            return;
    }
}

void ReportsPage::updateButtons()
{
    const bool row = m_model->rowOf(currentReportId()) >= 0;
    m_add->setEnabled(m_document && m_councilId != 0);
    m_edit->setEnabled(row);
    m_remove->setEnabled(row);
}

} // namespace kiroku::ui
