// The Search dock over a temporary demo archive, offscreen: results as you type, filters, width
// variants, the highlighting markup, and opening a result's place (meeting, statement, material).
#include "ArchiveController.h"
#include "ArchiveTreeModel.h"
#include "MainWindow.h"
#include "MeetingEditor.h"
#include "drafting/DraftingController.h"
#include "drafting/DraftingView.h"
#include "drafting/DraftingWindow.h"
#include "drafting/StatementTreeModel.h"
#include "io/DemoArchive.h"
#include "materials/MaterialsPanel.h"
#include "search/RecordReader.h"
#include "search/SearchDock.h"
#include "search/SearchResultsModel.h"
#include "store/Archive.h"
#include "store/MeetingRepository.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace kiroku;
using kiroku::ui::MainWindow;
using kiroku::ui::SearchDock;
using kiroku::ui::SearchResultsModel;

class TestSearchDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void markupEscapesAndBoldsMatches();
    void resultsAsYouType();
    void widthVariantsFindTheSame();
    void filtersNarrow();
    void emptyQueryClears();
    void closingTheArchiveClears();
    void statementOpensDraftingAtIt();
    void sealedStatementOpensReadOnly();
    void materialOpensMaterialsTab();
    void consultationSelectsCouncil();
    void shortcutFocusesQuery();

private:
    // Types the query and waits for its results; returns how many rows are shown.
    int search(const QString &text);
    int rowOfKind(const QString &kind) const;

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    SearchDock *m_dock = nullptr;
};

void TestSearchDock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"demo.kiroku"_s);
    Archive::Opened opened = Archive::open(m_path, Archive::OpenMode::CreateIfMissing);
    QVERIFY2(opened.archive, qPrintable(opened.message));
    QVERIFY(DemoArchive::write(opened.archive->database()) != 0);
}

void TestSearchDock::init()
{
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->controller()->open(m_path));
    m_window->show();
    m_dock = m_window->findChild<SearchDock *>();
    QVERIFY(m_dock);
}

void TestSearchDock::cleanup()
{
    m_window.reset();
}

int TestSearchDock::search(const QString &text)
{
    QSignalSpy shown(m_dock, &SearchDock::resultsShown);
    // Typed one character at a time (QTest::keyClicks takes Latin-1 only): every change schedules.
    m_dock->queryLine()->clear();
    for (qsizetype i = 1; i <= text.size(); ++i)
        m_dock->queryLine()->setText(text.left(i));
    if (!shown.wait(10000))
        return -1;
    return m_dock->model()->rowCount();
}

int TestSearchDock::rowOfKind(const QString &kind) const
{
    for (int row = 0; row < m_dock->model()->rowCount(); ++row) {
        if (m_dock->model()->hit(row).kind == kind)
            return row;
    }
    return -1;
}

void TestSearchDock::markupEscapesAndBoldsMatches()
{
    SearchHit hit;
    hit.snippet = u"a<b 市民税と市民税 & x"_s;
    hit.highlights = {{4, 3}, {8, 3}};
    QCOMPARE(SearchResultsModel::snippetHtml(hit), u"a&lt;b <b>市民税</b>と<b>市民税</b> &amp; x"_s);
    // Overlapping matches of two terms are marked once.
    hit.highlights = {{4, 3}, {5, 2}};
    QCOMPARE(SearchResultsModel::snippetHtml(hit), u"a&lt;b <b>市民税</b>と市民税 &amp; x"_s);
}

void TestSearchDock::resultsAsYouType()
{
    const int rows = search(u"ガバメントクラウド"_s);
    QVERIFY(rows > 0);
    QCOMPARE(rows, m_dock->model()->rowCount());
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_dock->model()->index(row);
        QVERIFY(index.data(SearchResultsModel::SnippetHtmlRole)
                    .toString()
                    .contains(u"<b>ガバメントクラウド</b>"_s));
        QVERIFY(!index.data(SearchResultsModel::PlaceRole).toString().isEmpty());
    }
    QVERIFY(m_dock->countLabel()->text().contains(QString::number(rows)));
    // Only the last of the keystrokes' searches is shown: the results are for the whole word.
    QCOMPARE(m_dock->model()->hit(0).highlights.isEmpty(), false);
    QCOMPARE(m_dock->resultsView()->currentIndex().row(), 0);
}

