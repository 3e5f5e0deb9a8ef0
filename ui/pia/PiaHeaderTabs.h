#pragma once
// The two sections that edit the evaluation's own row: "Basics and threshold" (affair, body,
// department, number, the version history; the threshold judgment's three inputs with their date and
// source, the type the table requires computed from them, the declared type and how the two relate)
// and "Why and when" (trigger, public comment period with its length checked, the opinions received,
// the inspection, submission and publication dates, the next review and the five-year deadline).
#include "pia/PiaPartModel.h"
#include "pia/PiaTab.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kiroku::ui {

class WarekiDateEdit;

class PiaBasicsTab : public PiaTab
{
    Q_OBJECT
public:
    explicit PiaBasicsTab(QWidget *parent = nullptr);

    QSpinBox *targetCountBox() const { return m_targetCount; }
    QSpinBox *handlerCountBox() const { return m_handlerCount; }
    QCheckBox *incidentBox() const { return m_incident; }
    QComboBox *declaredBox() const { return m_declared; }
    QLineEdit *affairEdit() const { return m_affair; }
    // The required type and the relation of the declared one, as shown.
    QString requiredText() const;
    QString statusText() const;

protected:
    void load() override;

private:
    QLineEdit *lineField(const std::function<void(PiaEvaluation &, const QString &)> &set);
    WarekiDateEdit *dateField(const std::function<void(PiaEvaluation &, QDate)> &set);

    QLineEdit *m_affair;
    QLineEdit *m_body;
    QLineEdit *m_department;
    QLineEdit *m_number;
    QLabel *m_version;
    QLabel *m_history;
    QSpinBox *m_targetCount;
    WarekiDateEdit *m_targetDate;
    QLineEdit *m_targetSource;
    QSpinBox *m_handlerCount;
    WarekiDateEdit *m_handlerDate;
    QLineEdit *m_handlerSource;
    QCheckBox *m_incident;
    WarekiDateEdit *m_incidentDate;
    QLineEdit *m_incidentSource;
    QLabel *m_required;
    QComboBox *m_declared;
    QLabel *m_status;
    QLabel *m_explanation;
    QLabel *m_guideline;
    QLineEdit *m_notes;
};

class PiaScheduleTab : public PiaTab
{
    Q_OBJECT
public:
    explicit PiaScheduleTab(QWidget *parent = nullptr);
    void setDocument(Document *document) override;

    PiaPartModel<PiaOpinion> *opinionModel() const { return m_opinions; }
    QComboBox *triggerBox() const { return m_trigger; }
    WarekiDateEdit *commentStartEdit() const { return m_commentStart; }
    WarekiDateEdit *commentEndEdit() const { return m_commentEnd; }
    QString commentText() const;
    QString deadlinesText() const;

protected:
    void load() override;

private:
    WarekiDateEdit *dateField(const std::function<void(PiaEvaluation &, QDate)> &set);

    PiaPartModel<PiaOpinion> *m_opinions;
    QComboBox *m_trigger;
    QLineEdit *m_change;
    WarekiDateEdit *m_commentStart;
    WarekiDateEdit *m_commentEnd;
    QLabel *m_commentDays;
    QLineEdit *m_commentReason;
    WarekiDateEdit *m_inspection;
    WarekiDateEdit *m_submission;
    WarekiDateEdit *m_publication;
    WarekiDateEdit *m_review;
    QLabel *m_deadlines;
};

} // namespace kiroku::ui
