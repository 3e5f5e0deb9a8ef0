// The meeting editor's Attendance tab: members with the live quorum line, and the staff present.
#include "AttendanceModel.h"
#include "Delegates.h"
#include "MeetingEditor.h"
#include "StaffAttendanceModel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

QWidget *MeetingEditor::buildAttendance()
{
    auto *box = new QGroupBox(tr("Attendance"), this);
    m_attendanceView = new QTableView(box);
    m_attendanceView->setObjectName(u"attendanceTable"_s);
    m_attendanceView->setModel(m_attendance);
    setUpTable(m_attendanceView);
    m_attendanceView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                                      QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_attendanceView->setItemDelegateForColumn(
        AttendanceModel::StatusColumn, new ChoiceDelegate(choicesOf<AttendanceStatus>(), m_attendanceView));
    auto *times = new TimeDelegate(m_attendanceView);
    m_attendanceView->setItemDelegateForColumn(AttendanceModel::ArrivedColumn, times);
    m_attendanceView->setItemDelegateForColumn(AttendanceModel::LeftColumn, times);

    m_quorum = new QLabel(box);
    m_quorum->setObjectName(u"quorumLabel"_s);
    m_quorum->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *allPresent = new QPushButton(tr("All Present"), box);
    allPresent->setObjectName(u"allPresentButton"_s);
    connect(allPresent, &QPushButton::clicked, m_attendance, &AttendanceModel::setAllPresent);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_quorum, 1);
    bottom->addWidget(allPresent);
    auto *members = new QWidget(box);
    auto *membersLayout = new QVBoxLayout(members);
    membersLayout->setContentsMargins(0, 0, 0, 0);
    membersLayout->addWidget(m_attendanceView, 1);
    membersLayout->addLayout(bottom);

    // 事務局 and 説明員 present: the record lists them under 出席者 (else it prints 「なし」).
    auto *staffView = new QTableView(box);
    staffView->setObjectName(u"staffAttendanceTable"_s);
    staffView->setModel(m_staffAttendance);
    setUpTable(staffView);
    staffView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                               QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    // A delegate of its own: a shared one would send this view's commits to the members' view too.
    auto *staffTimes = new TimeDelegate(staffView);
    staffView->setItemDelegateForColumn(StaffAttendanceModel::ArrivedColumn, staffTimes);
    staffView->setItemDelegateForColumn(StaffAttendanceModel::LeftColumn, staffTimes);

    auto *splitter = new QSplitter(Qt::Vertical, box);
    splitter->setObjectName(u"attendanceSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(members);
    splitter->addWidget(staffView);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(splitter, 1);
    return box;
}

} // namespace kiroku::ui
