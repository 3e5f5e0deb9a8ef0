#pragma once
// Enters or changes one report (報告第N号): who reported what and when, and by kind the handling-notice
// counts for a period, or the leak under 第68条 (when it became known, how many people, which criteria
// it meets, the measures taken). The caller turns the result into a SetReportCommand.
#include "model/Types.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace kiroku::ui {

class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportDialog(const Report &report, QWidget *parent = nullptr);
    Report report() const;

private:
    void updateKind();

    Report m_report;
    QSpinBox *m_number;
    QDateEdit *m_received;
    QLineEdit *m_body;
    QLineEdit *m_department;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QGroupBox *m_counts;
    QDateEdit *m_periodStart;
    QDateEdit *m_periodEnd;
    QSpinBox *m_started;
    QSpinBox *m_changed;
    QSpinBox *m_abolished;
    QGroupBox *m_leak;
    QDateEdit *m_known;
    QSpinBox *m_affected;
    QCheckBox *m_sensitive;
    QCheckBox *m_financial;
    QCheckBox *m_wrongful;
    QCheckBox *m_overHundred;
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_measures;
};

} // namespace kiroku::ui
