#include "Delegates.h"
#include "WarekiDateEdit.h"
#include "commands/Document.h"
#include "pia/PiaHeaderTabs.h"
#include "pia/PiaLabels.h"
#include "pia/PiaListModel.h"
#include "store/PiaRepository.h"
#include "store/StoreError.h"
#include "text/Wareki.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

QSpinBox *countBox(QWidget *parent, const QString &suffix)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 99'999'999);
    box->setGroupSeparatorShown(true);
    box->setSuffix(suffix);
    // One command per entered number, not per keystroke.
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

PiaBasicsTab::PiaBasicsTab(QWidget *parent)
    : PiaTab(parent)
{
    setObjectName(u"piaBasicsTab"_s);
    // Inside a scroll area: the council editor above leaves little height on a small screen.
    auto *content = new QWidget(this);
    auto *outline = new QGroupBox(tr("Evaluation"), content);
    auto *form = new QGridLayout(outline);
    const auto label = [outline](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, outline);
        l->setBuddy(buddy);
        return l;
    };
    m_affair = lineField([](PiaEvaluation &e, const QString &v) { e.affair = v; });
    m_affair->setObjectName(u"piaAffair"_s);
    form->addWidget(label(tr("&Affair:"), m_affair), 0, 0);
    form->addWidget(m_affair, 0, 1, 1, 3);
    m_body = lineField([](PiaEvaluation &e, const QString &v) { e.evaluatingBody = v; });
    form->addWidget(label(tr("Evaluating &body:"), m_body), 1, 0);
    form->addWidget(m_body, 1, 1);
    m_department = lineField([](PiaEvaluation &e, const QString &v) { e.department = v; });
    form->addWidget(label(tr("&Department:"), m_department), 1, 2);
    form->addWidget(m_department, 1, 3);
    m_number = lineField([](PiaEvaluation &e, const QString &v) { e.evaluationNumber = v; });
    m_number->setMaximumWidth(fontMetrics().horizontalAdvance(u"000000000"_s));
    m_version = new QLabel(outline);
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number);
    numberRow->addWidget(m_version, 1);
    form->addWidget(label(tr("&Number:"), m_number), 2, 0);
    form->addLayout(numberRow, 2, 1);
    m_notes = lineField([](PiaEvaluation &e, const QString &v) { e.notes = v; });
    form->addWidget(label(tr("N&otes:"), m_notes), 2, 2);
    form->addWidget(m_notes, 2, 3);
    m_history = new QLabel(outline);
    m_history->setObjectName(u"piaVersionHistory"_s);
    m_history->setWordWrap(true);
    form->addWidget(new QLabel(tr("Versions:"), outline), 3, 0, Qt::AlignTop);
    form->addWidget(m_history, 3, 1, 1, 3);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);

    auto *threshold = new QGroupBox(tr("Threshold judgment"), content);
    auto *grid = new QFormLayout(threshold);
    const auto commitCounts = [this] {
        commit([this](PiaEvaluation &e) {
            e.targetCount = m_targetCount->value();
            e.handlerCount = m_handlerCount->value();
            e.seriousIncident = m_incident->isChecked();
        });
    };
    m_targetCount = countBox(threshold, tr(" people"));
    m_targetCount->setObjectName(u"piaTargetCount"_s);
    m_targetCount->setAccessibleName(tr("People in the file"));
    connect(m_targetCount, &QSpinBox::valueChanged, this, commitCounts);
    m_targetDate = dateField([](PiaEvaluation &e, QDate d) { e.targetCountDate = d; });
    m_targetSource = lineField([](PiaEvaluation &e, const QString &v) { e.targetCountSource = v; });
    m_targetSource->setPlaceholderText(tr("Source"));
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_targetCount);
    targetRow->addWidget(new QLabel(tr("as of"), threshold));
    targetRow->addWidget(m_targetDate);
    targetRow->addWidget(m_targetSource, 1);
    addFormRow(grid, tr("&People in the file:"), targetRow, m_targetCount);

    m_handlerCount = countBox(threshold, tr(" staff"));
    m_handlerCount->setObjectName(u"piaHandlerCount"_s);
    m_handlerCount->setAccessibleName(tr("Staff handling the file"));
    connect(m_handlerCount, &QSpinBox::valueChanged, this, commitCounts);
    m_handlerDate = dateField([](PiaEvaluation &e, QDate d) { e.handlerCountDate = d; });
    m_handlerSource = lineField([](PiaEvaluation &e, const QString &v) { e.handlerCountSource = v; });
    m_handlerSource->setPlaceholderText(tr("Source"));
    auto *handlerRow = new QHBoxLayout;
    handlerRow->addWidget(m_handlerCount);
    handlerRow->addWidget(new QLabel(tr("as of"), threshold));
    handlerRow->addWidget(m_handlerDate);
    handlerRow->addWidget(m_handlerSource, 1);
    addFormRow(grid, tr("&Staff handling it:"), handlerRow, m_handlerCount);

    m_incident = new QCheckBox(tr("Serious incident in the past year"), threshold);
    m_incident->setObjectName(u"piaIncident"_s);
    connect(m_incident, &QCheckBox::toggled, this, commitCounts);
    m_incidentDate = dateField([](PiaEvaluation &e, QDate d) { e.incidentCheckDate = d; });
    m_incidentSource = lineField([](PiaEvaluation &e, const QString &v) { e.incidentSource = v; });
    m_incidentSource->setPlaceholderText(tr("Source"));
    auto *incidentRow = new QHBoxLayout;
    incidentRow->addWidget(m_incident);
    incidentRow->addWidget(new QLabel(tr("checked"), threshold));
    incidentRow->addWidget(m_incidentDate);
    incidentRow->addWidget(m_incidentSource, 1);
    addFormRow(grid, tr("&Incident:"), incidentRow, m_incident);

    m_required = new QLabel(threshold);
    m_required->setObjectName(u"piaRequiredType"_s);
    QFont bold = m_required->font();
    bold.setBold(true);
    m_required->setFont(bold);
    grid->addRow(tr("Required type:"), m_required);
    m_explanation = new QLabel(threshold);
    m_explanation->setWordWrap(true);
    grid->addRow(QString(), m_explanation);

    m_declared = new QComboBox(threshold);
    m_declared->setObjectName(u"piaDeclaredType"_s);
    fillCombo(m_declared, PiaLabels::choices<PiaType>());
    connect(m_declared, &QComboBox::activated, this, [this] {
        commit([this](PiaEvaluation &e) {
            if (const auto type = fromKey<PiaType>(m_declared->currentData().toString()))
                e.declaredType = *type;
        });
    });
    m_status = new QLabel(threshold);
    m_status->setObjectName(u"piaThresholdStatus"_s);
    m_status->setFont(bold);
    auto *declaredRow = new QHBoxLayout;
    declaredRow->addWidget(m_declared);
    declaredRow->addWidget(m_status, 1);
    addFormRow(grid, tr("D&eclared type:"), declaredRow, m_declared);
    m_guideline = new QLabel(threshold);
    m_guideline->setStyleSheet(u"color: #666;"_s);
    grid->addRow(QString(), m_guideline);

    auto *column = new QVBoxLayout(content);
    column->addWidget(outline);
    column->addWidget(threshold);
    column->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    guardWheel(this);
    setEnabled(false);
}

