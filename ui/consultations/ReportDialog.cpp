#include "consultations/ReportDialog.h"

#include "Delegates.h"
#include "Labels.h"
#include "text/Wareki.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

QSpinBox *countBox(int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 9999999);
    box->setValue(value);
    return box;
}

} // namespace

ReportDialog::ReportDialog(const Report &report, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
{
    setWindowTitle(report.id == 0 ? tr("New Report") : tr("Report No. %1").arg(report.number));
    m_number = new QSpinBox(this);
    m_number->setRange(1, 999999);
    m_number->setValue(std::max(1, report.number));
    m_received = optionalDateEdit(report.receivedDate, this);
    m_body = new QLineEdit(report.reportingBody, this);
    m_department = new QLineEdit(report.department, this);
    m_title = new QLineEdit(report.title, this);
    m_title->setObjectName(u"reportTitle"_s);
    for (QLineEdit *edit : {m_body, m_department, m_title})
        edit->setMinimumWidth(edit == m_title ? 460 : 300);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"reportKind"_s);
    fillCombo(m_kind, choicesOf<ReportKind>());
    selectKey(m_kind, toKey(report.kind));

    auto *form = new QFormLayout;
    addFormRow(form, tr("&Number:"), packed({m_number}), m_number);
    addFormRow(form, tr("&Received:"), packed({m_received}), m_received);
    addFormRow(form, tr("Reported &by:"), packed({m_body}), m_body);
    addFormRow(form, tr("&Department:"), packed({m_department}), m_department);
    addFormRow(form, tr("&Title:"), packed({m_title}), m_title);
    addFormRow(form, tr("&Kind:"), packed({m_kind}), m_kind);

    m_counts = new QGroupBox(tr("Handling notices in the period"), this);
    auto *counts = new QFormLayout(m_counts);
    m_periodStart = optionalDateEdit(report.periodStart, m_counts);
    m_periodEnd = optionalDateEdit(report.periodEnd, m_counts);
    m_started = countBox(report.startedCount, m_counts);
    m_changed = countBox(report.changedCount, m_counts);
    m_abolished = countBox(report.abolishedCount, m_counts);
    addFormRow(counts, tr("&From:"), packed({m_periodStart}), m_periodStart);
    addFormRow(counts, tr("&To:"), packed({m_periodEnd}), m_periodEnd);
    addFormRow(counts, tr("&Started:"), packed({m_started}), m_started);
    addFormRow(counts, tr("&Changed:"), packed({m_changed}), m_changed);
    addFormRow(counts, tr("&Abolished:"), packed({m_abolished}), m_abolished);

    m_leak = new QGroupBox(tr("Leak (Act on the Protection of Personal Information, Article 68)"), this);
    auto *leak = new QFormLayout(m_leak);
    m_known = optionalDateEdit(report.knownDate, m_leak);
    m_affected = countBox(report.affectedCount, m_leak);
    m_affected->setObjectName(u"reportAffected"_s);
    addFormRow(leak, tr("&Known on:"), packed({m_known}), m_known);
    addFormRow(leak, tr("People a&ffected:"), packed({m_affected}), m_affected);
    m_sensitive = new QCheckBox(tr("Special care-required personal information (要配慮個人情報)"), m_leak);
    m_financial = new QCheckBox(tr("Risk of financial damage (財産的被害)"), m_leak);
    m_wrongful = new QCheckBox(tr("Wrongful purpose (不正の目的)"), m_leak);
    m_overHundred = new QCheckBox(tr("More than 100 people (100人超)"), m_leak);
    m_overHundred->setObjectName(u"reportOverHundred"_s);
    m_sensitive->setChecked(report.sensitiveData);
    m_financial->setChecked(report.financialDamage);
    m_wrongful->setChecked(report.wrongfulPurpose);
    m_overHundred->setChecked(report.overHundred);
    for (QCheckBox *box : {m_sensitive, m_financial, m_wrongful, m_overHundred})
        leak->addRow(box);

    m_summary = new QPlainTextEdit(report.summary, this);
    m_summary->setAccessibleName(tr("Summary"));
    m_measures = new QPlainTextEdit(report.measures, this);
    m_measures->setAccessibleName(tr("Measures taken"));
    auto *texts = new QFormLayout;
    addFormRow(texts, tr("S&ummary:"), packed({m_summary}), m_summary);
    addFormRow(texts, tr("&Measures:"), packed({m_measures}), m_measures);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::updateKind);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_counts);
    layout->addWidget(m_leak);
    layout->addLayout(texts);
    layout->addWidget(buttons);
    updateKind();
}

void ReportDialog::updateKind()
{
    const auto kind = fromKey<ReportKind>(m_kind->currentData().toString()).value_or(ReportKind::Other);
    m_counts->setVisible(kind == ReportKind::HandlingNotices);
    m_leak->setVisible(kind == ReportKind::Leak);
}

Report ReportDialog::report() const
{
    Report r = m_report;
    r.number = m_number->value();
    r.receivedDate = optionalDate(m_received);
    if (r.receivedDate.isValid())
        r.fiscalYear = wareki::fiscalYearOf(r.receivedDate);
    r.reportingBody = m_body->text().trimmed();
    r.department = m_department->text().trimmed();
    r.title = m_title->text().trimmed();
    r.kind = fromKey<ReportKind>(m_kind->currentData().toString()).value_or(ReportKind::Other);
    const bool counts = r.kind == ReportKind::HandlingNotices;
    r.periodStart = counts ? optionalDate(m_periodStart) : QDate();
    r.periodEnd = counts ? optionalDate(m_periodEnd) : QDate();
    r.startedCount = counts ? m_started->value() : 0;
    r.changedCount = counts ? m_changed->value() : 0;
    r.abolishedCount = counts ? m_abolished->value() : 0;
    const bool leak = r.kind == ReportKind::Leak;
    r.knownDate = leak ? optionalDate(m_known) : QDate();
    r.affectedCount = leak ? m_affected->value() : 0;
    r.sensitiveData = leak && m_sensitive->isChecked();
    r.financialDamage = leak && m_financial->isChecked();
    r.wrongfulPurpose = leak && m_wrongful->isChecked();
    r.overHundred = leak && m_overHundred->isChecked();
    r.summary = m_summary->toPlainText().trimmed();
    r.measures = m_measures->toPlainText().trimmed();
    return r;
}

} // namespace kiroku::ui
