#include "Delegates.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimeEdit>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {
const QDate noDate(1900, 1, 1);
const QTime noTime(0, 0);
const char touchedProperty[] = "kirokuTouched";
} // namespace

namespace {
void startDate(QDateEdit *edit, QDate date)
{
    // An empty cell starts from today rather than from 1900, but stays empty unless the clerk changes it.
    setOptionalDate(edit, date.isValid() ? date : QDate::currentDate());
    edit->setProperty(touchedProperty, date.isValid());
}
} // namespace

void makeOptional(QDateEdit *edit)
{
    edit->setDisplayFormat(u"yyyy/MM/dd"_s);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(u"—"_s);
}

void makeOptional(QTimeEdit *edit)
{
    edit->setDisplayFormat(u"HH:mm"_s);
    edit->setMinimumTime(noTime);
    edit->setSpecialValueText(u"—"_s);
}

QDate optionalDate(const QDateEdit *edit)
{
    return edit->date() == noDate ? QDate() : edit->date();
}

QTime optionalTime(const QTimeEdit *edit)
{
    return edit->time() == noTime ? QTime() : edit->time();
}

void setOptionalDate(QDateEdit *edit, QDate date)
{
    edit->setDate(date.isValid() ? date : noDate);
}

QDateEdit *optionalDateEdit(QDate date, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    makeOptional(edit);
    setOptionalDate(edit, date);
    return edit;
}

void setOptionalTime(QTimeEdit *edit, QTime time)
{
    edit->setTime(time.isValid() ? time : noTime);
}

void addFormRow(QFormLayout *form, const QString &label, QLayout *fields, QWidget *buddy)
{
    auto *text = new QLabel(label, form->parentWidget());
    text->setBuddy(buddy);
    form->addRow(text, fields);
}

QLayout *packed(std::initializer_list<QWidget *> widgets)
{
    auto *row = new QHBoxLayout;
    for (QWidget *widget : widgets)
        row->addWidget(widget);
    row->addStretch(1);
    return row;
}

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A council has a dozen members at most: sizing to contents stays cheap.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    // Wide enough for the combo and date editors that open in a cell.
    view->horizontalHeader()->setMinimumSectionSize(view->fontMetrics().horizontalAdvance(u"0000/00/00"_s) +
                                                    32);
}

ChoiceDelegate::ChoiceDelegate(Choices choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    fillCombo(combo, m_choices);
    // One pick is one edit: commit at once instead of waiting for the focus to leave.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ChoiceDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    selectKey(static_cast<QComboBox *>(editor), index.data(Qt::EditRole).toString());
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

QWidget *DateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new QDateEdit(parent);
    makeOptional(edit);
    connect(edit, &QDateEdit::dateChanged, edit, [edit] { edit->setProperty(touchedProperty, true); });
    return edit;
}

void DateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    startDate(static_cast<QDateEdit *>(editor), index.data(Qt::EditRole).toDate());
}

void DateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *edit = static_cast<QDateEdit *>(editor);
    if (edit->property(touchedProperty).toBool())
        model->setData(index, optionalDate(edit), Qt::EditRole);
}

QWidget *TimeDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new QTimeEdit(parent);
    makeOptional(edit);
    return edit;
}

void TimeDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    setOptionalTime(static_cast<QTimeEdit *>(editor), index.data(Qt::EditRole).toTime());
}

void TimeDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, optionalTime(static_cast<QTimeEdit *>(editor)), Qt::EditRole);
}

} // namespace kiroku::ui
