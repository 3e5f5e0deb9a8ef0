// The main window over a temporary copy of the demo archive, offscreen: the tree, the meeting editor's
// live quorum line, undo from the Edit menu, and the Japanese interface.
#include "ArchiveController.h"
#include "ArchiveTreeModel.h"
#include "AttendanceModel.h"
#include "GuiMain.h"
#include "MainWindow.h"
#include "MeetingEditor.h"
#include "io/DemoArchive.h"
#include "model/Quorum.h"
#include "store/Archive.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "text/Language.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include "CouncilEditor.h"

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace kiroku;
using kiroku::ui::ArchiveTreeModel;
using kiroku::ui::AttendanceModel;
using kiroku::ui::MainWindow;
using kiroku::ui::MeetingEditor;

namespace {
QStringList keyCollisions(QMainWindow &window);
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void treeShowsCouncilsYearsMeetings();
    void attendanceUpdatesQuorumAndUndoRestoresIt();
    void menusHaveNoKeyUsedTwice();
    void interfaceIsJapaneseWithTranslator();
    void everyWindowFitsSmallScreen();
    void helpOpensShippedGettingStarted();

private:
    std::unique_ptr<MainWindow> openWindow();
    QuorumState expectedQuorum(Document *document, Id meetingId) const;

    QTemporaryDir m_dir;
    QString m_path;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"demo.kiroku"_s);
    Archive::Opened opened = Archive::open(m_path, Archive::OpenMode::CreateIfMissing);
    QVERIFY2(opened.archive, qPrintable(opened.message));
    QVERIFY(DemoArchive::write(opened.archive->database()) != 0);
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    if (!window->controller()->open(m_path))
        return {};
    window->show();
    return window;
}

QuorumState TestMainWindow::expectedQuorum(Document *document, Id meetingId) const
{
    const QSqlDatabase db = document->database();
    const Meeting meeting = *MeetingRepository(db).meeting(meetingId);
    CouncilRepository councils(db);
    return quorumState(*councils.council(meeting.councilId), councils.members(meeting.councilId),
                       MeetingRepository(db).attendance(meetingId), meeting.date);
}

void TestMainWindow::treeShowsCouncilsYearsMeetings()
{
    const auto window = openWindow();
    QVERIFY(window);
    auto *tree = window->findChild<QTreeView *>(u"archiveTree"_s);
    QVERIFY(tree);
    QAbstractItemModel *model = tree->model();
    QVERIFY(model->rowCount() >= 1);
    const QModelIndex council = model->index(0, 0);
    QCOMPARE(ArchiveTreeModel::Kind(council.data(ArchiveTreeModel::KindRole).toInt()),
             ArchiveTreeModel::Kind::Council);
    QVERIFY(!council.data().toString().isEmpty());
    QVERIFY(model->rowCount(council) >= 1);

    const QRegularExpression yearText(u"^(令和|平成)(元|\\d+)年度$"_s);
    const QRegularExpression meetingText(u"^第\\d+回 (令和|平成)(元|\\d+)年\\d+月\\d+日\\(.\\)$"_s);
    int meetings = 0;
    for (int y = 0; y < model->rowCount(council); ++y) {
        const QModelIndex year = model->index(y, 0, council);
        QVERIFY2(yearText.match(year.data().toString()).hasMatch(), qPrintable(year.data().toString()));
        QCOMPARE(ArchiveTreeModel::Kind(year.data(ArchiveTreeModel::KindRole).toInt()),
                 ArchiveTreeModel::Kind::Year);
        for (int m = 0; m < model->rowCount(year); ++m) {
            const QModelIndex meeting = model->index(m, 0, year);
            QVERIFY2(meetingText.match(meeting.data().toString()).hasMatch(),
                     qPrintable(meeting.data().toString()));
            QVERIFY(meeting.data(ArchiveTreeModel::IdRole).toLongLong() != 0);
            ++meetings;
        }
    }
    QVERIFY(meetings >= 1);

    // Selecting a council shows the council editor.
    tree->setCurrentIndex(council);
    QCOMPARE(window->currentEditor(), static_cast<QWidget *>(window->councilEditor()));
}

