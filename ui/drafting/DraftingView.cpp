#include "drafting/DraftingView.h"

#include "commands/StatementCommands.h"
#include "drafting/DraftingEntry.h"
#include "drafting/DraftingSession.h"
#include "drafting/FactOfferBar.h"
#include "drafting/InsertStatementDialog.h"
#include "drafting/ReplaceDialog.h"
#include "drafting/StatementDelegate.h"
#include "drafting/StatementTreeModel.h"
#include "text/Wareki.h"

#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

constexpr int HeadingIndexRole = Qt::UserRole + 1;
constexpr int MemberRole = Qt::UserRole + 2;

// Enter on a list activates its current item (QListWidget only does so on some platforms).
class EnterActivates : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *object, QEvent *event) override
    {
        auto *list = qobject_cast<QListWidget *>(object);
        if (list && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if ((key == Qt::Key_Return || key == Qt::Key_Enter) && list->currentItem()) {
                Q_EMIT list->itemActivated(list->currentItem());
                return true;
            }
        }
        return false;
    }
};

QListWidget *makeList(const QString &name, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setUniformItemSizes(true);
    list->installEventFilter(new EnterActivates(list));
    return list;
}

} // namespace

DraftingView::DraftingView(DraftingSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new StatementTreeModel(session, this))
    , m_delegate(new StatementDelegate(this))
    , m_view(new QTreeView(this))
    , m_entry(new DraftingEntry(session, this))
    , m_offers(new FactOfferBar(session, this))
{
    setObjectName(u"draftingView"_s);
    const Meeting &meeting = session->meeting();
    m_title = new QLabel(this);
    m_title->setObjectName(u"draftingTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(wareki::formatFiscalYear(meeting.fiscalYear) +
                     wareki::formatOrdinalMeeting(meeting.number) + u"　"_s + session->council().name +
                     u"　"_s + wareki::formatDate(meeting.date));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_quorum = new QLabel(this);
    m_quorum->setObjectName(u"quorumLine"_s);
    m_quorum->setTextFormat(Qt::PlainText);
    m_recovery = new QLabel(this);
    m_recovery->setObjectName(u"recoveryBanner"_s);
    m_recovery->setTextFormat(Qt::PlainText);
    m_recovery->setWordWrap(true);
    m_recovery->setAutoFillBackground(true);
    QPalette bannerPalette = m_recovery->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xc8));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x40, 0x30, 0x00));
    m_recovery->setPalette(bannerPalette);
    m_recovery->setMargin(6);
    m_recovery->setText(session->recovery().message());
    m_recovery->setVisible(session->recovery().recovered);

    m_view->setObjectName(u"statementView"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->header()->hide();
    m_view->setRootIsDecorated(false);
    m_view->setIndentation(0);
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    // Per item: the view measures only the rows it shows, not the whole record, on every change.
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->viewport()->installEventFilter(this);
    m_view->expandAll();
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid()) {
                    for (int row = first; row <= last; ++row)
                        m_view->expand(m_model->index(row, 0));
                }
            });
    connect(m_view, &QWidget::customContextMenuRequested, this, &DraftingView::showContextMenu);
    // A statement missed while drafting goes in between two others: Insert before the selected one,
    // Shift+Insert after it. Only while the record has the focus: Insert in the entry line is typing.
    m_insertBefore = new QAction(tr("&Insert Statement Before…"), this);
    m_insertBefore->setObjectName(u"actionInsertBefore"_s);
    m_insertBefore->setShortcut(QKeySequence(Qt::Key_Insert));
    m_insertAfter = new QAction(tr("Insert Statement &After…"), this);
    m_insertAfter->setObjectName(u"actionInsertAfter"_s);
    m_insertAfter->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Insert));
    for (QAction *action : {m_insertBefore, m_insertAfter}) {
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
    }
    connect(m_insertBefore, &QAction::triggered, this, [this] { insertStatement(false); });
    connect(m_insertAfter, &QAction::triggered, this, [this] { insertStatement(true); });
    connect(m_delegate, &StatementDelegate::splitRequested, this,
            [this](qint64 id, int offset) { split(id, offset); });
    // A commit scrolls to the new turn; edits of earlier statements leave the view where it is.
    connect(m_entry, &DraftingEntry::committed, this, &DraftingView::scrollToEnd);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(buildSide());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    // The record and the side panel keep the share the clerk gave them, meeting after meeting.
    splitter->restoreState(QSettings().value(u"drafting/splitter"_s).toByteArray());
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { QSettings().setValue(u"drafting/splitter"_s, splitter->saveState()); });

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_quorum);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_recovery);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_offers);
    layout->addWidget(m_entry);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_F6), [this] { m_palette->setFocus(Qt::ShortcutFocusReason); });
    shortcut(QKeySequence(Qt::Key_F7), [this] { m_headings->setFocus(Qt::ShortcutFocusReason); });
    shortcut(QKeySequence(Qt::Key_F8), [this] { m_attendance->setFocus(Qt::ShortcutFocusReason); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L),
             [this] { m_entry->speakerEdit()->setFocus(Qt::ShortcutFocusReason); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { m_entry->focusText(); });

    connect(session, &DraftingSession::attendanceChanged, this, [this] {
        refreshAttendance();
        refreshPalette();
    });
    connect(session, &DraftingSession::recordChanged, this, &DraftingView::refreshPalette);
    connect(session, &DraftingSession::agendaReloaded, this, &DraftingView::refreshHeadings);
    refreshPalette();
    refreshHeadings();
    refreshAttendance();
    setFocusProxy(m_entry->textEdit());
    scrollToEnd();
}

