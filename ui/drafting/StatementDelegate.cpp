#include "drafting/StatementDelegate.h"

#include "drafting/StatementTreeModel.h"
#include "model/Enums.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

constexpr int margin = 4;

bool isSection(const QModelIndex &index)
{
    return index.data(StatementTreeModel::KindRole).toInt() < 0;
}

StatementKind kindOf(const QModelIndex &index)
{
    return StatementKind(index.data(StatementTreeModel::KindRole).toInt());
}

} // namespace

StatementDelegate::StatementDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

StatementDelegate::Layout StatementDelegate::layout(const QStyleOptionViewItem &option) const
{
    const QFontMetrics fm(option.font);
    const int timeWidth = fm.horizontalAdvance(u"00:00"_s) + 2 * margin;
    const int speakerWidth = fm.horizontalAdvance(u"情報政策課長"_s) + 2 * margin;
    const QRect r = option.rect.adjusted(margin, margin / 2, -margin, -margin / 2);
    Layout l;
    l.time = QRect(r.left(), r.top(), timeWidth, fm.height());
    l.speaker = QRect(l.time.right() + 1, r.top(), speakerWidth, r.height());
    l.text = QRect(l.speaker.right() + 1 + margin, r.top(),
                   std::max(40, r.right() - l.speaker.right() - margin), r.height());
    return l;
}

int StatementDelegate::textHeight(const QString &text, const QFont &font, int width) const
{
    const QFontMetrics fm(font);
    return fm.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap | Qt::TextWrapAnywhere, text)
        .height();
}

QSize StatementDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    if (isSection(index))
        return {option.rect.width(), fm.height() + 2 * margin};
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The view asks before the row has a rectangle: measure against the width the row will get.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        opt.rect = QRect(0, 0, view->viewport()->width(), fm.height());
    const Layout l = layout(opt);
    const QString text = index.data(StatementTreeModel::TextRole).toString();
    const QString speaker = index.data(StatementTreeModel::SpeakerRole).toString();
    const qint64 id = index.data(StatementTreeModel::StatementIdRole).toLongLong();
    const size_t hash = qHashMulti(0, text, speaker);
    Cached &cached = m_heights[id];
    if (cached.textHash != hash || cached.width != l.text.width() || cached.height == 0) {
        cached.textHash = hash;
        cached.width = l.text.width();
        QFont bold = opt.font;
        bold.setBold(true);
        const int speakerHeight =
            speaker.isEmpty()
                ? 0
                : QFontMetrics(bold)
                      .boundingRect(QRect(0, 0, l.speaker.width(), 100000), Qt::TextWrapAnywhere, speaker)
                      .height();
        cached.height = std::max({fm.height(), speakerHeight, textHeight(text, opt.font, l.text.width())});
    }
    return {option.rect.width(), cached.height + margin};
}

void StatementDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QPalette &pal = opt.palette;
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    if (selected)
        painter->fillRect(opt.rect, pal.highlight());
    if (isSection(index)) {
        if (!selected)
            painter->fillRect(opt.rect, pal.alternateBase());
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(selected ? pal.highlightedText().color() : pal.text().color());
        painter->drawText(opt.rect.adjusted(margin, 0, -margin, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          index.data(Qt::DisplayRole).toString());
        painter->restore();
        return;
    }
    const Layout l = layout(opt);
    const QColor text = selected ? pal.highlightedText().color() : pal.text().color();
    const QColor dim = selected ? text : pal.placeholderText().color();
    painter->setPen(dim);
    painter->drawText(l.time, Qt::AlignLeft | Qt::AlignTop,
                      index.data(StatementTreeModel::TimeRole).toString());
    const StatementKind kind = kindOf(index);
    QFont font = opt.font;
    if (kind == StatementKind::Speech) {
        QFont speakerFont = font;
        speakerFont.setBold(true);
        painter->setFont(speakerFont);
        painter->setPen(text);
        painter->drawText(l.speaker, Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere,
                          index.data(StatementTreeModel::SpeakerRole).toString());
    }
    if (kind == StatementKind::Heading)
        font.setBold(true);
    painter->setFont(font);
    painter->setPen(kind == StatementKind::StageDirection ? dim : text);
    painter->drawText(l.text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap | Qt::TextWrapAnywhere,
                      index.data(StatementTreeModel::TextRole).toString());
    if (opt.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(pal.highlight().color(), 1, Qt::DotLine));
        painter->drawRect(opt.rect.adjusted(0, 0, -1, -1));
    }
    painter->restore();
}

QWidget *StatementDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                         const QModelIndex &index) const
{
    if (isSection(index))
        return nullptr;
    auto *editor = new QPlainTextEdit(parent);
    editor->setObjectName(u"statementEditor"_s);
    editor->setTabChangesFocus(true);
    editor->setFrameShape(QFrame::Box);
    editor->setProperty("statementId", index.data(StatementTreeModel::StatementIdRole));
    return editor;
}

void StatementDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor)) {
        edit->setPlainText(index.data(Qt::EditRole).toString());
        edit->moveCursor(QTextCursor::End);
    }
}

void StatementDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<QPlainTextEdit *>(editor))
        model->setData(index, edit->toPlainText(), Qt::EditRole);
}

void StatementDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &) const
{
    const Layout l = layout(option);
    QRect r(l.text.left(), option.rect.top(), option.rect.right() - l.text.left(), option.rect.height());
    r.setHeight(std::max(r.height(), 3 * option.fontMetrics.height()));
    editor->setGeometry(r);
}

bool StatementDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QPlainTextEdit *>(object);
    if (editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers() == Qt::NoModifier) {
            Q_EMIT commitData(editor);
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::SubmitModelCache);
            return true;
        }
        if (enter && key->modifiers() == Qt::ControlModifier) {
            const qint64 id = editor->property("statementId").toLongLong();
            const int offset = editor->textCursor().position();
            Q_EMIT commitData(editor);
            Q_EMIT closeEditor(editor, QAbstractItemDelegate::NoHint);
            Q_EMIT splitRequested(id, offset);
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace kiroku::ui
