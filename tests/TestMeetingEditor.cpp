// The meeting editor driven by keyboard and mouse, offscreen (issue 16): staff attendance with times,
// the era-aware date entry, the editable 第N回 and the end time checked against the start.
#include "MeetingEditor.h"
#include "StaffAttendanceModel.h"
#include "commands/Document.h"
#include "io/DemoArchive.h"
#include "record/RecordBuilder.h"
#include "store/Archive.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "text/Wareki.h"

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::ui;

class TestMeetingEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void staffAttendanceIsRecordedWithTimes();
    void dateIsTypedInEitherCalendarAndCommittedOnEnterOrLeaving();
    void dateInAnotherFiscalYearAsksFirst();
    void numberIsEditableWithoutDuplicates();
    void endBeforeStartIsRefused();

private:
    template <typename T> T *child(const QString &name) const
    {
        T *found = m_editor->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    MeetingRepository meetings() const { return MeetingRepository(m_document->database()); }
    Meeting stored() const { return *meetings().meeting(m_meeting); }
    // Answers the next message box with `button` once it is up, keeping its text.
    void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        m_asked.clear();
        QTimer::singleShot(0, this, [this, button] { answer(button); });
    }
    void answer(QMessageBox::StandardButton button)
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(10, this, [this, button] { answer(button); });
            return;
        }
        m_asked = box->text();
        box->button(button)->click();
    }
    QString m_asked;
    // ASCII as key presses; kanji as the input method commits them.
    static void type(QWidget *widget, const QString &text)
    {
        bool ascii = true;
        for (QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii) {
            QTest::keyClicks(widget, text);
            return;
        }
        QInputMethodEvent commit;
        commit.setCommitString(text);
        QApplication::sendEvent(widget, &commit);
    }
    std::unique_ptr<Document> m_document;
    std::unique_ptr<MeetingEditor> m_editor;
    Id m_meeting = 0;
};

void TestMeetingEditor::init()
{
    m_document = std::make_unique<Document>(Archive::openInMemory());
    DemoOptions options;
    options.sealOne = false;
    const Id council = DemoArchive::write(m_document->database(), options);
    m_meeting = meetings().meetings(council).last().id;
    m_editor = std::make_unique<MeetingEditor>();
    m_editor->setDocument(m_document.get());
    m_editor->setMeeting(m_meeting);
    m_editor->resize(1200, 800);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestMeetingEditor::cleanup()
{
    m_editor.reset();
    m_document.reset();
}

void TestMeetingEditor::staffAttendanceIsRecordedWithTimes()
{
    auto *view = child<QTableView>(u"staffAttendanceTable"_s);
    QVERIFY(view);
    meetings().setStaffPresent(m_meeting, {}); // nobody yet: the record says 「なし」
    Q_EMIT m_document->attendanceChanged(m_meeting);
    QAbstractItemModel *model = view->model();
    QVERIFY(model->rowCount() >= 2);
    int presenterRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, StaffAttendanceModel::KindColumn).data().toString() == u"Presenter"_s)
            presenterRow = row;
    }
    QVERIFY(presenterRow >= 0);
    const Id presenter = model->index(presenterRow, 0).data(StaffAttendanceModel::StaffIdRole).toLongLong();

    // The secretariat's first row and the presenter present, with the keyboard.
    QTabWidget *tabs = child<QTabWidget>(u"meetingTabs"_s);
    tabs->setCurrentIndex(0);
    view->setFocus();
    view->setCurrentIndex(model->index(0, StaffAttendanceModel::StaffColumn));
    QTest::keyClick(view, Qt::Key_Space);
    QTRY_COMPARE(meetings().staffPresent(m_meeting).size(), 1);
    view->setCurrentIndex(model->index(presenterRow, StaffAttendanceModel::StaffColumn));
    QTest::keyClick(view, Qt::Key_Space);
    QTRY_VERIFY(meetings().staffPresent(m_meeting).contains(presenter));
    QCOMPARE(model->index(presenterRow, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));

    // He came at 10:05: the editor of the Arrived cell, a time typed, Enter.
    const QModelIndex arrived = model->index(presenterRow, StaffAttendanceModel::ArrivedColumn);
    view->setCurrentIndex(arrived);
    QTest::keyClick(view, Qt::Key_F2);
    QTimeEdit *editor = nullptr;
    QTRY_VERIFY((editor = view->viewport()->findChild<QTimeEdit *>()) != nullptr);
    editor->setTime(QTime(10, 5));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(meetings().staffAttendance(m_meeting).size(), 2);
    QTRY_COMPARE(model->index(presenterRow, StaffAttendanceModel::ArrivedColumn).data().toString(),
                 u"午前10時05分"_s);

    const auto data = record::RecordData::load(m_document->database(), m_meeting);
    QVERIFY(data);
    const record::FormatLibrary library;
    const QString text =
        record::RecordBuilder::build(*data, *library.format(u"numbered"_s)).document->toPlainText();
    QVERIFY2(text.contains(u"（午前10時05分から出席）"_s), qPrintable(text.left(1200)));
    QVERIFY(!text.contains(u"事務局　なし"_s));

    // Every change is one undo step.
    m_document->undoStack()->undo();
    QTRY_COMPARE(model->index(presenterRow, StaffAttendanceModel::ArrivedColumn).data().toString(),
                 QString());
    m_document->undoStack()->undo();
    QTRY_VERIFY(!meetings().staffPresent(m_meeting).contains(presenter));
}

