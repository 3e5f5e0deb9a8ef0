#include "Delegates.h"
#include "commands/Document.h"
#include "pia/PiaHeaderTabs.h"
#include "pia/PiaLabels.h"
#include "pia/Schedule.h"
#include "text/Wareki.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

QString dateText(QDate date)
{
    return date.isValid() ? wareki::formatDate(date, wareki::Digits::Half, false) : u"—"_s;
}

} // namespace

PiaScheduleTab::PiaScheduleTab(QWidget *parent)
    : PiaTab(parent)
    , m_opinions(new PiaPartModel<PiaOpinion>(this))
{
    setObjectName(u"piaScheduleTab"_s);
    auto *why = new QGroupBox(tr("Why"), this);
    auto *whyForm = new QFormLayout(why);
    m_trigger = new QComboBox(why);
    m_trigger->setObjectName(u"piaTrigger"_s);
    fillCombo(m_trigger, PiaLabels::choices<PiaTrigger>());
    connect(m_trigger, &QComboBox::activated, this, [this] {
        commit([this](PiaEvaluation &e) {
            if (const auto trigger = fromKey<PiaTrigger>(m_trigger->currentData().toString()))
                e.trigger = *trigger;
        });
    });
    whyForm->addRow(tr("&Trigger:"), m_trigger);
    m_change = new QLineEdit(why);
    m_change->setPlaceholderText(tr("What changes (for an important change)"));
    connect(m_change, &QLineEdit::editingFinished, this, [this] {
        commit([this](PiaEvaluation &e) { e.changeDescription = m_change->text().trimmed(); });
    });
    whyForm->addRow(tr("&Change:"), m_change);

    auto *when = new QGroupBox(tr("Public comment and inspection"), this);
    auto *whenForm = new QFormLayout(when);
    m_commentStart = dateField([](PiaEvaluation &e, QDate d) { e.publicCommentStart = d; });
    m_commentStart->setObjectName(u"piaCommentStart"_s);
    m_commentEnd = dateField([](PiaEvaluation &e, QDate d) { e.publicCommentEnd = d; });
    m_commentEnd->setObjectName(u"piaCommentEnd"_s);
    m_commentDays = new QLabel(when);
    m_commentDays->setObjectName(u"piaCommentDays"_s);
    auto *period = new QHBoxLayout;
    period->addWidget(m_commentStart);
    period->addWidget(new QLabel(u"〜"_s, when));
    period->addWidget(m_commentEnd);
    period->addWidget(m_commentDays, 1);
    addFormRow(whenForm, tr("Public &comment:"), period, m_commentStart);
    m_commentReason = new QLineEdit(when);
    m_commentReason->setPlaceholderText(tr("Why shorter than 30 days"));
    connect(m_commentReason, &QLineEdit::editingFinished, this, [this] {
        commit([this](PiaEvaluation &e) { e.publicCommentReason = m_commentReason->text().trimmed(); });
    });
    whenForm->addRow(tr("&Reason:"), m_commentReason);
    m_inspection = dateField([](PiaEvaluation &e, QDate d) { e.inspectionDate = d; });
    whenForm->addRow(tr("Council's &inspection:"), m_inspection);
    m_submission = dateField([](PiaEvaluation &e, QDate d) { e.submissionDate = d; });
    whenForm->addRow(tr("&Submitted to the Commission:"), m_submission);
    m_publication = dateField([](PiaEvaluation &e, QDate d) { e.publicationDate = d; });
    whenForm->addRow(tr("&Published:"), m_publication);
    m_review = dateField([](PiaEvaluation &e, QDate d) { e.lastReviewDate = d; });
    whenForm->addRow(tr("Last yearly re&view:"), m_review);
    m_deadlines = new QLabel(when);
    m_deadlines->setObjectName(u"piaDeadlines"_s);
    m_deadlines->setWordWrap(true);
    whenForm->addRow(tr("Due:"), m_deadlines);

    auto *opinions = new QGroupBox(tr("Opinions received"), this);
    auto *table = new PiaPartTable(m_opinions, PiaColumns::OpinionSummary, tr("Opinions received"), opinions);
    table->view()->setObjectName(u"piaOpinions"_s);
    table->view()->setItemDelegateForColumn(
        PiaColumns::OpinionHandling, new ChoiceDelegate(PiaLabels::choices<PiaOpinionHandling>(), table));
    auto *opinionLayout = new QVBoxLayout(opinions);
    opinionLayout->addWidget(table);

    auto *top = new QHBoxLayout;
    top->addWidget(why, 2);
    top->addWidget(when, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(opinions, 1);
    setEnabled(false);
}

void PiaScheduleTab::setDocument(Document *document)
{
    PiaTab::setDocument(document);
    m_opinions->setDocument(document);
}

QDateEdit *PiaScheduleTab::dateField(const std::function<void(PiaEvaluation &, QDate)> &set)
{
    auto *edit = new QDateEdit(this);
    makeOptional(edit);
    connect(edit, &QDateEdit::editingFinished, this,
            [this, edit, set] { commit([&](PiaEvaluation &e) { set(e, optionalDate(edit)); }); });
    return edit;
}

QString PiaScheduleTab::commentText() const
{
    return m_commentDays->text();
}

QString PiaScheduleTab::deadlinesText() const
{
    return m_deadlines->text();
}

void PiaScheduleTab::load()
{
    const PiaEvaluation e = m_entry ? m_entry->evaluation : PiaEvaluation{};
    if (m_opinions->evaluationId() != e.id)
        m_opinions->setEvaluation(e.id);
    selectKey(m_trigger, toKey(e.trigger));
    m_change->setText(e.changeDescription);
    m_change->setEnabled(e.trigger == PiaTrigger::ImportantChange || !e.changeDescription.isEmpty());
    setOptionalDate(m_commentStart, e.publicCommentStart);
    setOptionalDate(m_commentEnd, e.publicCommentEnd);
    m_commentReason->setText(e.publicCommentReason);
    setOptionalDate(m_inspection, e.inspectionDate);
    setOptionalDate(m_submission, e.submissionDate);
    setOptionalDate(m_publication, e.publicationDate);
    setOptionalDate(m_review, e.lastReviewDate);
    if (!m_entry) {
        m_commentDays->clear();
        m_deadlines->clear();
        return;
    }
    const pia::Schedule &s = m_entry->schedule;
    if (s.commentDays == 0) {
        m_commentDays->setStyleSheet({});
        m_commentDays->setText(tr("period not set"));
    } else if (s.commentTooShort) {
        m_commentDays->setStyleSheet(u"color: #a22; font-weight: bold;"_s);
        m_commentDays->setText(tr("%n day(s): under 30 days, give the reason", nullptr, s.commentDays));
    } else if (s.commentShortWithReason) {
        m_commentDays->setStyleSheet(u"color: #a60;"_s);
        m_commentDays->setText(tr("%n day(s): under 30 days, reason recorded", nullptr, s.commentDays));
    } else {
        m_commentDays->setStyleSheet(u"color: #262;"_s);
        m_commentDays->setText(tr("%n day(s)", nullptr, s.commentDays));
    }
    m_commentReason->setEnabled(s.commentDays > 0 && s.commentDays < pia::MinimumCommentDays);
    m_deadlines->setText(
        tr("next yearly review %1 · five-year re-evaluation by %2 (last published %3)")
            .arg(dateText(s.nextReview), dateText(s.fiveYearDeadline), dateText(s.lastPublication)));
}

} // namespace kiroku::ui
