#include "pia/PiaTab.h"

#include "Delegates.h"
#include "commands/Document.h"
#include "commands/PiaCommands.h"
#include "pia/PiaPartModel.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

PiaTab::PiaTab(QWidget *parent)
    : QWidget(parent)
{}

void PiaTab::setDocument(Document *document)
{
    m_document = document;
}

void PiaTab::showEntry(const pia::PiaEntry *entry, const pia::ThresholdTable &thresholds)
{
    m_entry = entry ? std::optional<pia::PiaEntry>(*entry) : std::nullopt;
    m_thresholds = thresholds;
    m_loading = true;
    load();
    m_loading = false;
    setEnabled(m_entry.has_value());
}

bool PiaTab::commit(const std::function<void(PiaEvaluation &)> &change)
{
    if (m_loading || !m_document || !m_entry)
        return false;
    const PiaEvaluation before = m_entry->evaluation;
    PiaEvaluation after = before;
    change(after);
    if (after == before)
        return false;
    if (m_document->push(new EditPiaEvaluationCommand(m_document, before, after)))
        return true;
    // Refused (the reason went to Document::failed): the widgets go back to what is stored.
    m_loading = true;
    load();
    m_loading = false;
    return false;
}

void PiaTab::guardWheel(QWidget *root)
{
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w)) {
            w->setFocusPolicy(Qt::StrongFocus);
            w->installEventFilter(this);
        }
    }
}

bool PiaTab::eventFilter(QObject *watched, QEvent *event)
{
    auto *widget = qobject_cast<QWidget *>(watched);
    if (event->type() != QEvent::Wheel || !widget || widget->hasFocus())
        return QWidget::eventFilter(watched, event);
    // Handed to the scroll area around the form, as if the field were not there.
    for (QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(up)) {
            QCoreApplication::sendEvent(area->viewport(), event);
            break;
        }
    }
    return true;
}

PiaPartTable::PiaPartTable(PiaPartModelBase *model, int editColumn, const QString &accessibleName,
                           QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_editColumn(editColumn)
{
    m_view->setModel(model);
    setUpTable(m_view);
    m_view->setAccessibleName(accessibleName);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    // Texts are long (questions, findings): columns keep a readable width, the tooltip shows the rest.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setMinimumSectionSize(m_view->fontMetrics().horizontalAdvance(u"No."_s) + 16);
    m_view->horizontalHeader()->setMaximumSectionSize(m_view->fontMetrics().averageCharWidth() * 40);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_view->resizeColumnsToContents();
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PiaPartTable::updateButtons);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_model->addItem()) {
            const QModelIndex cell = m_model->index(m_model->rowCount() - 1, m_editColumn);
            m_view->setCurrentIndex(cell);
            m_view->edit(cell);
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            m_model->removeItem(current.row());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void PiaPartTable::setRowsEditable(bool editable)
{
    m_rowsEditable = editable;
    m_add->setVisible(editable);
    m_remove->setVisible(editable);
}

void PiaPartTable::updateButtons()
{
    m_add->setEnabled(m_model->evaluationId() != 0);
    m_remove->setEnabled(m_view->currentIndex().isValid());
}

} // namespace kiroku::ui
