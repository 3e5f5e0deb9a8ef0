#pragma once
// Find & replace over the whole record, and the council's notation list, both shown as a preview list
// (speaker, before, after) before anything changes; Apply writes every change as one undo step.
#include "commands/StatementCommands.h"

#include "drafting/DraftingSession.h"
#include <QDialog>

#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace kiroku::ui {

class ReplaceDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        FindReplace,
        Notation
    };
    ReplaceDialog(DraftingSession *session, Mode mode, QWidget *parent = nullptr);

    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }
    QTreeWidget *previewList() const { return m_preview; }
    const QVector<TextChange> &changes() const { return m_changes; }
    // Writes the previewed changes; false when there is nothing to write or the write failed.
    bool apply();

private:
    void updatePreview();

    QPointer<DraftingSession> m_session;
    Mode m_mode;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_ignoreCase = nullptr;
    QCheckBox *m_regex = nullptr;
    QTreeWidget *m_preview;
    QLabel *m_summary;
    QPushButton *m_apply;
    QVector<TextChange> m_changes;
};

} // namespace kiroku::ui
