#include "lists/CouncilListPage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kiroku::ui {

CouncilListPage::CouncilListPage(CouncilListModel::Kind kind, const QString &explanation, QWidget *parent)
    : QWidget(parent)
    , m_model(new CouncilListModel(kind, this))
    , m_view(new QTableView(this))
{
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setColumnWidth(0, 220);
    auto *label = new QLabel(explanation, this);
    label->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, &CouncilListPage::add);
    connect(remove, &QPushButton::clicked, this, &CouncilListPage::remove);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(add);
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
}

void CouncilListPage::add()
{
    const QString prompt = m_model->kind() == CouncilListModel::Kind::Masking    ? tr("String to mask:")
                           : m_model->kind() == CouncilListModel::Kind::Notation ? tr("Text to find:")
                                                                                 : tr("Stage direction:");
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Add"), prompt, QLineEdit::Normal, {}, &ok);
    if (ok && !text.trimmed().isEmpty() && m_model->appendEntry(text.trimmed()))
        m_view->edit(m_model->index(m_model->rowCount() - 1, m_model->columnCount() > 1 ? 1 : 0));
}

void CouncilListPage::remove()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_model->removeEntry(current.row());
}

} // namespace kiroku::ui