void TestMainWindow::attendanceUpdatesQuorumAndUndoRestoresIt()
{
    const auto window = openWindow();
    QVERIFY(window);
    Document *document = window->controller()->document();
    QVERIFY(document);

    // The demo meeting with the most members present.
    Id meetingId = 0;
    int present = -1;
    const QSqlDatabase db = document->database();
    for (const Council &council : CouncilRepository(db).councils()) {
        for (const Meeting &meeting : MeetingRepository(db).meetings(council.id)) {
            const QuorumState state = expectedQuorum(document, meeting.id);
            if (state.present > present) {
                present = state.present;
                meetingId = meeting.id;
            }
        }
    }
    QVERIFY(present > 0);

    auto *tree = window->findChild<QTreeView *>(u"archiveTree"_s);
    const QModelIndex item = window->treeModel()->meetingIndex(meetingId);
    QVERIFY(item.isValid());
    tree->setCurrentIndex(item);
    MeetingEditor *editor = window->meetingEditor();
    QTRY_COMPARE(window->currentEditor(), static_cast<QWidget *>(editor));
    auto *label = editor->findChild<QLabel *>(u"quorumLabel"_s);
    QVERIFY(label);
    const QString before = quorumLine(expectedQuorum(document, meetingId));
    QTRY_COMPARE(label->text(), before);
    QVERIFY(before.contains(u"定員"_s));

    // Mark the first present member absent through the table's model.
    AttendanceModel *model = editor->attendanceModel();
    int row = 0;
    while (row < model->rowCount() &&
           model->index(row, AttendanceModel::StatusColumn).data(Qt::EditRole).toString() != u"present")
        ++row;
    QVERIFY(row < model->rowCount());
    QVERIFY(model->setData(model->index(row, AttendanceModel::StatusColumn), u"absent"_s, Qt::EditRole));
    const QuorumState after = expectedQuorum(document, meetingId);
    QCOMPARE(after.present, present - 1);
    QTRY_COMPARE(label->text(), quorumLine(after));
    QVERIFY(label->text() != before);
    QCOMPARE(model->index(row, AttendanceModel::StatusColumn).data(Qt::EditRole).toString(), u"absent"_s);

    auto *undo = window->findChild<QAction *>(u"actionUndo"_s);
    QVERIFY(undo);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QTRY_COMPARE(label->text(), before);
    QCOMPARE(model->index(row, AttendanceModel::StatusColumn).data(Qt::EditRole).toString(), u"present"_s);
    QVERIFY(!undo->isEnabled());
}

void TestMainWindow::interfaceIsJapaneseWithTranslator()
{
    {
        const auto english = openWindow();
        QVERIFY(english);
        QCOMPARE(english->findChild<QMenu *>(u"menuFile"_s)->title(), u"&File"_s);
    }
    kiroku::installTranslators(*qApp, u"ja"_s);
    const auto window = openWindow();
    QVERIFY(window);
    QVERIFY2(window->windowTitle().contains(u"審議会"_s), qPrintable(window->windowTitle()));
    QCOMPARE(window->findChild<QMenu *>(u"menuFile"_s)->title(), u"ファイル(&F)"_s);
    QCOMPARE(window->findChild<QMenu *>(u"menuEdit"_s)->title(), u"編集(&E)"_s);
    // The Japanese mnemonics are the translation's own: no key used twice there either.
    const QStringList collisions = keyCollisions(*window);
    QVERIFY2(collisions.isEmpty(), qPrintable(collisions.join(u'\n')));
    QCOMPARE(window->findChild<QMenu *>(u"menuView"_s)->title(), u"表示(&V)"_s);
    QCOMPARE(window->findChild<QMenu *>(u"menuHelp"_s)->title(), u"ヘルプ(&H)"_s);
    QVERIFY(window->findChild<QAction *>(u"actionUndo"_s)->text().startsWith(u"元に戻す"_s));
    QCOMPARE(window->findChild<QAction *>(u"actionQuit"_s)->text(), u"終了(&Q)"_s);
}

