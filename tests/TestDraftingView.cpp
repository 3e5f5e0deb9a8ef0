// The drafting view from the keyboard, offscreen: speaker type-ahead and number keys, Enter commits,
// palette, headings and attendance, in-place edit through the model, find & replace with preview,
// no model reset on a commit; and from the main window: the action opens the meeting, and a line left
// by a crash brings the meeting back with a notice.
#include "ArchiveController.h"
#include "DraftingFixture.h"
#include "MainWindow.h"
#include "commands/StatementCommands.h"
#include "drafting/DraftingController.h"
#include "drafting/DraftingEntry.h"
#include "drafting/DraftingView.h"
#include "drafting/DraftingWindow.h"
#include "drafting/ReplaceDialog.h"
#include "drafting/StatementTreeModel.h"
#include "io/DemoArchive.h"
#include "store/Archive.h"
#include "store/Sql.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::ui;

namespace {

struct Fixture
{
    Document document{Archive::openInMemory()};
    test::DraftingData data = test::writeDraftingData(document.database());
    ManualClock clock{QDateTime(QDate(2025, 8, 28), QTime(14, 0))};
    DraftingSession session{&document, data.meeting.id, clock};
    std::unique_ptr<DraftingView> view;

    Fixture()
    {
        session.open();
        view = std::make_unique<DraftingView>(&session);
        view->resize(1100, 700);
        view->show();
        view->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(view.get()));
    }
    QVector<Statement> statements()
    {
        return StatementRepository(document.database()).statements(data.meeting.id);
    }
    QPlainTextEdit *text() { return view->entry()->textEdit(); }
    QLineEdit *speaker() { return view->entry()->speakerEdit(); }
};

// QTest::keyClicks takes Latin-1 only: Japanese arrives as key events carrying text, one per character
// (what an input method's commit looks like to the widget).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

} // namespace

class TestDraftingView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void typeAndCommitFromKeyboard();
    void speakerTypeAhead();
    void numberKeys();
    void paletteHeadingsAttendance();
    void inPlaceEditPushesCommand();
    void findReplaceWithPreview();
    void commitDoesNotResetModel();
    void mainWindowOpensAndRecovers();
    void demoArchiveRenders();
};

void TestDraftingView::typeAndCommitFromKeyboard()
{
    Fixture f;
    QTRY_VERIFY(f.text()->hasFocus() || (f.text()->setFocus(), f.text()->hasFocus()));
    QCOMPARE(f.speaker()->text(), u"議長"_s);
    typeText(f.text(), u"ただいまから開会いたします。"_s);
    QCOMPARE(f.session.entryText(), u"ただいまから開会いたします。"_s);
    QTest::keyClick(f.text(), Qt::Key_Return);
    QCOMPARE(f.statements().size(), 1);
    QCOMPARE(f.statements().first().speaker, u"議長"_s);
    QCOMPARE(f.statements().first().spokenAt, QTime(14, 0));
    QVERIFY(f.text()->toPlainText().isEmpty());
    QCOMPARE(f.speaker()->text(), u"事務局"_s);
    QCOMPARE(f.view->model()->statementCount(), 1);
    // Shift+Enter breaks the line instead of committing.
    typeText(f.text(), u"一行目"_s);
    QTest::keyClick(f.text(), Qt::Key_Return, Qt::ShiftModifier);
    typeText(f.text(), u"二行目"_s);
    QCOMPARE(f.statements().size(), 1);
    QTest::keyClick(f.text(), Qt::Key_Enter);
    QCOMPARE(f.statements().size(), 2);
    QCOMPARE(f.statements().last().text, u"一行目\n二行目"_s);
}

void TestDraftingView::speakerTypeAhead()
{
    Fixture f;
    f.speaker()->setFocus();
    f.speaker()->clear();
    typeText(f.speaker(), u"ささき"_s);
    QCompleter *completer = f.view->entry()->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->popup()->model()->rowCount(), 1);
    QVERIFY(completer->popup()->model()->index(0, 0).data().toString().startsWith(u"佐々木副会長"_s));
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(f.session.entrySpeaker().label, u"佐々木副会長"_s);
    QCOMPARE(f.speaker()->text(), u"佐々木副会長"_s);
    QTRY_VERIFY(f.text()->hasFocus());
    // A department by part of its name, typed and confirmed with Enter.
    f.speaker()->setFocus();
    f.speaker()->clear();
    typeText(f.speaker(), u"政策"_s);
    completer->popup()->hide();
    QTest::keyClick(f.speaker(), Qt::Key_Return);
    QCOMPARE(f.session.entrySpeaker().label, u"情報政策課長"_s);
    QCOMPARE(f.session.entrySpeaker().staffId, f.data.presenter.id);
}

