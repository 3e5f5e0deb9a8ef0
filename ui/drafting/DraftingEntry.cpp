#include "drafting/DraftingEntry.h"

#include "drafting/DraftingSession.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

constexpr int LabelRole = Qt::UserRole + 1;

// Shows "label — detail" in the popup but puts only the label into the speaker field.
class SpeakerCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex &index) const override
    {
        return index.data(LabelRole).toString();
    }
    QStringList splitPath(const QString &) const override { return {QString()}; }
};

} // namespace

DraftingEntry::DraftingEntry(DraftingSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_speaker(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_keys(new QLabel(this))
    , m_item(new QLabel(this))
    , m_candidates(new QStandardItemModel(this))
{
    setObjectName(u"draftingEntry"_s);
    m_speaker->setObjectName(u"speakerEdit"_s);
    m_speaker->setPlaceholderText(tr("Speaker"));
    m_speaker->setToolTip(
        tr("Type part of a name, reading, role or department; Alt+1–9 for the number keys"));
    m_text->setObjectName(u"entryEdit"_s);
    m_text->setPlaceholderText(tr("Type the turn; Enter commits it and starts the next one"));
    m_text->setTabChangesFocus(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    // Two lines at least, six at most: the entry line must stay on a 720-pixel screen.
    const auto linesHigh = [this](int lines) {
        return m_text->fontMetrics().lineSpacing() * lines + 2 * m_text->frameWidth() + 8;
    };
    m_text->setMinimumHeight(linesHigh(2));
    m_text->setMaximumHeight(linesHigh(6));
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_keys->setObjectName(u"numberKeys"_s);
    m_keys->setTextFormat(Qt::PlainText);
    m_keys->setWordWrap(true);
    m_item->setObjectName(u"currentItem"_s);
    m_item->setTextFormat(Qt::PlainText);

    m_completer = new SpeakerCompleter(m_candidates, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_speaker);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                if (index.row() >= 0 && index.row() < m_shown.size())
                    chooseSpeaker(m_shown.at(index.row()));
                focusText();
            });
    connect(m_speaker, &QLineEdit::textEdited, this, &DraftingEntry::updateCandidates);
    connect(m_speaker, &QLineEdit::returnPressed, this, [this] {
        takeTypedSpeaker();
        focusText();
    });
    connect(m_speaker, &QLineEdit::editingFinished, this, &DraftingEntry::takeTypedSpeaker);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating && m_session)
            m_session->setEntryText(m_text->toPlainText());
    });
    m_text->installEventFilter(this);
    m_speaker->installEventFilter(this);

    for (int key = 1; key <= 9; ++key) {
        for (const auto modifier : {Qt::AltModifier, Qt::ControlModifier}) {
            auto *shortcut = new QShortcut(QKeySequence(modifier | Qt::Key(Qt::Key_0 + key)), this);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, this, [this, key] { chooseNumberKey(key); });
        }
    }

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_item, 0, 0, 1, 2);
    layout->addWidget(m_speaker, 1, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1, 1);
    layout->addWidget(m_keys, 2, 0, 1, 2);
    layout->setColumnStretch(1, 1);
    // Wide enough for the longest label of this meeting (デジタル推進部情報政策課長), within reason.
    const QFontMetrics metrics = m_speaker->fontMetrics();
    int width = metrics.horizontalAdvance(u"情報政策課長・副会長"_s);
    for (const Speaker &s : session->directory().all())
        width = std::max(width, metrics.horizontalAdvance(s.label));
    m_speaker->setFixedWidth(std::min(width, metrics.horizontalAdvance(QString(16, QChar(0x56FD)))) + 16);

    connect(session, &DraftingSession::entryChanged, this, &DraftingEntry::showSession);
    connect(session, &DraftingSession::numberKeysChanged, this, &DraftingEntry::updateNumberKeys);
    connect(session, &DraftingSession::agendaReloaded, this, &DraftingEntry::showSession);
    showSession();
    updateNumberKeys();
}

void DraftingEntry::showSession()
{
    if (!m_session)
        return;
    m_speaker->setText(m_session->entrySpeaker().label);
    if (m_text->toPlainText() != m_session->entryText()) {
        m_updating = true;
        m_text->setPlainText(m_session->entryText());
        m_text->moveCursor(QTextCursor::End);
        m_updating = false;
    }
    QString item = tr("Outside the agenda");
    for (const HeadingChoice &h : agendaHeadings(m_session->agenda())) {
        if (h.agendaItemId != 0 && h.agendaItemId == m_session->currentItemId())
            item = h.text;
    }
    m_item->setText(tr("Now: %1").arg(item));
}