bool DraftingView::eventFilter(QObject *object, QEvent *event)
{
    // Wrapped rows change height with the width: measure again after a resize (rows are cached per width).
    if (object == m_view->viewport() && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            m_view->doItemsLayout();
    }
    return QWidget::eventFilter(object, event);
}

QWidget *DraftingView::buildSide()
{
    auto *side = new QWidget(this);
    m_palette = makeList(u"palette"_s, side);
    m_palette->setToolTip(tr("Stage directions (F6); Enter or a double click puts one into the record"));
    connect(m_palette, &QListWidget::itemActivated, this, &DraftingView::insertFromPalette);
    m_headings = makeList(u"headings"_s, side);
    m_headings->setToolTip(
        tr("Headings from the agenda (F7); an agenda item's heading also makes it current"));
    connect(m_headings, &QListWidget::itemActivated, this, &DraftingView::insertHeading);
    m_attendance = makeList(u"attendanceList"_s, side);
    m_attendance->setToolTip(tr("Members (F8); Alt+A: arrived now, Alt+L: left now"));
    auto *arrived = new QPushButton(tr("&Arrived now"), side);
    arrived->setObjectName(u"arrivedButton"_s);
    auto *left = new QPushButton(tr("&Left now"), side);
    left->setObjectName(u"leftButton"_s);
    m_withDirection = new QCheckBox(tr("With a stage direction"), side);
    m_withDirection->setObjectName(u"withDirection"_s);
    m_withDirection->setChecked(true);
    connect(arrived, &QPushButton::clicked, this, [this] { recordAttendance(true); });
    connect(left, &QPushButton::clicked, this, [this] { recordAttendance(false); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(arrived);
    buttons->addWidget(left);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Stage directions (F6)"), side));
    layout->addWidget(m_palette, 3);
    layout->addWidget(new QLabel(tr("Headings (F7)"), side));
    layout->addWidget(m_headings, 2);
    layout->addWidget(new QLabel(tr("Attendance (F8)"), side));
    layout->addWidget(m_attendance, 2);
    layout->addLayout(buttons);
    layout->addWidget(m_withDirection);
    return side;
}

void DraftingView::refreshPalette()
{
    if (!m_session)
        return;
    m_quorum->setText(m_session->quorumLine());
    const QStringList texts = m_session->palette();
    if (m_palette->count() == texts.size()) {
        for (int i = 0; i < texts.size(); ++i) {
            if (m_palette->item(i)->text() != texts.at(i))
                m_palette->item(i)->setText(texts.at(i));
        }
        return;
    }
    m_palette->clear();
    m_palette->addItems(texts);
    m_palette->setCurrentRow(0);
}

void DraftingView::refreshHeadings()
{
    m_headings->clear();
    const QVector<HeadingChoice> headings = m_session->headings();
    for (int i = 0; i < headings.size(); ++i) {
        auto *item = new QListWidgetItem(
            QString(headings.at(i).level * 2, QChar(0x3000)) + headings.at(i).text, m_headings);
        item->setData(HeadingIndexRole, i);
    }
    m_headings->setCurrentRow(0);
}

void DraftingView::refreshAttendance()
{
    const int current = m_attendance->currentRow();
    m_attendance->clear();
    QHash<Id, Attendance> byMember;
    for (const Attendance &a : m_session->attendance())
        byMember.insert(a.memberId, a);
    for (const Member &m : m_session->members()) {
        if (m_session->meeting().date.isValid() && !m.inOfficeOn(m_session->meeting().date))
            continue;
        const Attendance a = byMember.value(m.id);
        QString state;
        switch (byMember.contains(m.id) ? a.status : AttendanceStatus::Absent) {
        case AttendanceStatus::Present:
            state = tr("present");
            break;
        case AttendanceStatus::Absent:
            state = tr("absent");
            break;
        case AttendanceStatus::Late:
            state = tr("arrived %1").arg(a.arrivedAt.toString(u"HH:mm"_s));
            break;
        case AttendanceStatus::LeftEarly:
            state = tr("left %1").arg(a.leftAt.toString(u"HH:mm"_s));
            break;
        }
        auto *item = new QListWidgetItem(m.surname() + japaneseLabel(m.role) + u"　"_s + state, m_attendance);
        item->setData(MemberRole, m.id);
    }
    m_attendance->setCurrentRow(std::clamp(current, 0, m_attendance->count() - 1));
    m_quorum->setText(m_session->quorumLine());
}

void DraftingView::insertFromPalette()
{
    if (QListWidgetItem *item = m_palette->currentItem())
        m_session->insertStageDirection(item->text());
    scrollToEnd();
    m_entry->focusText();
}

void DraftingView::insertHeading()
{
    QListWidgetItem *item = m_headings->currentItem();
    if (!item)
        return;
    const QVector<HeadingChoice> headings = m_session->headings();
    const int index = item->data(HeadingIndexRole).toInt();
    if (index >= 0 && index < headings.size())
        m_session->insertHeading(headings.at(index));
    scrollToEnd();
    m_entry->focusText();
}

void DraftingView::recordAttendance(bool arrival)
{
    QListWidgetItem *item = m_attendance->currentItem();
    if (!item)
        return;
    const Id member = item->data(MemberRole).toLongLong();
    const bool direction = m_withDirection->isChecked();
    if (arrival)
        m_session->recordArrival(member, direction);
    else
        m_session->recordDeparture(member, direction);
    scrollToEnd();
}

void DraftingView::scrollToEnd()
{
    const QModelIndex last = m_model->lastStatementIndex();
    if (last.isValid())
        m_view->scrollTo(last, QAbstractItemView::PositionAtBottom);
}

bool DraftingView::showStatement(Id statementId)
{
    const QModelIndex index = m_model->indexOf(statementId);
    if (!index.isValid())
        return false;
    m_view->expand(index.parent());
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->setCurrentIndex(index);
    return true;
}

const Statement *DraftingView::selectedStatement() const
{
    return m_model->statement(m_view->currentIndex());
}

void DraftingView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid())
        m_view->setCurrentIndex(index);
    const Statement *s = selectedStatement();
    if (!s)
        return;
    QMenu menu(this);
    menu.addAction(tr("Edit in Place"), this, [this] { m_view->edit(m_view->currentIndex()); });
    menu.addAction(tr("Split…"), this, &DraftingView::splitSelected);
    menu.addAction(tr("Merge with Next"), this, &DraftingView::mergeSelected);
    menu.addAction(m_insertBefore);
    menu.addAction(m_insertAfter);
    QMenu *move = menu.addMenu(tr("Move to Agenda Item"));
    move->addAction(tr("Outside the agenda"), this, [this] { moveSelected(0); });
    for (const HeadingChoice &h : m_session->headings()) {
        if (h.agendaItemId != 0)
            move->addAction(h.text, this, [this, id = h.agendaItemId] { moveSelected(id); });
    }
    QMenu *speaker = menu.addMenu(tr("Change Speaker"));
    QStringList seen;
    for (const Speaker &candidate : m_session->directory().all()) {
        if (seen.contains(candidate.label))
            continue;
        seen << candidate.label;
        speaker->addAction(candidate.label, this,
                           [this, label = candidate.label] { changeSpeakerOfSelected(label); });
    }
    menu.addSeparator();
    menu.addAction(tr("Remove"), this, &DraftingView::removeSelected);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void DraftingView::split(Id statementId, int offset)
{
    Document *document = m_session->document();
    document->push(new SplitStatementCommand(document, statementId, offset));
}

void DraftingView::splitSelected()
{
    const Statement *s = selectedStatement();
    if (!s)
        return;
    const Id id = s->id;
    QDialog dialog(this);
    dialog.setObjectName(u"splitDialog"_s);
    dialog.setWindowTitle(tr("Split Statement"));
    auto *label = new QLabel(tr("Put the cursor where the second statement begins."), &dialog);
    auto *text = new QPlainTextEdit(s->text, &dialog);
    text->setReadOnly(true);
    text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(text);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        split(id, text->textCursor().position());
}

bool DraftingView::insertStatement(bool after)
{
    const Statement *s = selectedStatement();
    if (!s)
        return false;
    const int position = s->position + (after ? 1 : 0);
    const Id item = s->agendaItemId;
    const QString where = after ? tr("After: %1").arg(s->speaker + u"　"_s + s->text.left(60))
                                : tr("Before: %1").arg(s->speaker + u"　"_s + s->text.left(60));
    InsertStatementDialog dialog(m_session, position, where, this);
    if (dialog.exec() != QDialog::Accepted || !m_session)
        return false;
    const bool ok = m_session->insertStatement(position, item, dialog.speaker(), dialog.text());
    if (ok && position < m_session->statements().size()) {
        m_view->setCurrentIndex(m_model->indexOf(m_session->statements().at(position).id));
        m_view->setFocus();
    }
    return ok;
}

void DraftingView::mergeSelected()
{
    if (const Statement *s = selectedStatement())
        m_session->document()->push(new MergeStatementsCommand(m_session->document(), s->id));
}

void DraftingView::removeSelected()
{
    if (const Statement *s = selectedStatement())
        m_session->document()->push(new RemoveStatementCommand(m_session->document(), s->id));
}

void DraftingView::moveSelected(Id agendaItemId)
{
    if (const Statement *s = selectedStatement())
        m_session->document()->push(new MoveStatementCommand(m_session->document(), s->id, agendaItemId));
}

void DraftingView::changeSpeakerOfSelected(const QString &label)
{
    const Statement *s = selectedStatement();
    if (!s)
        return;
    const Speaker speaker = m_session->directory().byLabel(label);
    m_session->document()->push(EditStatementCommand::changeSpeaker(m_session->document(), *s, speaker.label,
                                                                    speaker.memberId, speaker.staffId));
}

void DraftingView::findAndReplace()
{
    ReplaceDialog dialog(m_session, ReplaceDialog::Mode::FindReplace, this);
    dialog.exec();
}

void DraftingView::applyNotationList()
{
    ReplaceDialog dialog(m_session, ReplaceDialog::Mode::Notation, this);
    dialog.exec();
}

} // namespace kiroku::ui