QLineEdit *PiaBasicsTab::lineField(const std::function<void(PiaEvaluation &, const QString &)> &set)
{
    auto *edit = new QLineEdit(this);
    connect(edit, &QLineEdit::editingFinished, this,
            [this, edit, set] { commit([&](PiaEvaluation &e) { set(e, edit->text().trimmed()); }); });
    return edit;
}

// 和暦 typed and shown like every other date (令和8年6月1日, R8.6.1 or 2026-06-01); saved on Enter or
// on leaving the field, never half-typed.
WarekiDateEdit *PiaBasicsTab::dateField(const std::function<void(PiaEvaluation &, QDate)> &set)
{
    auto *edit = new WarekiDateEdit(this);
    edit->setOptional(true);
    connect(edit, &WarekiDateEdit::dateCommitted, this,
            [this, set](QDate date) { commit([&](PiaEvaluation &e) { set(e, date); }); });
    return edit;
}

QString PiaBasicsTab::requiredText() const
{
    return m_required->text();
}

QString PiaBasicsTab::statusText() const
{
    return m_status->text();
}

void PiaBasicsTab::load()
{
    const PiaEvaluation e = m_entry ? m_entry->evaluation : PiaEvaluation{};
    m_affair->setText(e.affair);
    m_body->setText(e.evaluatingBody);
    m_department->setText(e.department);
    m_number->setText(e.evaluationNumber);
    m_notes->setText(e.notes);
    m_version->setText(m_entry ? tr("version %1").arg(e.version) : QString());
    m_targetCount->setValue(e.targetCount);
    m_targetDate->setDate(e.targetCountDate);
    m_targetSource->setText(e.targetCountSource);
    m_handlerCount->setValue(e.handlerCount);
    m_handlerDate->setDate(e.handlerCountDate);
    m_handlerSource->setText(e.handlerCountSource);
    m_incident->setChecked(e.seriousIncident);
    m_incidentDate->setDate(e.incidentCheckDate);
    m_incidentSource->setText(e.incidentSource);
    selectKey(m_declared, toKey(e.declaredType));

    QStringList history;
    if (m_entry && m_document) {
        try {
            for (const PiaEvaluation &v :
                 PiaRepository(m_document->database()).versions(e.councilId, e.evaluationNumber)) {
                QString line = tr("Version %1: %2").arg(v.version).arg(PiaLabels::of(v.trigger));
                if (v.publicationDate.isValid())
                    line += tr(", published %1")
                                .arg(wareki::formatDate(v.publicationDate, wareki::Digits::Half, false));
                if (v.id == e.id)
                    line += tr(" (shown)");
                history << line;
            }
        } catch (const StoreError &error) {
            history << error.message();
        }
    }
    m_history->setText(history.join(u"  ·  "_s));

    if (!m_entry) {
        m_required->clear();
        m_status->clear();
        m_explanation->clear();
        m_guideline->clear();
        return;
    }
    // Computed from the stored inputs and the threshold table in force (data, not code).
    const pia::ThresholdJudgment &j = m_entry->threshold;
    m_required->setText(PiaLabels::of(j.required) + u"（"_s + japaneseLabel(j.required) + u"）"_s);
    m_explanation->setText(j.explanation);
    using Status = pia::ThresholdJudgment::Status;
    const QString color = j.status == Status::Lighter  ? u"#a22"_s
                          : j.status == Status::Fuller ? u"#25a"_s
                                                       : u"#262"_s;
    m_status->setStyleSheet(u"color: %1;"_s.arg(color));
    m_status->setText(j.status == Status::AsRequired ? tr("✓ as required")
                      : j.status == Status::Fuller   ? tr("Voluntarily fuller than required (allowed)")
                                                     : tr("⚠ Mismatch: lighter than required"));
    m_guideline->setText(tr("Table: %1, %2 (%3); heightened from %4 staff")
                             .arg(m_thresholds.label, m_thresholds.guideline,
                                  wareki::formatDate(m_thresholds.guidelineDate, wareki::Digits::Half, false))
                             .arg(m_thresholds.handlerThreshold));
}

} // namespace kiroku::ui
