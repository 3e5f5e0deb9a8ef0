#include "MainWindow.h"

#include "ArchiveController.h"
#include "ArchiveTreeModel.h"
#include "CouncilEditor.h"
#include "GuiMain.h"
#include "MeetingEditor.h"
#include "backup/BackupController.h"
#include "commands/CouncilCommands.h"
#include "commands/Document.h"
#include "drafting/DraftingController.h"
#include "drafting/DraftingWindow.h"
#include "materials/PacketController.h"
#include "overview/DashboardDock.h"
#include "printing/RecordController.h"
#include "search/SearchDock.h"
#include "text/Language.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

// A stable name for a tree item, independent of its row: "c:3", "y:3:2025", "m:17".
QString keyOf(const QModelIndex &index)
{
    if (!index.isValid())
        return {};
    const auto kind = ArchiveTreeModel::Kind(index.data(ArchiveTreeModel::KindRole).toInt());
    const qint64 council = index.data(ArchiveTreeModel::CouncilIdRole).toLongLong();
    switch (kind) {
    case ArchiveTreeModel::Kind::Council:
        return u"c:%1"_s.arg(council);
    case ArchiveTreeModel::Kind::Year:
        return u"y:%1:%2"_s.arg(council).arg(index.data(ArchiveTreeModel::FiscalYearRole).toInt());
    case ArchiveTreeModel::Kind::Meeting:
        break;
    }
    return u"m:%1"_s.arg(index.data(ArchiveTreeModel::IdRole).toLongLong());
}

QModelIndex indexOfKey(const ArchiveTreeModel *model, const QString &key)
{
    const QStringList parts = key.split(u':');
    if (parts.size() == 2 && parts[0] == u"c")
        return model->councilIndex(parts[1].toLongLong());
    if (parts.size() == 3 && parts[0] == u"y")
        return model->yearIndex(parts[1].toLongLong(), parts[2].toInt());
    if (parts.size() == 2 && parts[0] == u"m")
        return model->meetingIndex(parts[1].toLongLong());
    return {};
}

} // namespace

QSize fittedSize(QSize wanted, const QWidget *near)
{
    const QScreen *screen = near && near->screen() ? near->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return wanted;
    // Leave room for the window manager's frame and title bar.
    const QSize room = screen->availableGeometry().size() - QSize(16, 48);
    return wanted.boundedTo(room).expandedTo(QSize(320, 240));
}

