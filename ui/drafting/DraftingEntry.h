#pragma once
// The entry line at the bottom of the drafting view: the speaker (type-ahead over names, readings,
// roles and departments; Alt/Ctrl+1–9 for the number keys), the text of the turn (Enter commits and
// starts the next turn, Shift+Enter breaks the line; with the line empty Ctrl+Z undoes the record's last
// step) and the number-key strip. Every keystroke only hands the text to the session; the session's
// autosave writes it.
#include "drafting/Speakers.h"

#include "drafting/DraftingSession.h"

#include <QPointer>
#include <QWidget>

class QCompleter;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;

namespace kiroku::ui {

class DraftingEntry : public QWidget
{
    Q_OBJECT
public:
    explicit DraftingEntry(DraftingSession *session, QWidget *parent = nullptr);

    QLineEdit *speakerEdit() const { return m_speaker; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QCompleter *completer() const { return m_completer; }
    // Number key 1–9.
    void chooseNumberKey(int key);
    void chooseSpeaker(const Speaker &speaker);
    void focusText();

Q_SIGNALS:
    void committed(); // a turn went into the record

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    void showSession(); // speaker and text from the session (after a commit, on recovery)
    void updateNumberKeys();
    void updateCandidates(const QString &query);
    void takeTypedSpeaker();
    void commit();
    bool undoesRecord(const QKeyEvent *key) const;

    QPointer<DraftingSession> m_session;
    QLineEdit *m_speaker;
    QPlainTextEdit *m_text;
    QLabel *m_keys;
    QLabel *m_item;
    QCompleter *m_completer;
    QStandardItemModel *m_candidates;
    QVector<Speaker> m_shown; // the candidates in the completer, by row
    bool m_updating = false;
};

} // namespace kiroku::ui