void TestSearchDock::widthVariantsFindTheSame()
{
    const int full = search(u"ガバメント"_s);
    QVERIFY(full > 0);
    QVector<Id> ids;
    for (int row = 0; row < full; ++row)
        ids << m_dock->model()->hit(row).refId;
    QCOMPARE(search(u"ｶﾞﾊﾞﾒﾝﾄ"_s), full);
    for (int row = 0; row < full; ++row)
        QCOMPARE(m_dock->model()->hit(row).refId, ids.at(row));
}

void TestSearchDock::filtersNarrow()
{
    const int all = search(u"評価書"_s);
    QVERIFY(all > 10);
    QSignalSpy shown(m_dock, &SearchDock::resultsShown);
    m_dock->kindFilter()->setCurrentIndex(m_dock->kindFilter()->findData(u"agenda"_s));
    QVERIFY(shown.wait(10000));
    QVERIFY(m_dock->model()->rowCount() > 0);
    QVERIFY(m_dock->model()->rowCount() < all);
    for (int row = 0; row < m_dock->model()->rowCount(); ++row)
        QCOMPARE(m_dock->model()->hit(row).kind, u"agenda"_s);

    m_dock->kindFilter()->setCurrentIndex(0);
    QVERIFY(shown.wait(10000));
    QVERIFY(m_dock->yearFilter()->count() > 2); // all years, and the demo's years
    const int year = m_dock->yearFilter()->itemData(1).toInt();
    m_dock->yearFilter()->setCurrentIndex(1);
    QVERIFY(shown.wait(10000));
    QVERIFY(m_dock->model()->rowCount() > 0);
    for (int row = 0; row < m_dock->model()->rowCount(); ++row)
        QCOMPARE(m_dock->model()->hit(row).fiscalYear, year);

    m_dock->yearFilter()->setCurrentIndex(0);
    QVERIFY(shown.wait(10000));
    m_dock->speakerFilter()->setText(u"情報政策課"_s);
    QTRY_VERIFY(m_dock->model()->rowCount() > 0 && m_dock->model()->hit(0).kind == u"statement"_s &&
                m_dock->model()->rowCount() < all);
    for (int row = 0; row < m_dock->model()->rowCount(); ++row)
        QVERIFY(m_dock->model()->hit(row).speaker.contains(u"情報政策課"_s));
}

void TestSearchDock::emptyQueryClears()
{
    QVERIFY(search(u"評価書"_s) > 0);
    m_dock->queryLine()->clear();
    QTRY_COMPARE(m_dock->model()->rowCount(), 0);
    QVERIFY(m_dock->countLabel()->text().isEmpty());
    QCOMPARE(search(u"該当しない語句ｘｙｚ"_s), 0);
    QVERIFY(!m_dock->countLabel()->text().isEmpty());
}

// How many descriptors of this process have the file open (Linux); -1 where that cannot be seen.
static int openDescriptors(const QString &path)
{
    const QDir fds(u"/proc/self/fd"_s);
    if (!fds.exists())
        return -1;
    const QString file = QFileInfo(path).canonicalFilePath();
    int count = 0;
    for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot))
        count += QFileInfo(fds.filePath(fd)).symLinkTarget() == file;
    return count;
}

void TestSearchDock::closingTheArchiveClears()
{
    QVERIFY(search(u"評価書"_s) > 0);
    const int open = openDescriptors(m_path);
    if (open >= 0)
        QVERIFY(open >= 2);          // the window's connection and the worker's
    m_window->controller()->close(); // the worker lets go of the file before this returns
    QCOMPARE(m_dock->model()->rowCount(), 0);
    // No connection keeps the file open: it may be restored (renamed) now, on any system.
    if (open >= 0)
        QCOMPARE(openDescriptors(m_path), 0);
    QVERIFY(m_window->controller()->open(m_path));
    QVERIFY(search(u"評価書"_s) > 0);
}