void shrinkable(QLabel *label)
{
    label->setMinimumWidth(1);
    label->setSizePolicy(QSizePolicy::Ignored, label->sizePolicy().verticalPolicy());
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_controller(new ArchiveController(this))
    , m_tree(new ArchiveTreeModel(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(u"mainWindow"_s);
    m_treeView = new QTreeView(this);
    m_treeView->setObjectName(u"archiveTree"_s);
    m_treeView->setModel(m_tree);
    m_treeView->header()->hide();
    m_treeView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_treeView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"editorStack"_s);
    auto *empty = new QLabel(tr("Choose a council or a meeting on the left."), m_stack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setObjectName(u"emptyPage"_s);
    m_emptyPage = empty;
    m_councilEditor = new CouncilEditor;
    m_councilEditor->setObjectName(u"councilEditor"_s);
    m_meetingEditor = new MeetingEditor;
    m_meetingEditor->setObjectName(u"meetingEditor"_s);
    // Each editor scrolls on its own rather than force its size on the window (a 1280×720 laptop), and
    // the wider one does not widen the other.
    const auto scrolled = [this](QWidget *editor) {
        auto *scroll = new QScrollArea(m_stack);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(editor);
        return scroll;
    };
    m_stack->addWidget(m_emptyPage);
    m_stack->addWidget(m_councilPage = scrolled(m_councilEditor));
    m_stack->addWidget(m_meetingPage = scrolled(m_meetingEditor));

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_treeView);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(u"archivePathLabel"_s);
    shrinkable(m_pathLabel); // a long path must not widen the window
    statusBar()->addPermanentWidget(m_pathLabel, 1);

    buildMenus();

    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showCurrent);
    connect(m_tree, &QAbstractItemModel::modelAboutToBeReset, this, &MainWindow::rememberTreeState);
    connect(m_tree, &QAbstractItemModel::modelReset, this, &MainWindow::restoreTreeState);
    connect(m_controller, &ArchiveController::documentAboutToChange, this, [this] { setDocument(nullptr); });
    connect(m_controller, &ArchiveController::documentChanged, this, &MainWindow::setDocument);
    connect(m_controller, &ArchiveController::notice, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_councilEditor, &CouncilEditor::meetingAdded, this, &MainWindow::selectMeeting);
    connect(m_meetingEditor, &MeetingEditor::meetingAdded, this, &MainWindow::selectMeeting);
    new DraftingController(this); // live drafting: its menu, the editor's button, reopening after a crash
    new PacketController(this);   // Record ▸ Build Packet…
    new SearchDock(this);         // View ▸ Search, Ctrl+Shift+F
    new BackupController(this);   // File ▸ Back Up Now, Restore; the check on open, automatic backups

    // The docks open tabified on the right, wide enough for a wrapped search result.
    resizeDocks({m_dashboard}, {fontMetrics().averageCharWidth() * 40}, Qt::Horizontal);
    const QSettings settings;
    // The tree keeps room for 第N回 and its date at its default width, but may be narrowed.
    m_splitter->setSizes({fontMetrics().horizontalAdvance(u"第10回 令和10年10月10日(木)"_s) + 60, 900});
    resize(fittedSize(QSize(1500, 860)));
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow()
{
    // A drafting window saves the line being typed as it closes: while the document is still there
    // (children are deleted in creation order, and the controller holding the document came first).
    qDeleteAll(findChildren<DraftingWindow *>());
    // Everything else holding the document (editors' models) lets go of it before it is closed.
    m_controller->close();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"menuFile"_s);
    m_fileMenu = file;
    QAction *newArchive =
        file->addAction(tr("&New Archive…"), m_controller, &ArchiveController::newWithDialog);
    newArchive->setObjectName(u"actionNewArchive"_s);
    newArchive->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open Archive…"), m_controller, &ArchiveController::openWithDialog);
    open->setObjectName(u"actionOpenArchive"_s);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"actionQuit"_s);
    m_quit = quit;
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"menuEdit"_s);
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"actionUndo"_s);
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"actionRedo"_s);
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("New &Council"), this, &MainWindow::newCouncil)->setObjectName(u"actionNewCouncil"_s);
    edit->addAction(tr("Remove Council…"), this, &MainWindow::removeCouncil)
        ->setObjectName(u"actionRemoveCouncil"_s);

    QMenu *recordMenu = menuBar()->addMenu(tr("&Record"));
    recordMenu->setObjectName(u"menuRecord"_s);
    m_recordMenu = recordMenu;
    m_record = new RecordController(this, recordMenu);
    // The publication deadline stays in sight until the public version is out.
    auto *deadline = new QLabel(this);
    deadline->setObjectName(u"deadlineLabel"_s);
    shrinkable(deadline);
    statusBar()->addPermanentWidget(deadline, 1);
    connect(m_record, &RecordController::deadlineChanged, deadline, [deadline](const QString &text) {
        deadline->setText(text);
        deadline->setToolTip(text);
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"menuView"_s);
    m_viewMenu = view;
    m_dashboard = new DashboardDock(this);
    addDockWidget(Qt::RightDockWidgetArea, m_dashboard);
    view->addAction(m_dashboard->toggleViewAction());
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    // Each language is named in itself, so it can be found whatever the current one is.
    const QString current = kiroku::uiLanguage();
    for (const auto &[code, name] : {std::pair{u"ja"_s, u"日本語"_s}, std::pair{u"en"_s, u"English"_s}}) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setObjectName(u"actionLanguage_"_s + code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"menuHelp"_s);
    m_gettingStarted =
        help->addAction(tr("&Getting Started"), this, [this] { openDocumentation(u"ja/hajimeni.md"_s); });
    m_gettingStarted->setObjectName(u"actionGettingStarted"_s);
    m_gettingStarted->setShortcut(QKeySequence::HelpContents);
    m_manuals = help->addAction(tr("&Manuals Folder"), this, [this] { openDocumentation(QString()); });
    m_manuals->setObjectName(u"actionManuals"_s);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Kiroku"), this, &MainWindow::about);
    about->setObjectName(u"actionAbout"_s);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setDocument(Document *document)
{
    if (Document *old = m_controller->document(); old && old != document)
        disconnect(old, nullptr, this, nullptr);
    m_selectedKeys.clear();
    m_expandedKeys.clear();
    m_councilEditor->setDocument(document);
    m_meetingEditor->setDocument(document);
    m_record->setDocument(document);
    m_dashboard->setDocument(document);
    m_tree->setDocument(document);
    if (document) {
        m_undoGroup->addStack(document->undoStack());
        m_undoGroup->setActiveStack(document->undoStack());
        connect(document, &Document::failed, this, &MainWindow::showFailure);
        expandDefault();
    }
    m_pathLabel->setText(document ? QDir::toNativeSeparators(document->archive().path()) : QString());
    m_pathLabel->setToolTip(m_pathLabel->text());
    updateTitle();
}

void MainWindow::expandDefault()
{
    // Open every council and its latest year, and select that year's last meeting.
    QModelIndex last;
    for (int c = 0; c < m_tree->rowCount(); ++c) {
        const QModelIndex council = m_tree->index(c, 0);
        m_treeView->expand(council);
        const int years = m_tree->rowCount(council);
        if (years == 0)
            continue;
        const QModelIndex year = m_tree->index(years - 1, 0, council);
        m_treeView->expand(year);
        if (!last.isValid())
            last = m_tree->index(m_tree->rowCount(year) - 1, 0, year);
    }
    if (!last.isValid())
        last = m_tree->index(0, 0);
    if (last.isValid())
        m_treeView->setCurrentIndex(last);
    else
        showCurrent();
}

void MainWindow::rememberTreeState()
{
    // The item and its ancestors: when a meeting goes away, its year or council is selected instead.
    m_selectedKeys.clear();
    for (QModelIndex index = m_treeView->currentIndex(); index.isValid(); index = index.parent())
        m_selectedKeys.append(keyOf(index));
    m_expandedKeys.clear();
    for (int c = 0; c < m_tree->rowCount(); ++c) {
        const QModelIndex council = m_tree->index(c, 0);
        if (m_treeView->isExpanded(council))
            m_expandedKeys.insert(keyOf(council));
        for (int y = 0; y < m_tree->rowCount(council); ++y) {
            const QModelIndex year = m_tree->index(y, 0, council);
            if (m_treeView->isExpanded(year))
                m_expandedKeys.insert(keyOf(year));
        }
    }
}

void MainWindow::restoreTreeState()
{
    for (const QString &key : std::as_const(m_expandedKeys))
        m_treeView->expand(indexOfKey(m_tree, key));
    QModelIndex selected;
    for (const QString &key : std::as_const(m_selectedKeys)) {
        selected = indexOfKey(m_tree, key);
        if (selected.isValid())
            break;
    }
    if (!selected.isValid())
        selected = m_tree->index(0, 0);
    if (selected.isValid()) {
        m_treeView->scrollTo(selected);
        m_treeView->setCurrentIndex(selected);
    }
    showCurrent(); // also when the current index did not change but the item behind it did
}

bool MainWindow::selectCouncil(Id councilId)
{
    const QModelIndex index = m_tree->councilIndex(councilId);
    if (index.isValid())
        m_treeView->setCurrentIndex(index);
    return index.isValid();
}

bool MainWindow::selectMeeting(Id meetingId)
{
    const QModelIndex index = m_tree->meetingIndex(meetingId);
    if (!index.isValid())
        return false;
    m_treeView->expand(index.parent().parent());
    m_treeView->expand(index.parent());
    m_treeView->scrollTo(index);
    m_treeView->setCurrentIndex(index);
    return true;
}

QWidget *MainWindow::currentEditor() const
{
    QWidget *page = m_stack->currentWidget();
    return page == m_councilPage ? m_councilEditor : page == m_meetingPage ? m_meetingEditor : page;
}

Id MainWindow::selectedMeetingId() const
{
    return m_record ? m_record->meetingId() : 0;
}

void MainWindow::showCurrent()
{
    const QModelIndex index = m_treeView->currentIndex();
    const bool onMeeting =
        index.isValid() && ArchiveTreeModel::Kind(index.data(ArchiveTreeModel::KindRole).toInt()) ==
                               ArchiveTreeModel::Kind::Meeting;
    m_record->setMeeting(onMeeting ? index.data(ArchiveTreeModel::IdRole).toLongLong() : 0);
    if (!index.isValid()) {
        m_stack->setCurrentWidget(m_emptyPage);
        return;
    }
    const auto kind = ArchiveTreeModel::Kind(index.data(ArchiveTreeModel::KindRole).toInt());
    const Id councilId = index.data(ArchiveTreeModel::CouncilIdRole).toLongLong();
    if (kind == ArchiveTreeModel::Kind::Meeting) {
        const Id meetingId = index.data(ArchiveTreeModel::IdRole).toLongLong();
        if (m_meetingEditor->meetingId() != meetingId)
            m_meetingEditor->setMeeting(meetingId);
        m_stack->setCurrentWidget(m_meetingPage);
    } else {
        if (m_councilEditor->councilId() != councilId)
            m_councilEditor->setCouncil(councilId);
        m_stack->setCurrentWidget(m_councilPage);
    }
}

void MainWindow::updateTitle()
{
    const QString path = m_controller->path();
    setWindowTitle(path.isEmpty() ? tr("Kiroku council records")
                                  : tr("%1 — Kiroku council records").arg(QFileInfo(path).fileName()));
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (language == kiroku::uiLanguage())
        return;
    kiroku::setUiLanguage(language);
    QMessageBox::information(this, tr("Language"),
                             tr("The new language takes effect the next time Kiroku starts.\n"
                                "新しい表示言語は、Kirokuを次に起動したときに有効になります。"));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Kiroku"),
                       tr("<h3>Kiroku %1</h3><p>Council records for the secretariats of municipal councils: "
                          "meetings, attendance, minutes and the documents the ordinances require.</p>")
                           .arg(QString::fromUtf8(KIROKU_VERSION)));
}