void TestDraftingView::numberKeys()
{
    Fixture f;
    f.text()->setFocus();
    QTest::keyClick(f.text(), Qt::Key_2, Qt::AltModifier);
    QCOMPARE(f.session.entrySpeaker().label, u"事務局"_s);
    QTest::keyClick(f.text(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(f.session.entrySpeaker().label, u"議長"_s);
    auto *keys = f.view->findChild<QLabel *>(u"numberKeys"_s);
    QVERIFY(keys->text().contains(u"1 議長"_s));
    QVERIFY(keys->text().contains(u"2 事務局"_s));
}

void TestDraftingView::paletteHeadingsAttendance()
{
    Fixture f;
    f.text()->setFocus();
    // F7: headings; the consultation's heading makes it the current agenda item.
    QTest::keyClick(f.text(), Qt::Key_F7);
    QTRY_VERIFY(f.view->headings()->hasFocus());
    f.view->headings()->setCurrentRow(3);
    QTest::keyClick(f.view->headings(), Qt::Key_Return);
    QCOMPARE(f.statements().last().kind, StatementKind::Heading);
    QCOMPARE(f.session.currentItemId(), f.data.agenda.first().id);
    QTRY_VERIFY(f.text()->hasFocus());
    // F6: the palette with the live department.
    QTest::keyClick(f.text(), Qt::Key_F6);
    QTRY_VERIFY(f.view->palette()->hasFocus());
    const auto entered = f.view->palette()->findItems(u"（情報政策課 入室）"_s, Qt::MatchExactly);
    QCOMPARE(entered.size(), 1);
    f.view->palette()->setCurrentItem(entered.first());
    QTest::keyClick(f.view->palette(), Qt::Key_Return);
    QCOMPARE(f.statements().last().text, u"（情報政策課 入室）"_s);
    QCOMPARE(f.statements().last().agendaItemId, f.data.agenda.first().id);
    // F8: the absent member arrives; the quorum line follows.
    QCOMPARE(f.view->quorumLabel()->text(), u"定員5名中4名出席、定足数を満たしています"_s);
    QTest::keyClick(f.text(), Qt::Key_F8);
    QTRY_VERIFY(f.view->attendance()->hasFocus());
    f.view->attendance()->setCurrentRow(4);
    f.view->findChild<QPushButton *>(u"arrivedButton"_s)->click();
    QCOMPARE(f.view->quorumLabel()->text(), u"定員5名中5名出席、定足数を満たしています"_s);
    QCOMPARE(f.statements().last().text, u"（高橋委員　入室）"_s);
    QVERIFY(f.view->attendance()->item(4)->text().contains(u"14:00"_s));
}

void TestDraftingView::inPlaceEditPushesCommand()
{
    Fixture f;
    f.session.setEntryText(u"ご審議をお願いします。"_s);
    QVERIFY(f.session.commitEntry());
    StatementTreeModel *model = f.view->model();
    const QModelIndex index = model->lastStatementIndex();
    QVERIFY(index.isValid());
    QVERIFY(model->setData(index, u"御審議をお願いします。"_s));
    QCOMPARE(f.statements().first().text, u"御審議をお願いします。"_s);
    QCOMPARE(f.document.undoStack()->count(), 2);
    f.document.undoStack()->undo();
    QCOMPARE(model->lastStatementIndex().data(StatementTreeModel::TextRole).toString(),
             u"ご審議をお願いします。"_s);
}

void TestDraftingView::findReplaceWithPreview()
{
    Fixture f;
    for (const QString &text : {u"ご意見をどうぞ。"_s, u"特にありません。"_s, u"ご質問はありますか。"_s}) {
        f.session.setEntryText(text);
        QVERIFY(f.session.commitEntry());
    }
    ReplaceDialog dialog(&f.session, ReplaceDialog::Mode::FindReplace, f.view.get());
    dialog.show();
    typeText(dialog.findEdit(), u"ご"_s);
    typeText(dialog.replaceEdit(), u"御"_s);
    QCOMPARE(dialog.previewList()->topLevelItemCount(), 2);
    QCOMPARE(f.statements().first().text, u"ご意見をどうぞ。"_s); // preview only
    QVERIFY(dialog.apply());
    QCOMPARE(f.statements().first().text, u"御意見をどうぞ。"_s);
    QCOMPARE(f.statements().last().text, u"御質問はありますか。"_s);

    f.session.setEntryText(u"資料を頂きました。"_s);
    QVERIFY(f.session.commitEntry());
    ReplaceDialog notation(&f.session, ReplaceDialog::Mode::Notation, f.view.get());
    QCOMPARE(notation.previewList()->topLevelItemCount(), 1);
    QVERIFY(notation.apply());
    QCOMPARE(f.statements().last().text, u"資料をいただきました。"_s);
}

void TestDraftingView::commitDoesNotResetModel()
{
    Fixture f;
    QSignalSpy reset(f.view->model(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(f.view->model(), &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 20; ++i) {
        f.session.setEntryText(u"発言%1"_s.arg(i));
        QVERIFY(f.session.commitEntry());
    }
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 20);
    QCOMPARE(f.view->model()->statementCount(), 20);
    // Split, merge and move keep the tree in step with the record without a reset.
    const Id first = f.statements().first().id;
    QVERIFY(f.document.push(new SplitStatementCommand(&f.document, first, 2)));
    QVERIFY(f.document.push(new MoveStatementCommand(&f.document, first, f.data.agenda.last().id)));
    QCOMPARE(f.view->model()->statementCount(), 21);
    QCOMPARE(f.view->model()->rowCount(), 2);
    f.document.undoStack()->undo();
    f.document.undoStack()->undo();
    QCOMPARE(f.view->model()->rowCount(), 1);
    QCOMPARE(reset.count(), 0);
}

void TestDraftingView::mainWindowOpensAndRecovers()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"draft.kiroku"_s);
    Id meetingId = 0;
    {
        Archive::Opened opened = Archive::open(path, Archive::OpenMode::CreateIfMissing);
        QVERIFY(opened.archive);
        meetingId = test::writeDraftingData(opened.archive->database()).meeting.id;
    }
    {
        MainWindow window;
        QVERIFY(window.controller()->open(path));
        window.show();
        QVERIFY(window.selectMeeting(meetingId));
        auto *button = window.findChild<QPushButton *>(u"draftMinutesButton"_s);
        QVERIFY(button);
        button->click();
        auto *controller = window.findChild<DraftingController *>(u"draftingController"_s);
        QVERIFY(controller && controller->draftingWindow());
        DraftingWindow *drafting = controller->draftingWindow();
        QTRY_VERIFY(drafting->isVisible());
        QPlainTextEdit *text = drafting->view()->entry()->textEdit();
        text->setFocus();
        typeText(text, u"最初の発言です。"_s);
        QTest::keyClick(text, Qt::Key_Return);
        typeText(text, u"入力途中の"_s);
        drafting->session()->saveDraft();
        // The window goes away without the clerk closing the drafting window (as in a crash).
    }
    MainWindow window;
    QVERIFY(window.controller()->open(path));
    window.show();
    auto *controller = window.findChild<DraftingController *>(u"draftingController"_s);
    QTRY_VERIFY(controller->draftingWindow());
    DraftingWindow *drafting = controller->draftingWindow();
    QCOMPARE(drafting->meetingId(), meetingId);
    QCOMPARE(drafting->view()->entry()->textEdit()->toPlainText(), u"入力途中の"_s);
    QLabel *banner = drafting->view()->recoveryBanner();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(u"1"_s));
    QCOMPARE(drafting->session()->statements().size(), 1);
    // Closed by the clerk: the next start does not reopen it.
    drafting->close();
    QTRY_VERIFY(!controller->draftingWindow());
}

