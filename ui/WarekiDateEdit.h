#pragma once
// A date typed the way clerks write it: 令和9年1月21日, R9.1.21, R9/1/21, 2027-01-21 or 2027/01/21
// (text/Wareki's parseDate), shown in 和暦 with its weekday. What is typed is checked at each key; it is
// committed (dateCommitted) on Enter, on leaving the field and on a pick in the calendar — never while
// typing, so a half-typed year never reaches the archive. Replaces QDateEdit, whose sections made a
// typed year land in the wrong place.
#include <QDate>
#include <QLineEdit>

#include <optional>

class QCalendarWidget;

namespace kiroku::ui {

class WarekiDateEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit WarekiDateEdit(QWidget *parent = nullptr);

    // The committed date (null when none); shown in 和暦 unless the clerk is typing.
    QDate date() const { return m_date; }
    void setDate(QDate date);
    // Whether an empty field means "no date" (else it is refused).
    void setOptional(bool optional) { m_optional = optional; }
    // What the text reads as now: a date, a null QDate for an empty optional field, nullopt when
    // it is not a date.
    std::optional<QDate> typedDate() const;
    QCalendarWidget *calendar();

Q_SIGNALS:
    // The clerk finished an edit that changed the date.
    void dateCommitted(QDate date);
    // After each key: the date the text reads as, or nullopt (the editor says why beside the field).
    void typed(std::optional<QDate> date);
    // The text was not a date when the clerk left the field: it went back to the committed date.
    void refused(const QString &text);

protected:
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void commit(bool leaving);
    void showDate();
    void markValid(bool valid);
    void popUpCalendar();

    QDate m_date;
    bool m_optional = true;
    bool m_committing = false;
    QCalendarWidget *m_calendar = nullptr;
};

} // namespace kiroku::ui
