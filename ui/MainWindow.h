#pragma once
// The main window: the archive tree on the left, the editor of the selected council or meeting on
// the right. File actions live in ArchiveController; editing goes through the Document's undo stack.
#include "model/Types.h"

#include <QMainWindow>
#include <QSet>
#include <QStringList>

class QAction;
class QMenu;
class QLabel;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QUndoGroup;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

// `wanted` made to fit the available geometry of the screen `near` is on (the primary one without it),
// frame included: windows open no larger than a 1280×720 laptop screen allows.
QSize fittedSize(QSize wanted, const QWidget *near = nullptr);
// A status-bar label that yields its width instead of widening the window; the text is cut off.
void shrinkable(QLabel *label);

class ArchiveController;
class ArchiveTreeModel;
class CouncilEditor;
class DashboardDock;
class MeetingEditor;
class RecordController;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ArchiveController *controller() const { return m_controller; }
    ArchiveTreeModel *treeModel() const { return m_tree; }
    RecordController *recordController() const { return m_record; }
    MeetingEditor *meetingEditor() const { return m_meetingEditor; }
    CouncilEditor *councilEditor() const { return m_councilEditor; }
    DashboardDock *dashboard() const { return m_dashboard; }
    // The editor on screen: the council or meeting editor, or the empty page.
    QWidget *currentEditor() const;
    // Where feature controllers put their actions: typed, so that renaming a menu cannot silently drop
    // a feature (no lookups by object name).
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *recordMenu() const { return m_recordMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QAction *quitAction() const { return m_quit; }
    // Help ▸ Getting Started (docs/ja/hajimeni.md) and Help ▸ Manuals Folder.
    QAction *gettingStartedAction() const { return m_gettingStarted; }
    QAction *manualsAction() const { return m_manuals; }
    // The shipped page (relative to the docs folder; empty: the folder), or empty when not installed.
    QString documentationPath(const QString &page) const;
    // The meeting selected in the archive tree; 0 when the selection is not a meeting.
    Id selectedMeetingId() const;
    bool selectCouncil(Id councilId);
    bool selectMeeting(Id meetingId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void setDocument(Document *document);
    void showCurrent();
    void rememberTreeState();
    void restoreTreeState();
    void expandDefault();
    void updateTitle();
    void chooseLanguage(const QString &language);
    void about();
    void openDocumentation(const QString &page);
    void showFailure(const QString &message);
    void newCouncil();
    void removeCouncil();
    Id currentCouncilId() const;

    ArchiveController *m_controller;
    ArchiveTreeModel *m_tree;
    QUndoGroup *m_undoGroup;
    QTreeView *m_treeView = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyPage = nullptr;
    QWidget *m_councilPage = nullptr; // the editors' scroll areas
    QWidget *m_meetingPage = nullptr;
    CouncilEditor *m_councilEditor = nullptr;
    MeetingEditor *m_meetingEditor = nullptr;
    RecordController *m_record = nullptr;
    DashboardDock *m_dashboard = nullptr;
    QLabel *m_pathLabel = nullptr;
    QAction *m_gettingStarted = nullptr;
    QAction *m_manuals = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recordMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_quit = nullptr;
    // Tree state kept across a rebuild of the model: the selected item and the open branches.
    QStringList m_selectedKeys;
    QSet<QString> m_expandedKeys;
};

} // namespace kiroku::ui