QString MainWindow::documentationPath(const QString &page) const
{
    for (const QString &folder : documentationFolders()) {
        const QString path = page.isEmpty() ? folder : folder + u'/' + page;
        if (!folder.isEmpty() && QFileInfo::exists(path))
            return QFileInfo(path).absoluteFilePath();
    }
    return {};
}

void MainWindow::openDocumentation(const QString &page)
{
    const QString path = documentationPath(page);
    if (path.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::warning(this, tr("Help"),
                             tr("The documentation was not found with the program. Reinstall Kiroku, or "
                                "ask whoever installed it."));
}

void MainWindow::showFailure(const QString &message)
{
    // Queued: the failure may arrive from inside an item editor's commit; no nested loop there.
    QTimer::singleShot(0, this, [this, message] {
        QMessageBox::warning(this, tr("Could Not Save"), tr("The change was not saved.\n\n%1").arg(message));
    });
}

Id MainWindow::currentCouncilId() const
{
    const QModelIndex index = m_treeView->currentIndex();
    return index.isValid() ? index.data(ArchiveTreeModel::CouncilIdRole).toLongLong() : 0;
}

void MainWindow::newCouncil()
{
    Document *document = m_controller->document();
    if (!document)
        return;
    Council council;
    council.name = tr("New council");
    auto *command = new AddCouncilCommand(document, council);
    if (document->push(command))
        selectCouncil(command->councilId());
}

void MainWindow::removeCouncil()
{
    Document *document = m_controller->document();
    const QModelIndex council = m_tree->councilIndex(currentCouncilId());
    if (!document || !council.isValid())
        return;
    if (QMessageBox::question(this, tr("Remove Council"),
                              tr("Remove %1 with all its members, meetings and records?\n"
                                 "You can bring it back with Undo until the archive is closed.")
                                  .arg(council.data().toString())) != QMessageBox::Yes)
        return;
    document->push(new RemoveCouncilCommand(document, currentCouncilId()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace kiroku::ui
