#pragma once
// Item delegates shared by the tables: a combo of enum choices, and date / time editors whose lowest
// value stands for "not set" (models use an invalid QDate / QTime for that).
#include "Labels.h"

#include <QDate>
#include <QStyledItemDelegate>
#include <QTime>

class QDateEdit;
class QFormLayout;
class QLayout;
class QTableView;
class QTimeEdit;

namespace kiroku::ui {

class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ChoiceDelegate(Choices choices, QObject *parent);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    Choices m_choices;
};

class DateDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

class TimeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

// Date and time edits that can say "not set" (their minimum, shown as a dash).
void makeOptional(QDateEdit *edit);
void makeOptional(QTimeEdit *edit);
QDate optionalDate(const QDateEdit *edit);
QTime optionalTime(const QTimeEdit *edit);
void setOptionalDate(QDateEdit *edit, QDate date);
// A new optional date edit showing `date` (a dash when it is not set).
QDateEdit *optionalDateEdit(QDate date, QWidget *parent);
void setOptionalTime(QTimeEdit *edit, QTime time);

// A form row whose fields sit in a layout: the label's mnemonic still moves to `buddy`.
void addFormRow(QFormLayout *form, const QString &label, QLayout *fields, QWidget *buddy);
// Widgets side by side, then stretch: spin boxes keep their natural width.
QLayout *packed(std::initializer_list<QWidget *> widgets);
// The look of the small editing tables: single-line rows, columns sized to their contents.
void setUpTable(QTableView *view);

} // namespace kiroku::ui
