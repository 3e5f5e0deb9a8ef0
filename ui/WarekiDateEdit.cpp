#include "WarekiDateEdit.h"

#include "text/Wareki.h"

#include <QAction>
#include <QCalendarWidget>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QStyle>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

WarekiDateEdit::WarekiDateEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("e.g. R9.1.21 or 2027-01-21"));
    setToolTip(
        tr("Type a date as 令和9年1月21日, R9.1.21, R9/1/21, 2027-01-21 or 2027/01/21; Enter saves it. "
           "Alt+Down opens the calendar."));
    auto *pick =
        addAction(QIcon::fromTheme(u"x-office-calendar"_s, style()->standardIcon(QStyle::SP_ArrowDown)),
                  QLineEdit::TrailingPosition);
    pick->setObjectName(u"calendarAction"_s);
    pick->setToolTip(tr("Choose in the calendar"));
    connect(pick, &QAction::triggered, this, &WarekiDateEdit::popUpCalendar);
    connect(this, &QLineEdit::textEdited, this, [this] {
        const std::optional<QDate> date = typedDate();
        markValid(date.has_value());
        Q_EMIT typed(date);
    });
    connect(this, &QLineEdit::returnPressed, this, [this] { commit(false); });
    // A fitting width for 令和10年12月28日(木) and the calendar button.
    setMinimumWidth(fontMetrics().horizontalAdvance(u"令和10年12月28日(木)__"_s) + 32);
}

void WarekiDateEdit::setDate(QDate date)
{
    m_date = date;
    // A reload while the clerk is typing keeps what is typed; it is committed or refused on leaving.
    if (!hasFocus() || !isModified())
        showDate();
}

std::optional<QDate> WarekiDateEdit::typedDate() const
{
    const QString input = text().trimmed();
    if (input.isEmpty())
        return m_optional ? std::optional<QDate>(QDate()) : std::nullopt;
    return wareki::parseDate(input);
}

QCalendarWidget *WarekiDateEdit::calendar()
{
    if (!m_calendar) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setObjectName(u"dateCalendar"_s);
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setGridVisible(true);
        connect(m_calendar, &QCalendarWidget::activated, this, [this](QDate picked) {
            m_calendar->hide();
            setText(wareki::formatDate(picked));
            setModified(true);
            commit(false);
        });
        connect(m_calendar, &QCalendarWidget::clicked, m_calendar, &QCalendarWidget::activated);
    }
    return m_calendar;
}

void WarekiDateEdit::popUpCalendar()
{
    QCalendarWidget *popup = calendar();
    const std::optional<QDate> typed = typedDate();
    popup->setSelectedDate(typed && typed->isValid() ? *typed
                           : m_date.isValid()        ? m_date
                                                     : QDate::currentDate());
    popup->adjustSize();
    // Below the field, or above it when the screen ends first.
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *screen = this->screen()) {
        const QRect area = screen->availableGeometry();
        if (at.y() + popup->height() > area.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - popup->height());
        at.setX(qBound(area.left(), at.x(), area.right() - popup->width()));
    }
    popup->move(at);
    popup->show();
    popup->setFocus();
}

void WarekiDateEdit::commit(bool leaving)
{
    if (m_committing)
        return;
    const std::optional<QDate> date = typedDate();
    if (!date) {
        if (leaving) {
            // Nothing half-typed stays on screen looking saved: back to the stored date, and say so.
            const QString typedText = text();
            showDate();
            Q_EMIT refused(typedText);
        } else {
            markValid(false);
            Q_EMIT typed(std::nullopt);
        }
        return;
    }
    m_committing = true;
    const bool changed = *date != m_date;
    setModified(false);
    if (changed)
        Q_EMIT dateCommitted(*date); // the editor may ask first; it calls setDate with what is stored
    m_committing = false;
    if (!hasFocus() || !changed)
        showDate();
}

void WarekiDateEdit::showDate()
{
    setText(m_date.isValid() ? wareki::formatDate(m_date) : QString());
    setModified(false);
    markValid(true);
}

void WarekiDateEdit::markValid(bool valid)
{
    QPalette p = palette();
    p.setColor(QPalette::Text, valid ? QPalette().color(QPalette::Text) : QColor(0xb0, 0x10, 0x10));
    setPalette(p);
    setProperty("invalid", !valid);
}

void WarekiDateEdit::focusInEvent(QFocusEvent *event)
{
    QLineEdit::focusInEvent(event);
    // One click and typing replaces the date, as a Tab into the field does.
    if (event->reason() == Qt::MouseFocusReason)
        QTimer::singleShot(0, this, &QLineEdit::selectAll);
}

void WarekiDateEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // The calendar taking the focus is not the end of the edit.
    if (event->reason() != Qt::PopupFocusReason && isModified())
        commit(true);
}

void WarekiDateEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Down && event->modifiers() & Qt::AltModifier) {
        popUpCalendar();
        return;
    }
    if (event->key() == Qt::Key_Escape && isModified()) {
        showDate(); // Esc gives back the stored date
        Q_EMIT typed(m_date);
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace kiroku::ui
