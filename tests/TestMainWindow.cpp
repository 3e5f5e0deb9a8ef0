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
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace kiroku;
using kiroku::ui::ArchiveTreeModel;
using kiroku::ui::AttendanceModel;
using kiroku::ui::MainWindow;
using kiroku::ui::MeetingEditor;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void treeShowsCouncilsYearsMeetings();
    void attendanceUpdatesQuorumAndUndoRestoresIt();
    void interfaceIsJapaneseWithTranslator();

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
    auto *stack = window->findChild<QStackedWidget *>(u"editorStack"_s);
    QCOMPARE(stack->currentWidget()->objectName(), u"councilEditor"_s);
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
    auto *stack = window->findChild<QStackedWidget *>(u"editorStack"_s);
    auto *editor = window->findChild<MeetingEditor *>(u"meetingEditor"_s);
    QVERIFY(editor);
    QTRY_COMPARE(stack->currentWidget(), static_cast<QWidget *>(editor));
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
    QCOMPARE(window->findChild<QMenu *>(u"menuView"_s)->title(), u"表示(&V)"_s);
    QCOMPARE(window->findChild<QMenu *>(u"menuHelp"_s)->title(), u"ヘルプ(&H)"_s);
    QVERIFY(window->findChild<QAction *>(u"actionUndo"_s)->text().startsWith(u"元に戻す"_s));
    QCOMPARE(window->findChild<QAction *>(u"actionQuit"_s)->text(), u"終了(&Q)"_s);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
