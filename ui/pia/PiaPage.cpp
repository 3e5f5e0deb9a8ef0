#include "pia/PiaPage.h"

#include "Delegates.h"
#include "commands/Document.h"
#include "commands/PiaCommands.h"
#include "pia/PiaChecklistTab.h"
#include "pia/PiaDocumentTab.h"
#include "pia/PiaHeaderTabs.h"
#include "pia/PiaLabels.h"
#include "pia/PiaListModel.h"
#include "pia/PiaOutputTab.h"
#include "pia/PiaQuestionsTab.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

// The change list of a re-evaluation: section, page, before, after.
class PiaChangesTab : public PiaTab
{
public:
    explicit PiaChangesTab(QWidget *parent)
        : PiaTab(parent)
        , m_model(new PiaChangeModel(this))
    {
        setObjectName(u"piaChangesTab"_s);
        auto *table = new PiaPartTable(m_model, PiaColumns::ChangeSection, tr("Change list"), this);
        table->view()->setObjectName(u"piaChanges"_s);
        table->view()->setWordWrap(true);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(table);
        setEnabled(false);
    }
    void setDocument(Document *document) override
    {
        PiaTab::setDocument(document);
        m_model->setDocument(document);
    }

protected:
    void load() override
    {
        const Id id = m_entry ? m_entry->evaluation.id : 0;
        if (m_model->evaluationId() != id)
            m_model->setEvaluation(id);
    }

private:
    PiaChangeModel *m_model;
};

// The next number for a new evaluation: one above the highest numeric number in use.
QString nextNumber(const QVector<pia::PiaEntry> &entries)
{
    int last = 0;
    for (const pia::PiaEntry &e : entries)
        last = std::max(last, e.evaluation.evaluationNumber.toInt());
    return QString::number(last + 1);
}

} // namespace

PiaPage::PiaPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new PiaListModel(this))
    , m_view(new QTableView(this))
    , m_title(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_version(new QPushButton(tr("New Version…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_sections(new QTabWidget(this))
    , m_basics(new PiaBasicsTab(this))
    , m_schedule(new PiaScheduleTab(this))
    , m_checklist(new PiaChecklistTab(this))
    , m_questions(new PiaQuestionsTab(this))
    , m_changes(new PiaChangesTab(this))
    , m_documentTab(new PiaDocumentTab(this))
    , m_output(new PiaOutputTab(this))
{
    setObjectName(u"piaPage"_s);
    m_view->setObjectName(u"piaEvaluations"_s);
    m_view->setModel(m_model);
    setUpTable(m_view);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("PIA evaluations"));
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Read-only cells: no room needed for date editors, so the affair is shown whole.
    m_view->horizontalHeader()->setMinimumSectionSize(m_view->fontMetrics().horizontalAdvance(u"No."_s) + 16);
    m_title->setObjectName(u"piaTitle"_s);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    m_problems->setObjectName(u"piaListProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #a33;"_s);
    m_add->setObjectName(u"addPiaButton"_s);
    m_version->setObjectName(u"newPiaVersionButton"_s);
    m_remove->setObjectName(u"removePiaButton"_s);
    m_version->setToolTip(tr("Start a re-evaluation: the next version, with the inputs copied and a fresh "
                             "checklist"));

    m_tabs = {m_basics, m_schedule, m_checklist, m_questions, m_changes, m_documentTab, m_output};
    m_sections->setObjectName(u"piaSections"_s);
    m_sections->addTab(m_basics, tr("Basics and Threshold"));
    m_sections->addTab(m_schedule, tr("Why and When"));
    m_sections->addTab(m_checklist, tr("Checklist"));
    m_sections->addTab(m_questions, tr("Question Table"));
    m_sections->addTab(m_changes, tr("Change List"));
    m_sections->addTab(m_documentTab, tr("Document"));
    m_sections->addTab(m_output, tr("Output"));
    for (PiaTab *tab : std::as_const(m_tabs))
        connect(tab, &PiaTab::pageRequested, this, &PiaPage::showPage);

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addEvaluation()) {
            m_sections->setCurrentWidget(m_basics);
            m_basics->affairEdit()->setFocus();
        }
    });
    connect(m_version, &QPushButton::clicked, this, &PiaPage::chooseNewVersion);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_model->rowOf(currentEvaluationId());
        if (row < 0)
            return;
        const PiaEvaluation &e = m_model->entries().at(row).evaluation;
        if (QMessageBox::question(this, tr("Remove Evaluation"),
                                  tr("Remove %1 with its opinions, checklist, questions and changes? "
                                     "Undo brings it back.")
                                      .arg(pia::evaluationTitle(e))) == QMessageBox::Yes)
            removeCurrent();
    });
    // A reset (any edit) keeps the evaluation the clerk was on.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keep = currentEvaluationId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keep == 0 || !selectEvaluation(m_keep)) {
            if (m_model->rowCount() > 0)
                m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1, PiaListModel::AffairColumn));
        }
        showCurrent();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PiaPage::showCurrent);

    // The buttons sit on the title line of the selected evaluation: the list keeps the full width.
    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    for (QPushButton *button : {m_add, m_version, m_remove})
        head->addWidget(button);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(head);
    bottomLayout->addWidget(m_problems);
    bottomLayout->addWidget(m_sections, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(bottom);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    // Room for the versions of a few evaluations without scrolling.
    m_view->setMinimumHeight(m_view->horizontalHeader()->sizeHint().height() +
                             4 * m_view->fontMetrics().height() * 3 / 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    showCurrent();
}

void PiaPage::setDocument(Document *document)
{
    m_document = document;
    for (PiaTab *tab : std::as_const(m_tabs))
        tab->setDocument(document);
    m_model->setDocument(document);
}

void PiaPage::setCouncil(Id councilId)
{
    if (councilId == m_councilId && m_model->rowCount() > 0)
        return; // a council setting changed: the evaluations did not
    m_councilId = councilId;
    m_model->setCouncil(councilId);
}

Id PiaPage::currentEvaluationId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(PiaListModel::EvaluationIdRole).toLongLong() : 0;
}

