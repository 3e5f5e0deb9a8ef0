#pragma once
// The live drafting view of one meeting: the record so far (statements under agenda items), the entry
// line at the bottom, and beside the record the stage-direction palette, the agenda headings and the
// attendance with the live quorum line. Everything is reachable from the keyboard:
//   Enter commits the turn, Alt/Ctrl+1–9 choose the speaker, F6 palette, F7 headings, F8 attendance,
//   F2 edit the selected statement in place, Ctrl+H find & replace, Ctrl+L the speaker field, Insert /
//   Shift+Insert on the record: a missed statement before / after the selected one.
#include "model/Types.h"

#include "drafting/DraftingSession.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QListWidget;
class QTreeView;

namespace kiroku::ui {

class DraftingEntry;
class FactOfferBar;
class StatementDelegate;
class StatementTreeModel;

class DraftingView : public QWidget
{
    Q_OBJECT
public:
    // The session must be open; the view does not own it.
    explicit DraftingView(DraftingSession *session, QWidget *parent = nullptr);

    DraftingSession *session() const { return m_session; }
    StatementTreeModel *model() const { return m_model; }
    QTreeView *statementView() const { return m_view; }
    DraftingEntry *entry() const { return m_entry; }
    QListWidget *palette() const { return m_palette; }
    QListWidget *headings() const { return m_headings; }
    QListWidget *attendance() const { return m_attendance; }
    QLabel *quorumLabel() const { return m_quorum; }
    QLabel *recoveryBanner() const { return m_recovery; }
    FactOfferBar *factOfferBar() const { return m_offers; }
    QAction *insertBeforeAction() const { return m_insertBefore; }
    QAction *insertAfterAction() const { return m_insertAfter; }

    void findAndReplace();
    void applyNotationList();
    // Context-menu actions on the selected statement.
    void splitSelected(); // asks where, in a small dialog
    void mergeSelected();
    void removeSelected();
    // A missed statement before or after the selected one, asked for in a small dialog.
    bool insertStatement(bool after);
    void moveSelected(Id agendaItemId);
    void changeSpeakerOfSelected(const QString &label);
    void scrollToEnd();
    // Scrolls to a statement and selects it (a search result); false when it is not in this meeting.
    bool showStatement(Id statementId);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QWidget *buildSide();
    void refreshPalette();
    void refreshHeadings();
    void refreshAttendance();
    void insertFromPalette();
    void insertHeading();
    void recordAttendance(bool arrival);
    void showContextMenu(const QPoint &pos);
    void split(Id statementId, int offset);
    const Statement *selectedStatement() const;

    QPointer<DraftingSession> m_session;
    StatementTreeModel *m_model;
    StatementDelegate *m_delegate;
    QTreeView *m_view;
    DraftingEntry *m_entry;
    FactOfferBar *m_offers;
    QAction *m_insertBefore = nullptr;
    QAction *m_insertAfter = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_quorum = nullptr;
    QLabel *m_recovery = nullptr;
    QListWidget *m_palette = nullptr;
    QListWidget *m_headings = nullptr;
    QListWidget *m_attendance = nullptr;
    QCheckBox *m_withDirection = nullptr;
};

} // namespace kiroku::ui