namespace {

// A 1280×720 laptop screen less a window frame (title bar and borders) and a task bar: the room for
// a window's minimum size. A window may open as large as the screen under its title bar.
const QSize smallScreen(1280 - 16, 720 - 48);
const QSize openedRoom(1280, 720 - 32);

QSize minimumOf(const QWidget *widget)
{
    return widget->minimumSizeHint().expandedTo(widget->minimumSize());
}

QString describe(const QWidget *widget)
{
    const QString title = widget->windowTitle().isEmpty()
                              ? QString::fromLatin1(widget->metaObject()->className())
                              : widget->windowTitle();
    const QSize minimum = minimumOf(widget);
    return u"%1: minimum %2×%3, opened %4×%5"_s.arg(title)
        .arg(minimum.width())
        .arg(minimum.height())
        .arg(widget->width())
        .arg(widget->height());
}

bool fits(const QSize &size, const QSize &room = smallScreen)
{
    return size.width() <= room.width() && size.height() <= room.height();
}

// Triggers the action and describes every window it opens, modal (closed from a timer while its
// loop runs) or not (closed afterwards). A dialog is rejected, so nothing is written.
QStringList windowsOpenedBy(QAction *action, QStringList &tooBig)
{
    QStringList seen;
    QSet<QWidget *> known;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible())
            known.insert(w);
    const auto sweep = [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (!w->isVisible() || known.contains(w))
                continue;
            known.insert(w);
            const QString line = describe(w);
            seen << line;
            if (!fits(minimumOf(w)) || !fits(w->size(), openedRoom))
                tooBig << action->text() + u" → "_s + line;
            // KIROKU_SCREENSHOTS=DIR keeps a picture of each window as it opened (docs/screens/).
            if (const QString folder = qEnvironmentVariable("KIROKU_SCREENSHOTS"); !folder.isEmpty()) {
                static int counter = 0;
                const QString name =
                    action->objectName().isEmpty() ? u"window-%1"_s.arg(++counter) : action->objectName();
                w->grab().save(folder + u'/' + name + u".png"_s);
            }
            if (auto *dialog = qobject_cast<QDialog *>(w))
                dialog->reject();
            else
                w->close();
        }
    };
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, sweep);
    poll.start();
    action->trigger();
    sweep();
    return seen;
}

void collectActions(const QMenu *menu, QList<QAction *> &actions)
{
    for (QAction *action : menu->actions()) {
        if (action->menu())
            collectActions(action->menu(), actions);
        else if (!action->isSeparator())
            actions << action;
    }
}

// Alt+letter and shortcut collisions of the main window: the menu bar's titles, the items of each
// menu, and every shortcut of a menu item or window action (Alt+E once meant both 編集 and 退席).
QStringList keyCollisions(QMainWindow &window)
{
    QStringList collisions;
    const auto unique = [&](QHash<QKeySequence, QString> &seen, const QKeySequence &keys,
                            const QString &what) {
        if (keys.isEmpty())
            return;
        if (seen.contains(keys))
            collisions << keys.toString(QKeySequence::NativeText) + u": "_s + seen.value(keys) + u" / "_s +
                              what;
        else
            seen.insert(keys, what);
    };
    QHash<QKeySequence, QString> titles;
    for (QAction *menu : window.menuBar()->actions())
        unique(titles, QKeySequence::mnemonic(menu->text()), menu->text());
    QList<QAction *> actions = window.actions();
    std::function<void(QMenu *)> walk = [&](QMenu *menu) {
        QHash<QKeySequence, QString> items;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            unique(items, QKeySequence::mnemonic(action->text()), menu->title() + u" ▸ "_s + action->text());
            if (action->menu())
                walk(action->menu());
            else
                actions << action;
        }
    };
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu())
            walk(menu->menu());
    }
    QHash<QKeySequence, QString> shortcuts;
    QSet<QAction *> seen;
    for (QAction *action : std::as_const(actions)) {
        if (seen.contains(action) || action->shortcutContext() == Qt::WidgetShortcut)
            continue;
        seen.insert(action);
        for (const QKeySequence &keys : action->shortcuts())
            unique(shortcuts, keys, action->text());
    }
    return collisions;
}

} // namespace

void TestMainWindow::menusHaveNoKeyUsedTwice()
{
    const auto window = openWindow();
    QVERIFY(window);
    const QStringList collisions = keyCollisions(*window);
    QVERIFY2(collisions.isEmpty(), qPrintable(collisions.join(u'\n')));
}

