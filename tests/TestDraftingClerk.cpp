// The drafting window as a clerk uses it through a whole meeting (issue 16): number keys that keep their
// speaker, no key or mnemonic used twice, Ctrl+Z in the empty entry line, Ctrl+H typed straight into
// the find field, a missed statement inserted between two others, and drafted votes and observers
// offered for the record's fields. Keyboard and mouse events only, offscreen.
#include "DraftingWindowFixture.h"
#include "drafting/FactOfferBar.h"
#include "drafting/InsertStatementDialog.h"
#include "drafting/ReplaceDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::ui;
using kiroku::test::typeText;

namespace {

// Every key sequence and mnemonic a window (or dialog) answers to, and what uses it; a sequence used
// twice where both can fire at once is a collision.
class KeyAudit
{
public:
    explicit KeyAudit(QWidget *root)
    {
        QSet<QAction *> actions;
        for (QAction *a : root->findChildren<QAction *>())
            actions.insert(a);
        for (QWidget *w : root->findChildren<QWidget *>()) {
            for (QAction *a : w->actions())
                actions.insert(a);
        }
        for (QAction *a : std::as_const(actions)) {
            for (const QKeySequence &keys : a->shortcuts())
                use(m_window, keys, u"action "_s + a->text());
        }
        for (QShortcut *s : root->findChildren<QShortcut *>())
            use(m_window, s->key(), u"shortcut "_s + s->key().toString());
        // Alt+letter of what is on screen: menu titles, buttons, labels with a buddy.
        if (auto *bar = root->findChild<QMenuBar *>()) {
            for (QAction *a : bar->actions())
                mnemonic(m_window, a->text(), u"menu "_s);
        }
        for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
            mnemonic(m_window, b->text(), u"button "_s);
        for (QLabel *l : root->findChildren<QLabel *>()) {
            if (l->buddy())
                mnemonic(m_window, l->text(), u"label "_s);
        }
        // Inside each menu its items' letters.
        for (QMenu *menu : root->findChildren<QMenu *>()) {
            QHash<QKeySequence, QString> inMenu;
            for (QAction *a : menu->actions())
                mnemonic(inMenu, a->text(), menu->title() + u" ▸ "_s);
        }
    }
    QStringList collisions() const { return m_collisions; }

private:
    void use(QHash<QKeySequence, QString> &space, const QKeySequence &keys, const QString &what)
    {
        if (keys.isEmpty())
            return;
        if (space.contains(keys))
            m_collisions << keys.toString() + u": "_s + space.value(keys) + u" / "_s + what;
        else
            space.insert(keys, what);
    }
    void mnemonic(QHash<QKeySequence, QString> &space, const QString &text, const QString &kind)
    {
        use(space, QKeySequence::mnemonic(text), kind + text);
    }
    QHash<QKeySequence, QString> m_window;
    QStringList m_collisions;
};

} // namespace

class TestDraftingClerk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().remove(u"drafting/geometry"_s); }
    void numberKeysStayForTheMeeting();
    void noKeyUsedTwice();
    void ctrlZInEmptyLineUndoesTheTurn();
    void ctrlHTypesIntoFind();
    void missedStatementInsertedBetween();
    void draftedVoteAndObserversOffered();
};