void TestMeetingEditor::dateIsTypedInEitherCalendarAndCommittedOnEnterOrLeaving()
{
    auto *date = child<QLineEdit>(u"meetingDate"_s);
    auto *hint = child<QLabel>(u"meetingDateText"_s);
    QVERIFY(date && hint);
    const int year = stored().fiscalYear; // 令和8年度 in the demo: 2027/01/21 belongs to it
    QCOMPARE(year, 2026);
    const QDate before = stored().date;

    // One click, then typing replaces the date; nothing is saved while typing.
    QTest::mouseClick(date, Qt::LeftButton, {}, date->rect().center());
    QTRY_VERIFY(date->hasFocus());
    QTRY_COMPARE(date->selectedText(), date->text());
    QTest::keyClicks(date, u"2027/01/21"_s);
    QCOMPARE(date->text(), u"2027/01/21"_s);
    QTRY_VERIFY(hint->text().startsWith(u"令和9年1月21日(木)"_s));
    QCOMPARE(stored().date, before);
    QTest::keyClick(date, Qt::Key_Return);
    QTRY_COMPARE(stored().date, QDate(2027, 1, 21));
    QCOMPARE(stored().fiscalYear, 2026);
    QTRY_COMPARE(date->text(), u"令和9年1月21日(木)"_s);

    // R9/1/22 and leaving the field (Tab) saves too.
    date->selectAll();
    QTest::keyClicks(date, u"R9/1/22"_s);
    QTest::keyClick(date, Qt::Key_Tab);
    QTRY_COMPARE(stored().date, QDate(2027, 1, 22));
    QVERIFY(!date->hasFocus());
    QTRY_COMPARE(date->text(), u"令和9年1月22日(金)"_s);

    for (const auto &[typed, expected] :
         {std::pair{u"令和9年1月23日"_s, QDate(2027, 1, 23)}, std::pair{u"R9.1.25"_s, QDate(2027, 1, 25)},
          std::pair{u"2027-01-26"_s, QDate(2027, 1, 26)}}) {
        date->setFocus();
        date->selectAll();
        type(date, typed);
        QTest::keyClick(date, Qt::Key_Enter);
        QTRY_COMPARE(stored().date, expected);
    }

    // Not a date: said at once, not saved on Enter, given back on leaving with a message.
    date->setFocus();
    date->selectAll();
    QTest::keyClicks(date, u"R9.2.30"_s);
    QTRY_VERIFY(hint->text().contains(u"Not a date"_s));
    QTest::keyClick(date, Qt::Key_Return);
    QCOMPARE(stored().date, QDate(2027, 1, 26));
    QCOMPARE(date->text(), u"R9.2.30"_s);
    QTest::keyClick(date, Qt::Key_Tab);
    QTRY_COMPARE(date->text(), u"令和9年1月26日(火)"_s);
    auto *problem = child<QLabel>(u"meetingProblem"_s);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"R9.2.30"_s));
    QCOMPARE(stored().date, QDate(2027, 1, 26));
    // Each saved date is one undo step.
    m_document->undoStack()->undo();
    QTRY_COMPARE(stored().date, QDate(2027, 1, 25));
}