void TestSearchDock::statementOpensDraftingAtIt()
{
    QVERIFY(search(u"ガバメントクラウド"_s) > 0);
    const int row = rowOfKind(u"statement"_s);
    QVERIFY(row >= 0);
    const SearchHit hit = m_dock->model()->hit(row);
    QSignalSpy activated(m_dock, &SearchDock::resultActivated);
    m_dock->resultsView()->setCurrentIndex(m_dock->model()->index(row));
    QTest::keyClick(m_dock->resultsView(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(1).toLongLong(), hit.refId);
    QCOMPARE(m_window->selectedMeetingId(), hit.meetingId);
    auto *drafting = m_window->findChild<ui::DraftingController *>()->draftingWindow();
    QVERIFY(drafting);
    QCOMPARE(drafting->meetingId(), hit.meetingId);
    const QModelIndex current = drafting->view()->statementView()->currentIndex();
    const Statement *statement = drafting->view()->model()->statement(current);
    QVERIFY(statement);
    QCOMPARE(statement->id, hit.refId);
    drafting->close();
}

void TestSearchDock::sealedStatementOpensReadOnly()
{
    // A statement of a sealed record: read in the reader, marked, never in the drafting window.
    QVERIFY(search(u"委員"_s) > 0);
    QSignalSpy shown(m_dock, &SearchDock::resultsShown);
    m_dock->kindFilter()->setCurrentIndex(m_dock->kindFilter()->findData(u"statement"_s));
    QVERIFY(shown.wait(10000));
    const QSqlDatabase db = m_window->controller()->document()->database();
    int row = 0;
    while (row < m_dock->model()->rowCount() &&
           MeetingRepository(db).meeting(m_dock->model()->hit(row).meetingId)->status !=
               MeetingStatus::Sealed)
        ++row;
    QVERIFY2(row < m_dock->model()->rowCount(), "the demo archive has a sealed record with statements");
    const SearchHit hit = m_dock->model()->hit(row);
    m_dock->resultsView()->setCurrentIndex(m_dock->model()->index(row));
    QTest::keyClick(m_dock->resultsView(), Qt::Key_Return);
    QCOMPARE(m_window->selectedMeetingId(), hit.meetingId);
    QVERIFY(m_window->meetingEditor()->isReadOnly());
    QVERIFY(!m_window->findChild<ui::DraftingController *>()->draftingWindow());
    ui::RecordReader *reader = m_dock->recordReader();
    QVERIFY(reader);
    QTRY_VERIFY(reader->isVisible());
    QCOMPARE(reader->meetingId(), hit.meetingId);
    QCOMPARE(reader->currentStatementId(), hit.refId);
    const QModelIndex current = reader->view()->currentIndex();
    QVERIFY(current.data(Qt::BackgroundRole).value<QBrush>() != QBrush());
    QVERIFY(reader->view()->viewport()->rect().intersects(reader->view()->visualRect(current)));
    QCOMPARE(reader->view()->editTriggers(), QAbstractItemView::NoEditTriggers);
    reader->close();
}

void TestSearchDock::materialOpensMaterialsTab()
{
    QVERIFY(search(u"資料"_s) > 0);
    QSignalSpy shown(m_dock, &SearchDock::resultsShown);
    m_dock->kindFilter()->setCurrentIndex(m_dock->kindFilter()->findData(u"material"_s));
    QVERIFY(shown.wait(10000));
    QVERIFY(m_dock->model()->rowCount() > 0);
    const SearchHit hit = m_dock->model()->hit(m_dock->model()->rowCount() - 1);
    m_dock->activate(m_dock->model()->rowCount() - 1);
    QCOMPARE(m_window->selectedMeetingId(), hit.meetingId);
    auto *tabs = m_window->meetingEditor()->findChild<QTabWidget *>(u"meetingTabs"_s);
    QVERIFY(tabs);
    // The Materials tab is in front: the panel is its page, or inside it.
    QWidget *panel = m_window->meetingEditor()->materialsPanel();
    QVERIFY(tabs->currentWidget() == panel || tabs->currentWidget()->isAncestorOf(panel));
    QCOMPARE(m_window->meetingEditor()->materialsPanel()->currentMaterialId(), hit.refId);
}

void TestSearchDock::consultationSelectsCouncil()
{
    QVERIFY(search(u"諮問第"_s) > 0);
    const int row = rowOfKind(u"consultation"_s);
    QVERIFY(row >= 0);
    const SearchHit hit = m_dock->model()->hit(row);
    QCOMPARE(hit.meetingId, Id(0));
    m_dock->activate(row);
    QCOMPARE(m_window->selectedMeetingId(), Id(0));
    auto *tree = m_window->findChild<QTreeView *>(u"archiveTree"_s);
    QCOMPARE(tree->currentIndex().data(ui::ArchiveTreeModel::CouncilIdRole).toLongLong(), hit.councilId);
}

void TestSearchDock::shortcutFocusesQuery()
{
    m_dock->hide();
    QApplication::setActiveWindow(m_window.get());
    auto *action = m_window->findChild<QAction *>(u"actionSearchArchive"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+F"_s));
    action->trigger();
    QVERIFY(m_dock->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), m_dock->queryLine());
}

QTEST_MAIN(TestSearchDock)
#include "TestSearchDock.moc"