void TestDraftingClerk::numberKeysStayForTheMeeting()
{
    test::DraftingWindowFixture f;
    auto *strip = f.view()->findChild<QLabel *>(u"numberKeys"_s);
    const QString before = strip->text();
    // On screen beside each key; the chair only as 議長, not again under the president's name.
    QVERIFY2(before.contains(u"1 議長　2 事務局　3 情報政策課長　4 佐々木副会長　5 田中委員　6 鈴木委員"_s),
             qPrintable(before));
    QVERIFY(!before.contains(u"小林会長"_s));
    // 鈴木委員 asks three questions, the presenter answers: nothing moves.
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(f.text(), Qt::Key_6, Qt::AltModifier);
        QCOMPARE(f.speaker()->text(), u"鈴木委員"_s);
        f.say(u"質問です。"_s);
        QTest::keyClick(f.text(), Qt::Key_3, Qt::AltModifier);
        QCOMPARE(f.speaker()->text(), u"情報政策課長"_s);
        f.say(u"お答えします。"_s);
    }
    QCOMPARE(f.statements().size(), 6);
    QCOMPARE(strip->text(), before);
    QTest::keyClick(f.text(), Qt::Key_4, Qt::AltModifier);
    QCOMPARE(f.speaker()->text(), u"佐々木副会長"_s);
    QTest::keyClick(f.text(), Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(f.speaker()->text(), u"鈴木委員"_s);
    // A late arrival does not renumber either.
    f.view()->attendance()->setCurrentRow(4);
    QTest::mouseClick(f.view()->findChild<QPushButton *>(u"arrivedButton"_s), Qt::LeftButton);
    QTRY_VERIFY(f.statements().last().text.contains(u"入室"_s));
    QCOMPARE(strip->text(), before);
}

void TestDraftingClerk::noKeyUsedTwice()
{
    test::DraftingWindowFixture f;
    // The window's menus, buttons and shortcuts, and its dialogs.
    const auto noCollision = [](QWidget *root) {
        const QStringList collisions = KeyAudit(root).collisions();
        QVERIFY2(collisions.isEmpty(), qPrintable(collisions.join(u'\n')));
    };
    noCollision(f.window);
    ReplaceDialog find(f.window->session(), ReplaceDialog::Mode::FindReplace, f.window);
    noCollision(&find);
    ReplaceDialog notation(f.window->session(), ReplaceDialog::Mode::Notation, f.window);
    noCollision(&notation);
    InsertStatementDialog insert(f.window->session(), 0, {}, f.window);
    noCollision(&insert);
    if (QTest::currentTestFailed())
        return;
    // Alt+L records a departure where Alt+E opened the Edit menu instead.
    f.view()->attendance()->setCurrentRow(1);
    QTest::keyClick(f.view()->attendance(), Qt::Key_L, Qt::AltModifier);
    QTRY_VERIFY(!f.statements().isEmpty());
    QCOMPARE(f.statements().last().text, u"（佐々木副会長　退室）"_s);
}

