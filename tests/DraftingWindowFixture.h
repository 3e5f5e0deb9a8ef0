#pragma once
// The drafting window of the small drafting council (DraftingFixture.h) with a manual clock, shown and
// active, and typing helpers for the GUI tests of the drafting window.
#include "DraftingFixture.h"
#include "drafting/DraftingEntry.h"
#include "drafting/DraftingView.h"
#include "drafting/DraftingWindow.h"
#include "drafting/StatementTreeModel.h"
#include "store/Archive.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QTest>

namespace kiroku::test {

// QTest::keyClicks takes Latin-1 only: Japanese arrives as key events carrying text, one per character
// (what an input method's commit looks like to the widget).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

struct DraftingWindowFixture
{
    Document document{Archive::openInMemory()};
    DraftingData data = writeDraftingData(document.database());
    ManualClock clock{QDateTime(QDate(2025, 8, 28), QTime(14, 0))};
    QPointer<ui::DraftingWindow> window; // deletes itself when closed

    DraftingWindowFixture()
    {
        window = new ui::DraftingWindow(&document, data.meeting.id, clock);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window))
            qWarning("The drafting window did not become active");
        text()->setFocus();
    }
    ~DraftingWindowFixture() { delete window.data(); }
    ui::DraftingView *view() const { return window->view(); }
    QPlainTextEdit *text() const { return view()->entry()->textEdit(); }
    QLineEdit *speaker() const { return view()->entry()->speakerEdit(); }
    QVector<Statement> statements() const
    {
        return StatementRepository(document.database()).statements(data.meeting.id);
    }
    // Types a turn into the entry line and commits it with Enter.
    void say(const QString &turn)
    {
        typeText(text(), turn);
        QTest::keyClick(text(), Qt::Key_Return);
    }
};

} // namespace kiroku::test