bool PiaPage::selectEvaluation(Id evaluationId)
{
    const int row = m_model->rowOf(evaluationId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, PiaListModel::AffairColumn));
    return true;
}

void PiaPage::showCurrent()
{
    const int row = m_model->rowOf(currentEvaluationId());
    const pia::PiaEntry *entry = row >= 0 ? &m_model->entries().at(row) : nullptr;
    m_title->setText(
        entry ? pia::evaluationTitle(entry->evaluation)
              : (m_councilId != 0 ? tr("No evaluation selected: add one, or choose one above.") : QString()));
    // Two lines at most above the sections; the whole list in the tooltip and on the Output tab.
    const QStringList problems = entry ? entry->problems : QStringList();
    QString shown = problems.mid(0, 2).join(u'\n');
    if (problems.size() > 2)
        shown += u'\n' + tr("… and %n more (see Output)", nullptr, int(problems.size() - 2));
    m_problems->setText(shown);
    m_problems->setToolTip(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    for (PiaTab *tab : std::as_const(m_tabs))
        tab->showEntry(entry, m_model->thresholds());
    m_add->setEnabled(m_document && m_councilId != 0);
    m_version->setEnabled(entry && entry->latest);
    m_remove->setEnabled(entry != nullptr);
}

Id PiaPage::addEvaluation()
{
    if (!m_document || m_councilId == 0)
        return 0;
    PiaEvaluation e;
    e.councilId = m_councilId;
    e.evaluationNumber = nextNumber(m_model->entries());
    e.version = 1;
    // The body most often evaluating for this council is the likeliest next one.
    if (!m_model->entries().isEmpty())
        e.evaluatingBody = m_model->entries().constLast().evaluation.evaluatingBody;
    const pia::PiaLibrary library({pia::PiaLibrary::folderBeside(m_document->archive().path())});
    const std::optional<pia::ChecklistTemplate> checklist = library.checklist();
    auto *command = new AddPiaEvaluationCommand(
        m_document, e, checklist ? viewpointsFrom(*checklist) : QVector<PiaViewpoint>{});
    if (!m_document->push(command))
        return 0;
    const Id id = command->evaluationId();
    selectEvaluation(id);
    return id;
}

Id PiaPage::newVersion(PiaTrigger trigger, const QString &changeDescription)
{
    const Id from = currentEvaluationId();
    if (!m_document || from == 0)
        return 0;
    const pia::PiaLibrary library({pia::PiaLibrary::folderBeside(m_document->archive().path())});
    const std::optional<pia::ChecklistTemplate> checklist = library.checklist();
    auto *command =
        new NewPiaVersionCommand(m_document, from, trigger, changeDescription,
                                 checklist ? viewpointsFrom(*checklist) : QVector<PiaViewpoint>{});
    if (!m_document->push(command))
        return 0;
    const Id id = command->evaluationId();
    selectEvaluation(id);
    return id;
}

bool PiaPage::removeCurrent()
{
    const Id id = currentEvaluationId();
    return m_document && id != 0 && m_document->push(new RemovePiaEvaluationCommand(m_document, id));
}

void PiaPage::chooseNewVersion()
{
    const int row = m_model->rowOf(currentEvaluationId());
    if (row < 0)
        return;
    const PiaEvaluation &e = m_model->entries().at(row).evaluation;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New Version of %1").arg(pia::evaluationTitle(e)));
    auto *trigger = new QComboBox(&dialog);
    Choices triggers = PiaLabels::choices<PiaTrigger>();
    triggers.removeIf([](const Choice &c) { return c.key == toKey(PiaTrigger::New); });
    fillCombo(trigger, triggers);
    selectKey(trigger, toKey(PiaTrigger::ImportantChange));
    auto *change = new QLineEdit(&dialog);
    change->setPlaceholderText(tr("e.g. moving the system to the government cloud"));
    change->setMinimumWidth(420);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Version %1 starts from version %2: its inputs are copied, the checklist is "
                               "fresh, dates and questions are empty.")
                                .arg(e.version + 1)
                                .arg(e.version),
                            &dialog));
    form->addRow(tr("&Trigger:"), trigger);
    form->addRow(tr("&Change:"), change);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto chosen = fromKey<PiaTrigger>(trigger->currentData().toString());
    if (newVersion(chosen.value_or(PiaTrigger::ImportantChange), change->text().trimmed()))
        m_sections->setCurrentWidget(m_basics);
}

void PiaPage::showPage(int page)
{
    if (page <= 0)
        return;
    m_sections->setCurrentWidget(m_documentTab);
    m_documentTab->goToPage(page);
}

} // namespace kiroku::ui