void TestDraftingClerk::ctrlZInEmptyLineUndoesTheTurn()
{
    test::DraftingWindowFixture f;
    f.say(u"ただいまから開会します。"_s);
    f.say(u"事務局から説明します。"_s);
    QCOMPARE(f.statements().size(), 2);
    // Text in the line: Ctrl+Z undoes the typing, the record stays.
    typeText(f.text(), u"あ"_s);
    QTest::keyClick(f.text(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(f.statements().size(), 2);
    QVERIFY(f.text()->toPlainText().isEmpty());
    // The line empty: Ctrl+Z takes back the last committed turn, Ctrl+Shift+Z puts it back.
    QTest::keyClick(f.text(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(f.statements().size(), 1);
    QCOMPARE(f.view()->model()->statementCount(), 1);
    QTest::keyClick(f.text(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(f.statements().size(), 2);
    QVERIFY(f.text()->hasFocus());
}

void TestDraftingClerk::ctrlHTypesIntoFind()
{
    test::DraftingWindowFixture f;
    f.say(u"ご意見をどうぞ。"_s);
    QString typed;
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ReplaceDialog *>(QApplication::activeModalWidget());
        QTRY_VERIFY(dialog = qobject_cast<ReplaceDialog *>(QApplication::activeModalWidget()));
        QTRY_VERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == dialog);
        // The first keys typed go wherever the focus is: they must land in the find field.
        typeText(QApplication::focusWidget(), u"ご意見"_s);
        typed = dialog->findEdit()->text();
        seen = true;
        dialog->reject();
    });
    QTest::keyClick(f.text(), Qt::Key_H, Qt::ControlModifier);
    QTRY_VERIFY(seen);
    QCOMPARE(typed, u"ご意見"_s);
}

void TestDraftingClerk::missedStatementInsertedBetween()
{
    test::DraftingWindowFixture f;
    f.say(u"一"_s);
    f.say(u"二"_s);
    f.say(u"三"_s);
    QTreeView *tree = f.view()->statementView();
    tree->setFocus();
    const QModelIndex second = f.view()->model()->indexOf(f.statements().at(1).id);
    tree->setCurrentIndex(second);
    bool seen = false;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<InsertStatementDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<InsertStatementDialog *>(QApplication::activeModalWidget());
        QTRY_VERIFY(dialog->textEdit()->hasFocus());
        // Offered: who would speak after the chair's 一.
        QCOMPARE(dialog->speakerBox()->currentText(), u"事務局"_s);
        dialog->speakerBox()->setCurrentText(u"田中委員"_s);
        typeText(dialog->textEdit(), u"聞き漏らした発言"_s);
        QTest::keyClick(dialog->textEdit(), Qt::Key_Return);
        seen = true;
    });
    QTest::keyClick(tree, Qt::Key_Insert);
    QTRY_VERIFY(seen);
    QTRY_COMPARE(f.statements().size(), 4);
    QCOMPARE(f.statements().at(1).text, u"聞き漏らした発言"_s);
    QCOMPARE(f.statements().at(1).speaker, u"田中委員"_s);
    QCOMPARE(f.statements().at(2).text, u"二"_s);
    QCOMPARE(f.view()->model()->statementCount(), 4);
    QCOMPARE(f.view()->model()->statement(tree->currentIndex())->text, u"聞き漏らした発言"_s);
    // One undo step, and the context menu offers the same.
    f.document.undoStack()->undo();
    QTRY_COMPARE(f.statements().size(), 3);
    QVERIFY(f.view()->insertBeforeAction()->shortcut() == QKeySequence(Qt::Key_Insert));
}

void TestDraftingClerk::draftedVoteAndObserversOffered()
{
    test::DraftingWindowFixture f;
    FactOfferBar *bar = f.view()->factOfferBar();
    QVERIFY(!bar->isVisible());
    f.window->session()->setCurrentItem(f.data.agenda.first().id);
    f.say(u"お諮りします。異議はございませんか。"_s);
    f.say(u"（異議なし）"_s);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->message()->text().contains(u"（異議なし）"_s), qPrintable(bar->message()->text()));
    QVERIFY(f.text()->hasFocus()); // offered, never in the way of typing
    f.say(u"（傍聴人2名入室）"_s);
    QTRY_VERIFY(bar->message()->text().contains(u"2"_s));
    QTest::mouseClick(bar->fillButton(), Qt::LeftButton);
    const auto item = [&] { return AgendaRepository(f.document.database()).item(f.data.agenda.first().id); };
    QTRY_COMPARE(item()->voteKind, VoteKind::NoObjection);
    QCOMPARE(MeetingRepository(f.document.database()).meeting(f.data.meeting.id)->observerCount, 2);
    QTRY_VERIFY(!bar->isVisible());
    QCOMPARE(f.statements().size(), 3); // no second direction added by the vote
    // One undo step takes both back, and the offer returns.
    f.document.undoStack()->undo();
    QTRY_COMPARE(item()->voteKind, VoteKind::None);
    QCOMPARE(MeetingRepository(f.document.database()).meeting(f.data.meeting.id)->observerCount, 0);
    QTRY_VERIFY(bar->isVisible());
    // Not Now hides it until the record says something new.
    QTest::mouseClick(bar->dismissButton(), Qt::LeftButton);
    QTRY_VERIFY(!bar->isVisible());
}

QTEST_MAIN(TestDraftingClerk)
#include "TestDraftingClerk.moc"
