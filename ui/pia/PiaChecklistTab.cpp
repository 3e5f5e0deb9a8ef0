#include "pia/PiaChecklistTab.h"

#include "Delegates.h"
#include "commands/Document.h"
#include "pia/PiaLabels.h"
#include "store/AgendaRepository.h"
#include "store/MeetingRepository.h"
#include "store/StatementRepository.h"
#include "store/StoreError.h"
#include "text/Wareki.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

PiaChecklistTab::PiaChecklistTab(QWidget *parent)
    : PiaTab(parent)
    , m_model(new PiaViewpointModel(this))
    , m_state(new QLabel(this))
    , m_linked(new QLabel(this))
    , m_link(new QPushButton(tr("Link Statements…"), this))
    , m_showPage(new QPushButton(tr("Show Cited Page"), this))
{
    setObjectName(u"piaChecklistTab"_s);
    auto *table = new PiaPartTable(m_model, PiaColumns::ViewpointFinding, tr("Inspection checklist"), this);
    table->setRowsEditable(false);
    m_view = table->view();
    m_view->setObjectName(u"piaChecklist"_s);
    m_view->setItemDelegateForColumn(PiaColumns::ViewpointJudgment,
                                     new ChoiceDelegate(PiaLabels::choices<PiaJudgment>(), m_view));
    m_state->setObjectName(u"piaChecklistState"_s);
    m_linked->setObjectName(u"piaLinkedStatements"_s);
    m_linked->setWordWrap(true);
    m_linked->setStyleSheet(u"color: #555;"_s);
    m_link->setObjectName(u"piaLinkStatementsButton"_s);
    m_showPage->setObjectName(u"piaShowCitedPageButton"_s);
    connect(m_link, &QPushButton::clicked, this, &PiaChecklistTab::chooseStatements);
    connect(m_showPage, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            Q_EMIT pageRequested(m_model->items().at(current.row()).page);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PiaChecklistTab::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PiaChecklistTab::updateState);
    // The statements cell is not edited in place: double-clicking it opens the picker.
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == PiaColumns::ViewpointStatements)
            chooseStatements();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_link);
    buttons->addWidget(m_showPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addWidget(m_linked);
    layout->addLayout(buttons);
    setEnabled(false);
}

void PiaChecklistTab::setDocument(Document *document)
{
    PiaTab::setDocument(document);
    m_model->setDocument(document);
}

void PiaChecklistTab::load()
{
    const Id id = m_entry ? m_entry->evaluation.id : 0;
    if (m_model->evaluationId() != id)
        m_model->setEvaluation(id);
    updateState();
}

void PiaChecklistTab::updateState()
{
    if (m_entry) {
        const pia::ChecklistState s = pia::checklistState(m_model->items());
        m_state->setText(
            tr("%1 of %2 viewpoints judged · conforming %3, needs improvement %4, observation %5")
                .arg(s.judged)
                .arg(s.total)
                .arg(s.conforming)
                .arg(s.needsImprovement)
                .arg(s.observation));
    } else {
        m_state->clear();
    }
    const QModelIndex current = m_view->currentIndex();
    const bool row = current.isValid() && current.row() < m_model->items().size();
    m_link->setEnabled(row);
    m_showPage->setEnabled(row && m_model->items().at(current.row()).page > 0);
    QStringList linked;
    if (row) {
        const QVector<Id> &ids = m_model->items().at(current.row()).statementIds;
        if (!ids.isEmpty()) {
            for (const StatementChoice &choice : statementChoices()) {
                if (ids.contains(choice.id))
                    linked << choice.text;
            }
        }
    }
    m_linked->setText(linked.isEmpty() ? QString() : tr("Discussed: %1").arg(linked.join(u"\n"_s)));
    m_linked->setVisible(!linked.isEmpty());
}

QVector<StatementChoice> PiaChecklistTab::statementChoices() const
{
    QVector<StatementChoice> result;
    if (!m_document || !m_entry)
        return result;
    const PiaEvaluation &e = m_entry->evaluation;
    try {
        const QSqlDatabase db = m_document->database();
        MeetingRepository meetings(db);
        // The agenda items that took up the evaluation's consultation, by meeting; a meeting held on
        // the inspection date counts whole.
        QHash<Id, QSet<Id>> itemsByMeeting;
        QVector<Id> order;
        if (e.consultationId != 0) {
            for (const AgendaItem &item : AgendaRepository(db).itemsOfConsultation(e.consultationId)) {
                if (!itemsByMeeting.contains(item.meetingId))
                    order << item.meetingId;
                itemsByMeeting[item.meetingId].insert(item.id);
            }
        }
        if (e.inspectionDate.isValid()) {
            for (const Meeting &m : meetings.meetings(e.councilId)) {
                if (m.date == e.inspectionDate && !itemsByMeeting.contains(m.id)) {
                    order << m.id;
                    itemsByMeeting.insert(m.id, {});
                }
            }
        }
        StatementRepository statements(db);
        for (const Id meetingId : std::as_const(order)) {
            const std::optional<Meeting> meeting = meetings.meeting(meetingId);
            if (!meeting)
                continue;
            const QString when = meeting->date.isValid()
                                     ? wareki::formatDate(meeting->date, wareki::Digits::Half, false)
                                     : QString();
            const QSet<Id> &items = itemsByMeeting.value(meetingId);
            for (const Statement &s : statements.statements(meetingId)) {
                if (s.kind != StatementKind::Speech || (!items.isEmpty() && !items.contains(s.agendaItemId)))
                    continue;
                QString text = s.text.simplified();
                if (text.size() > 60)
                    text = text.left(60) + u"…"_s;
                result.append({s.id, u"%1　%2：%3"_s.arg(when, s.speaker, text)});
            }
        }
    } catch (const StoreError &error) {
        m_document->reportFailure(error.message());
    }
    return result;
}

bool PiaChecklistTab::linkStatements(int row, const QVector<Id> &statementIds)
{
    if (row < 0 || row >= m_model->items().size())
        return false;
    PiaViewpoint v = m_model->items().at(row);
    if (v.statementIds == statementIds)
        return false;
    v.statementIds = statementIds;
    const bool ok = m_model->setItem(v);
    m_view->setCurrentIndex(m_model->index(row, PiaColumns::ViewpointStatements));
    return ok;
}

void PiaChecklistTab::chooseStatements()
{
    const int row = m_view->currentIndex().row();
    if (row < 0 || row >= m_model->items().size())
        return;
    const PiaViewpoint &v = m_model->items().at(row);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Statements on %1").arg(v.code));
    auto *list = new QListWidget(&dialog);
    list->setObjectName(u"piaStatementPicker"_s);
    list->setAccessibleName(tr("Statements of the inspection meetings"));
    for (const StatementChoice &choice : statementChoices()) {
        auto *item = new QListWidgetItem(choice.text, list);
        item->setData(Qt::UserRole, choice.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(v.statementIds.contains(choice.id) ? Qt::Checked : Qt::Unchecked);
    }
    auto *hint =
        new QLabel(list->count() == 0 ? tr("No meeting took up this evaluation yet: link it to its "
                                           "consultation, or set the inspection date.")
                                      : tr("Tick the statements where %1 was discussed.").arg(v.code),
                   &dialog);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(hint);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(720, 420);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QVector<Id> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toLongLong();
    }
    linkStatements(row, ids);
}

} // namespace kiroku::ui