void TestMainWindow::everyWindowFitsSmallScreen()
{
    const auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->screen()->geometry().size(), QSize(1280, 720));
    QStringList tooBig;
    const auto check = [&](const QString &what) {
        window->layout()->activate();
        const QSize minimum = minimumOf(window.get());
        qInfo("%s: minimum %d×%d", qPrintable(what), minimum.width(), minimum.height());
        if (!fits(minimum))
            tooBig
                << u"main window, %1: minimum %2×%3"_s.arg(what).arg(minimum.width()).arg(minimum.height());
    };
    // Every dock shown, as they open by default (tabified).
    for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        dock->show();
        dock->raise();
        check(u"dock "_s + dock->windowTitle());
    }
    // Each tab of the council editor and of the meeting editor.
    const Id councilId =
        CouncilRepository(window->controller()->document()->database()).councils().first().id;
    QVERIFY(window->selectCouncil(councilId));
    QTabWidget *councilTabs = window->councilEditor()->tabs();
    // At the size it opens on this screen, the council editor needs no scrolling: nothing is cut off.
    window->resize(smallScreen);
    for (int i = 0; i < councilTabs->count(); ++i) {
        councilTabs->setCurrentIndex(i);
        check(u"council editor, "_s + councilTabs->tabText(i));
        const QSize editor = minimumOf(window->councilEditor());
        const QSize room = window->councilEditor()->parentWidget()->size(); // the scroll area's viewport
        qInfo("council editor, %s: minimum %d×%d in %d×%d", qPrintable(councilTabs->tabText(i)),
              editor.width(), editor.height(), room.width(), room.height());
        if (!fits(editor, room))
            tooBig << u"council editor, %1: minimum %2×%3 in %4×%5"_s.arg(councilTabs->tabText(i))
                          .arg(editor.width())
                          .arg(editor.height())
                          .arg(room.width())
                          .arg(room.height());
    }
    const QVector<Meeting> meetings =
        MeetingRepository(window->controller()->document()->database()).meetings(councilId);
    QVERIFY(window->selectMeeting(meetings.last().id));
    auto *meetingTabs = window->meetingEditor()->findChild<QTabWidget *>();
    QVERIFY(meetingTabs);
    for (int i = 0; i < meetingTabs->count(); ++i) {
        meetingTabs->setCurrentIndex(i);
        check(u"meeting editor, "_s + meetingTabs->tabText(i));
        // Its width must fit its area (it may scroll down, never sideways: the right edge holds fields).
        const QSize editor = minimumOf(window->meetingEditor());
        const QSize room = window->meetingEditor()->parentWidget()->size();
        qInfo("meeting editor, %s: minimum %d×%d in %d×%d", qPrintable(meetingTabs->tabText(i)),
              editor.width(), editor.height(), room.width(), room.height());
        if (editor.width() > room.width())
            tooBig << u"meeting editor, %1: minimum width %2 in %3"_s.arg(meetingTabs->tabText(i))
                          .arg(editor.width())
                          .arg(room.width());
    }

    // Every window a menu opens: the dialogs (their titles end in …) and Help.
    QList<QAction *> actions;
    for (QAction *menu : window->menuBar()->actions())
        if (menu->menu())
            collectActions(menu->menu(), actions);
    for (QAction *action : std::as_const(actions)) {
        const bool opensWindow = action->text().endsWith(u"…"_s) || action->menuRole() == QAction::AboutRole;
        if (!opensWindow || !action->isEnabled())
            continue;
        for (const QString &line : windowsOpenedBy(action, tooBig))
            qInfo("%s → %s", qPrintable(action->text()), qPrintable(line));
    }
    QVERIFY2(tooBig.isEmpty(), qPrintable(u"\n"_s + tooBig.join(u'\n')));
}

void TestMainWindow::helpOpensShippedGettingStarted()
{
    const QString page = QFINDTESTDATA("../docs/ja/hajimeni.md");
    QVERIFY(!page.isEmpty());
    const QString docs = QFileInfo(page).absoluteDir().absolutePath() + u"/.."_s;
    kiroku::ui::setDocumentationFolders({m_dir.filePath(u"not-installed"_s), docs});
    const auto window = openWindow();
    QVERIFY(window);
    QVERIFY(window->gettingStartedAction());
    QVERIFY(window->manualsAction());
    QCOMPARE(window->gettingStartedAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QCOMPARE(window->documentationPath(u"ja/hajimeni.md"_s), QFileInfo(page).absoluteFilePath());
    QVERIFY(window->documentationPath(u"missing.md"_s).isEmpty());
    QFile file(page);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).startsWith(u"# はじめに"_s));
}

// QTEST_MAIN, with the offscreen screen made a 1280×720 laptop screen, so windows sized to the screen
// are measured as they would open there.
int main(int argc, char *argv[])
{
    QTemporaryDir configDir;
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen" && configDir.isValid()) {
        const QString config = configDir.filePath(u"screen.json"_s);
        QFile file(config);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720,
                           "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
            file.close();
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(config));
        }
    }
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestMainWindow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestMainWindow.moc"
