// The drafting window on a 1280×720 laptop screen (issue 16): it opens within the screen with the entry
// line on it, and the speaker suggestions (Ctrl+L) are shown whole, above the line when there is no
// room below. The offscreen platform is given one 1280×720 screen before the application starts.
#include "DraftingWindowFixture.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDir>
#include <QScreen>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;
using namespace kiroku;
using kiroku::test::typeText;

class TestDraftingScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCOMPARE(QGuiApplication::primaryScreen()->geometry(), QRect(0, 0, 1280, 720));
    }
    void windowFitsTheScreen();
    void suggestionsShownWhole();
    void splitterRemembersItsSizes();
};

// The share between the record and the side panel, dragged by the clerk, comes back next time.
void TestDraftingScreen::splitterRemembersItsSizes()
{
    QSettings().remove(u"drafting/splitter"_s);
    QList<int> dragged;
    {
        test::DraftingWindowFixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.window));
        auto *splitter = f.view()->findChild<QSplitter *>();
        QVERIFY(splitter);
        const QList<int> before = splitter->sizes();
        QSplitterHandle *handle = splitter->handle(1);
        const QPoint middle = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, middle);
        QTest::mouseMove(handle, middle - QPoint(150, 0));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, middle - QPoint(150, 0));
        QTRY_VERIFY(splitter->sizes() != before);
        dragged = splitter->sizes();
    }
    test::DraftingWindowFixture again;
    QVERIFY(QTest::qWaitForWindowExposed(again.window));
    auto *splitter = again.view()->findChild<QSplitter *>();
    QTRY_COMPARE(splitter->sizes(), dragged);
}

void TestDraftingScreen::windowFitsTheScreen()
{
    QSettings().remove(u"drafting/geometry"_s);
    test::DraftingWindowFixture f;
    const QRect screen = f.window->screen()->availableGeometry();
    QVERIFY(QTest::qWaitForWindowExposed(f.window));
    QVERIFY2(f.window->minimumSizeHint().height() <= screen.height() - 40,
             qPrintable(QString::number(f.window->minimumSizeHint().height())));
    QVERIFY2(screen.contains(f.window->frameGeometry()),
             qPrintable(
                 u"%1×%2"_s.arg(f.window->frameGeometry().width()).arg(f.window->frameGeometry().height())));
    // The entry line and the number keys are on the screen.
    QWidget *entry = f.view()->entry();
    const QRect onScreen(entry->mapToGlobal(QPoint(0, 0)), entry->size());
    QVERIFY(screen.contains(onScreen));
    QVERIFY(f.text()->height() >= f.text()->fontMetrics().lineSpacing() * 2);
    // A geometry saved on a larger screen comes back fitted.
    f.window->resize(1600, 1000);
    f.window->close();
    test::DraftingWindowFixture again;
    QVERIFY(screen.contains(again.window->frameGeometry()));
    const QString keep = qEnvironmentVariable("KIROKU_SCREENSHOT_DIR");
    if (!keep.isEmpty())
        QVERIFY(again.window->grab().save(QDir(keep).filePath(u"drafting-1280x720-offscreen.png"_s)));
}

void TestDraftingScreen::suggestionsShownWhole()
{
    test::DraftingWindowFixture f;
    f.window->showMaximized();
    QVERIFY(QTest::qWaitForWindowExposed(f.window));
    const QRect screen = f.window->screen()->availableGeometry();
    QTest::keyClick(f.text(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(f.speaker()->hasFocus());
    typeText(f.speaker(), u"き"_s); // ささき, すずき …
    QAbstractItemView *popup = f.view()->entry()->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QVERIFY(popup->model()->rowCount() >= 2);
    const QRect shown = popup->geometry();
    QVERIFY2(
        screen.contains(shown),
        qPrintable(u"%1,%2 %3×%4"_s.arg(shown.x()).arg(shown.y()).arg(shown.width()).arg(shown.height())));
    // Above the field (no room below it at the bottom of the screen), not over it.
    const QRect field(f.speaker()->mapToGlobal(QPoint(0, 0)), f.speaker()->size());
    QVERIFY(!shown.intersects(field.adjusted(0, 3, 0, -3)));
    // Every suggestion whole: 佐々木副会長 — 佐々木 一郎（ささき いちろう） is wider than the field.
    for (int row = 0; row < popup->model()->rowCount(); ++row) {
        const QString text = popup->model()->index(row, 0).data().toString();
        QVERIFY2(popup->viewport()->width() >= popup->fontMetrics().horizontalAdvance(text),
                 qPrintable(text));
    }
    QTest::keyClick(popup, Qt::Key_Return);
    QTRY_VERIFY(f.text()->hasFocus());
}

// One 1280×720 screen for the offscreen platform, set before the application reads the platform.
int main(int argc, char **argv)
{
    QTemporaryFile config(QDir::tempPath() + u"/kiroku-screen-XXXXXX.json"_s);
    if (qEnvironmentVariable("QT_QPA_PLATFORM", u"offscreen"_s) == u"offscreen"_s && config.open()) {
        config.write(R"({"synchronousWindowSystemEvents": false, "windowFrameMargins": true,
                         "screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720,
                                      "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
        config.flush();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.fileName().toLocal8Bit());
    }
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestDraftingScreen test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestDraftingScreen.moc"
