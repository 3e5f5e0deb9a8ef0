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

#include <QApplication>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
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

private:
    template <typename T> T *child(const QString &name) const
    {
        T *found = m_editor->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    MeetingRepository meetings() const { return MeetingRepository(m_document->database()); }
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

QTEST_MAIN(TestMeetingEditor)
#include "TestMeetingEditor.moc"