// The drafting window on the demo archive's latest drafted meeting, drawn offscreen. With
// KIROKU_SCREENSHOT_DIR set the picture is kept there (drafting.png) to be looked at.
void TestDraftingView::demoArchiveRenders()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.kiroku"_s);
    Id meetingId = 0;
    {
        Archive::Opened opened = Archive::open(path, Archive::OpenMode::CreateIfMissing);
        QVERIFY(opened.archive);
        QVERIFY(DemoArchive::write(opened.archive->database()) != 0);
        meetingId =
            sql::scalar(
                opened.archive->database(),
                u"SELECT meeting_id FROM statement GROUP BY meeting_id ORDER BY MAX(id) DESC LIMIT 1"_s)
                .toLongLong();
    }
    MainWindow window;
    QVERIFY(window.controller()->open(path));
    window.show();
    QVERIFY(window.selectMeeting(meetingId));
    auto *controller = window.findChild<DraftingController *>(u"draftingController"_s);
    DraftingWindow *drafting = controller->openMeeting(meetingId);
    QVERIFY(drafting);
    drafting->resize(1280, 860);
    QVERIFY(QTest::qWaitForWindowExposed(drafting));
    DraftingView *view = drafting->view();
    view->entry()->chooseNumberKey(3);
    typeText(view->entry()->textEdit(), u"ガバメントクラウドへの移行について、御説明をお願いします。"_s);
    QTest::keyClick(view->entry()->textEdit(), Qt::Key_Return);
    typeText(view->entry()->textEdit(), u"それでは、所管課から"_s);
    QTRY_VERIFY(view->model()->statementCount() > 100);
    const QImage image = drafting->grab().toImage();
    QVERIFY(!image.isNull());
    const QString keep = qEnvironmentVariable("KIROKU_SCREENSHOT_DIR");
    if (!keep.isEmpty()) {
        QVERIFY(image.save(QDir(keep).filePath(u"drafting.png"_s)));
        QVERIFY(window.grab().save(QDir(keep).filePath(u"main-window.png"_s)));
    }
}

QTEST_MAIN(TestDraftingView)
#include "TestDraftingView.moc"