void DraftingEntry::updateNumberKeys()
{
    if (!m_session)
        return;
    QStringList parts;
    const QVector<Speaker> &keys = m_session->numberKeys();
    for (int i = 0; i < keys.size(); ++i)
        parts << u"%1 %2"_s.arg(i + 1).arg(keys.at(i).label);
    m_keys->setText(tr("Alt+number: %1").arg(parts.join(u"　"_s)));
}

void DraftingEntry::updateCandidates(const QString &query)
{
    if (!m_session)
        return;
    m_shown = m_session->directory().matching(query);
    m_candidates->clear();
    for (const Speaker &s : std::as_const(m_shown)) {
        auto *item = new QStandardItem(s.detail.isEmpty() ? s.label : s.label + u" — "_s + s.detail);
        item->setData(s.label, LabelRole);
        m_candidates->appendRow(item);
    }
    if (m_shown.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    // As wide as its longest line (the speaker field is narrow) and within the screen; QCompleter puts
    // the popup above the field when there is no room below it.
    const QAbstractItemView *popup = m_completer->popup();
    int width = m_speaker->width();
    for (int row = 0; row < m_candidates->rowCount(); ++row)
        width = std::max(width, popup->fontMetrics().horizontalAdvance(m_candidates->item(row)->text()));
    width += popup->verticalScrollBar()->sizeHint().width() + 4 * popup->frameWidth() + 16;
    if (const QScreen *screen = m_speaker->screen())
        width = std::min(width, screen->availableGeometry().width());
    m_completer->complete(QRect(0, 0, width, m_speaker->height()));
    m_completer->popup()->setCurrentIndex(m_candidates->index(0, 0));
}

void DraftingEntry::takeTypedSpeaker()
{
    if (!m_session)
        return;
    const QString typed = m_speaker->text().trimmed();
    if (typed == m_session->entrySpeaker().label)
        return;
    if (typed.isEmpty()) {
        m_session->setEntrySpeaker({});
        return;
    }
    // The first candidate of what was typed, else the typed label as it stands.
    const QVector<Speaker> matches = m_session->directory().matching(typed);
    chooseSpeaker(matches.isEmpty() ? m_session->directory().byLabel(typed) : matches.first());
}

void DraftingEntry::chooseSpeaker(const Speaker &speaker)
{
    if (!m_session)
        return;
    m_session->setEntrySpeaker(speaker);
    m_speaker->setText(speaker.label);
    m_completer->popup()->hide();
}

void DraftingEntry::chooseNumberKey(int key)
{
    if (!m_session || key < 1 || key > m_session->numberKeys().size())
        return;
    chooseSpeaker(m_session->numberKeys().at(key - 1));
    focusText();
}

void DraftingEntry::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
}

void DraftingEntry::commit()
{
    if (!m_session)
        return;
    m_session->setEntryText(m_text->toPlainText());
    if (m_session->commitEntry())
        Q_EMIT committed();
}

bool DraftingEntry::undoesRecord(const QKeyEvent *key) const
{
    // With nothing typed, Ctrl+Z / Ctrl+Shift+Z are the record's undo and redo (the turn just committed);
    // with text in the line they undo the typing, as in any text field.
    return m_text->document()->isEmpty() &&
           (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo));
}

bool DraftingEntry::eventFilter(QObject *object, QEvent *event)
{
    if (object == m_text && event->type() == QEvent::ShortcutOverride &&
        undoesRecord(static_cast<QKeyEvent *>(event))) {
        event->accept(); // the key comes to the line, not to the window's actions
        return true;
    }
    if (object == m_text && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (undoesRecord(key) && m_session) {
            QUndoStack *stack = m_session->document()->undoStack();
            if (key->matches(QKeySequence::Undo))
                stack->undo();
            else
                stack->redo();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & Qt::ShiftModifier)) {
            commit();
            return true;
        }
    }
    if (object == m_text && event->type() == QEvent::FocusOut && m_session)
        m_session->saveDraft();
    if (object == m_speaker && event->type() == QEvent::FocusIn)
        QTimer::singleShot(0, m_speaker, &QLineEdit::selectAll);
    return QWidget::eventFilter(object, event);
}

} // namespace kiroku::ui
