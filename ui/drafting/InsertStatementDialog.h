#pragma once
// A statement missed while drafting, put in between two others: the speaker (offered: the one expected
// at that place) and the text. Enter inserts it, Shift+Enter breaks the line.
#include "drafting/DraftingSession.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace kiroku::ui {

class InsertStatementDialog : public QDialog
{
    Q_OBJECT
public:
    // `position`: where the statement goes in the record; `neighbour`: the text it goes before or after.
    InsertStatementDialog(DraftingSession *session, int position, const QString &neighbour,
                          QWidget *parent = nullptr);

    QComboBox *speakerBox() const { return m_speaker; }
    QPlainTextEdit *textEdit() const { return m_text; }
    Speaker speaker() const;
    QString text() const;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    DraftingSession *m_session;
    QComboBox *m_speaker;
    QPlainTextEdit *m_text;
};

} // namespace kiroku::ui