void TestMeetingEditor::dateInAnotherFiscalYearAsksFirst()
{
    auto *date = child<QLineEdit>(u"meetingDate"_s);
    const Meeting before = stored();
    date->setFocus();
    date->selectAll();
    QTest::keyClicks(date, u"R9.4.15"_s); // 令和9年度
    QTRY_VERIFY(child<QLabel>(u"meetingDateText"_s)->text().contains(u"令和9年度"_s));
    answerNextMessageBox(QMessageBox::No);
    QTest::keyClick(date, Qt::Key_Return);
    QTRY_VERIFY(!m_asked.isEmpty());
    QVERIFY2(m_asked.contains(u"令和9年度"_s) && m_asked.contains(u"第1回"_s), qPrintable(m_asked));
    QCOMPARE(stored(), before);
    QTRY_COMPARE(date->text(), wareki::formatDate(before.date));

    date->setFocus();
    date->selectAll();
    QTest::keyClicks(date, u"R9.4.15"_s);
    answerNextMessageBox(QMessageBox::Yes);
    QTest::keyClick(date, Qt::Key_Return);
    QTRY_COMPARE(stored().date, QDate(2027, 4, 15));
    QCOMPARE(stored().fiscalYear, 2027);
    QCOMPARE(stored().number, 1);
}

void TestMeetingEditor::numberIsEditableWithoutDuplicates()
{
    auto *number = child<QSpinBox>(u"meetingNumber"_s);
    QVERIFY(number);
    const Meeting before = stored();
    QVERIFY(before.number > 1); // 第1回 of the same 年度 exists
    QCOMPARE(number->value(), before.number);
    number->setFocus();
    number->selectAll();
    QTest::keyClicks(number, u"1"_s);
    QTest::keyClick(number, Qt::Key_Return);
    auto *problem = child<QLabel>(u"meetingProblem"_s);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"第1回"_s), qPrintable(problem->text()));
    QCOMPARE(stored().number, before.number);
    QTRY_COMPARE(number->value(), before.number);

    number->selectAll();
    QTest::keyClicks(number, u"9"_s);
    QTest::keyClick(number, Qt::Key_Return);
    QTRY_COMPARE(stored().number, 9);
    QVERIFY(problem->isHidden());
    QTRY_VERIFY(child<QLabel>(u"meetingTitle"_s)->text().contains(u"第9回"_s));
    m_document->undoStack()->undo();
    QTRY_COMPARE(stored().number, before.number);
}

void TestMeetingEditor::endBeforeStartIsRefused()
{
    const QList<QTimeEdit *> times = m_editor->findChildren<QTimeEdit *>(u"meetingEnd"_s);
    QCOMPARE(times.size(), 1);
    QTimeEdit *end = times.first();
    const Meeting before = stored();
    QVERIFY(before.startTime.isValid());
    end->setFocus();
    end->setTime(QTime(1, 0)); // 午前10時から午前1時まで
    QTest::keyClick(end, Qt::Key_Return);
    auto *problem = child<QLabel>(u"meetingProblem"_s);
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"before the start"_s), qPrintable(problem->text()));
    QCOMPARE(stored().endTime, before.endTime);
    QTRY_COMPARE(end->time(), before.endTime);

    end->setTime(before.startTime.addSecs(100 * 60));
    QTest::keyClick(end, Qt::Key_Return);
    QTRY_COMPARE(stored().endTime, before.startTime.addSecs(100 * 60));
    QVERIFY2(problem->isHidden(), qPrintable(problem->text()));
}

QTEST_MAIN(TestMeetingEditor)
#include "TestMeetingEditor.moc"
