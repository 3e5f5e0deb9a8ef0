#include "Delegates.h"
#include "WarekiDateEdit.h"
#include "commands/Document.h"
#include "pia/PiaHeaderTabs.h"
#include "pia/PiaLabels.h"
#include "pia/Schedule.h"
#include "text/Wareki.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
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
    // One grid, two fields a row: the council editor above leaves little height.
    auto *forms = new QWidget(this);
    auto *grid = new QGridLayout(forms);
    const auto label = [forms](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, forms);
        l->setBuddy(buddy);
        return l;
    };
    m_trigger = new QComboBox(forms);
    m_trigger->setObjectName(u"piaTrigger"_s);
    fillCombo(m_trigger, PiaLabels::choices<PiaTrigger>());
    connect(m_trigger, &QComboBox::activated, this, [this] {
        commit([this](PiaEvaluation &e) {
            if (const auto trigger = fromKey<PiaTrigger>(m_trigger->currentData().toString()))
                e.trigger = *trigger;
        });
    });
    grid->addWidget(label(tr("&Trigger:"), m_trigger), 0, 0);
    m_change = new QLineEdit(forms);
    m_change->setPlaceholderText(tr("What changes (for an important change)"));
    connect(m_change, &QLineEdit::editingFinished, this, [this] {
        commit([this](PiaEvaluation &e) { e.changeDescription = m_change->text().trimmed(); });
    });
    // The change is a long sentence: it takes the rest of the first row.
    auto *why = new QHBoxLayout;
    why->addWidget(m_trigger);
    why->addWidget(label(tr("&Change:"), m_change));
    why->addWidget(m_change, 1);
    grid->addLayout(why, 0, 1, 1, 3);

    m_commentStart = dateField([](PiaEvaluation &e, QDate d) { e.publicCommentStart = d; });
    m_commentStart->setObjectName(u"piaCommentStart"_s);
    m_commentEnd = dateField([](PiaEvaluation &e, QDate d) { e.publicCommentEnd = d; });
    m_commentEnd->setObjectName(u"piaCommentEnd"_s);
    m_commentDays = new QLabel(forms);
    m_commentDays->setObjectName(u"piaCommentDays"_s);
    auto *period = new QHBoxLayout;
    period->addWidget(m_commentStart);
    period->addWidget(new QLabel(u"〜"_s, forms));
    period->addWidget(m_commentEnd);
    period->addWidget(m_commentDays, 1);
    grid->addWidget(label(tr("Public &comment:"), m_commentStart), 1, 0);
    grid->addLayout(period, 1, 1);
    m_commentReason = new QLineEdit(forms);
    m_commentReason->setPlaceholderText(tr("Why shorter than 30 days"));
    connect(m_commentReason, &QLineEdit::editingFinished, this, [this] {
        commit([this](PiaEvaluation &e) { e.publicCommentReason = m_commentReason->text().trimmed(); });
    });
    grid->addWidget(label(tr("&Reason:"), m_commentReason), 1, 2);
    grid->addWidget(m_commentReason, 1, 3);

    m_inspection = dateField([](PiaEvaluation &e, QDate d) { e.inspectionDate = d; });
    grid->addWidget(label(tr("Council's &inspection:"), m_inspection), 2, 0);
    grid->addLayout(packed({m_inspection}), 2, 1);
    m_submission = dateField([](PiaEvaluation &e, QDate d) { e.submissionDate = d; });
    m_submission->setToolTip(tr("Submitted to the Personal Information Protection Commission"));
    grid->addWidget(label(tr("&Submitted:"), m_submission), 2, 2);
    grid->addLayout(packed({m_submission}), 2, 3);
    m_publication = dateField([](PiaEvaluation &e, QDate d) { e.publicationDate = d; });
    grid->addWidget(label(tr("&Published:"), m_publication), 3, 0);
    grid->addLayout(packed({m_publication}), 3, 1);
    m_review = dateField([](PiaEvaluation &e, QDate d) { e.lastReviewDate = d; });
    grid->addWidget(label(tr("Last re&view:"), m_review), 3, 2);
    grid->addLayout(packed({m_review}), 3, 3);
    m_deadlines = new QLabel(forms);
    m_deadlines->setObjectName(u"piaDeadlines"_s);
    m_deadlines->setWordWrap(true);
    grid->addWidget(new QLabel(tr("Due:"), forms), 4, 0);
    grid->addWidget(m_deadlines, 4, 1, 1, 3);
    grid->setColumnStretch(3, 1); // the change and the reason take the width

    auto *opinions = new QGroupBox(tr("Opinions received"), this);
    auto *table = new PiaPartTable(m_opinions, PiaColumns::OpinionSummary, tr("Opinions received"), opinions);
    table->view()->setObjectName(u"piaOpinions"_s);
    table->view()->setItemDelegateForColumn(
        PiaColumns::OpinionHandling, new ChoiceDelegate(PiaLabels::choices<PiaOpinionHandling>(), table));
    auto *opinionLayout = new QVBoxLayout(opinions);
    opinionLayout->addWidget(table);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(forms);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(scroll);
    split->addWidget(opinions);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    guardWheel(this);
    setEnabled(false);
}

void PiaScheduleTab::setDocument(Document *document)
{
    PiaTab::setDocument(document);
    m_opinions->setDocument(document);
}

// 和暦 typed and shown like every other date (令和8年6月1日, R8.6.1 or 2026-06-01); saved on Enter or
// on leaving the field, never half-typed.
WarekiDateEdit *PiaScheduleTab::dateField(const std::function<void(PiaEvaluation &, QDate)> &set)
{
    auto *edit = new WarekiDateEdit(this);
    edit->setOptional(true);
    connect(edit, &WarekiDateEdit::dateCommitted, this,
            [this, set](QDate date) { commit([&](PiaEvaluation &e) { set(e, date); }); });
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
    m_change->setToolTip(e.changeDescription);
    m_change->setCursorPosition(0);
    m_change->setEnabled(e.trigger == PiaTrigger::ImportantChange || !e.changeDescription.isEmpty());
    m_commentStart->setDate(e.publicCommentStart);
    m_commentEnd->setDate(e.publicCommentEnd);
    m_commentReason->setText(e.publicCommentReason);
    m_inspection->setDate(e.inspectionDate);
    m_submission->setDate(e.submissionDate);
    m_publication->setDate(e.publicationDate);
    m_review->setDate(e.lastReviewDate);
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
