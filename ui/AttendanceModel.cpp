#include "AttendanceModel.h"

#include "Labels.h"
#include "commands/MeetingCommands.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/StoreError.h"
#include "text/Wareki.h"

#include <QBrush>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

AttendanceModel::AttendanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AttendanceModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_meeting = {};
    if (document) {
        const auto ifMeeting = [this](Id meetingId) {
            if (meetingId == m_meeting.id)
                reload();
        };
        const auto ifCouncil = [this](Id councilId) {
            if (councilId == m_meeting.councilId)
                reload();
        };
        connect(document, &Document::attendanceChanged, this, ifMeeting);
        connect(document, &Document::meetingChanged, this, ifMeeting); // the date decides who is in office
        connect(document, &Document::membersChanged, this, ifCouncil);
        connect(document, &Document::councilChanged, this, ifCouncil); // quota and quorum rule
        connect(document, &Document::meetingsChanged, this, [this] {
            if (m_meeting.id != 0)
                reload(); // the meeting may have been removed or brought back
        });
    }
    reload();
}

void AttendanceModel::setMeeting(Id meetingId)
{
    m_meeting = {};
    m_meeting.id = meetingId;
    reload();
}

void AttendanceModel::reload()
{
    Council council;
    Meeting meeting;
    meeting.id = m_meeting.id;
    QVector<Member> all;
    QVector<Member> rows;
    QHash<Id, Attendance> attendance;
    if (m_document && meeting.id != 0) {
        try {
            const QSqlDatabase db = m_document->database();
            MeetingRepository meetings(db);
            if (const std::optional<Meeting> stored = meetings.meeting(meeting.id)) {
                meeting = *stored;
                CouncilRepository councils(db);
                council = councils.council(meeting.councilId).value_or(Council{});
                all = councils.members(meeting.councilId);
                for (const Attendance &a : meetings.attendance(meeting.id))
                    attendance.insert(a.memberId, a);
                for (const Member &member : std::as_const(all)) {
                    if (!meeting.date.isValid() || member.inOfficeOn(meeting.date) ||
                        attendance.contains(member.id))
                        rows.append(member);
                }
            }
        } catch (const StoreError &error) {
            m_document->reportFailure(error.message());
        }
    }
    bool sameRows = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows[i].id == m_rows[i].id;
    if (!sameRows)
        beginResetModel();
    m_council = council;
    m_meeting = meeting;
    m_allMembers = all;
    m_rows = rows;
    m_attendance = attendance;
    if (!sameRows)
        endResetModel();
    else if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT quorumChanged();
}

Attendance AttendanceModel::attendanceOf(const Member &member) const
{
    const auto found = m_attendance.constFind(member.id);
    if (found != m_attendance.constEnd())
        return *found;
    Attendance absent;
    absent.meetingId = m_meeting.id;
    absent.memberId = member.id;
    absent.status = AttendanceStatus::Absent;
    return absent;
}

QuorumState AttendanceModel::quorum() const
{
    return quorumState(m_council, m_allMembers, m_attendance.values().toVector(), m_meeting.date);
}

bool AttendanceModel::setAllPresent()
{
    if (!m_document || m_rows.isEmpty())
        return false;
    QVector<Attendance> changes;
    for (const Member &member : std::as_const(m_rows)) {
        Attendance a = attendanceOf(member);
        if (a.status == AttendanceStatus::Present)
            continue;
        a.status = AttendanceStatus::Present;
        a.arrivedAt = {};
        a.leftAt = {};
        changes.append(a);
    }
    if (changes.isEmpty())
        return true;
    return m_document->push(new SetAttendanceCommand(m_document, changes));
}

int AttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttendanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Member &member = m_rows[index.row()];
    const Attendance a = attendanceOf(member);
    if (role == MemberIdRole)
        return member.id;
    if (role == Qt::ForegroundRole && a.status == AttendanceStatus::Absent)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case MemberColumn:
        if (member.role == MemberRole::Member || edit)
            return member.name;
        return u"%1（%2）"_s.arg(member.name, Labels::of(member.role));
    case StatusColumn:
        return edit ? QVariant(toKey(a.status)) : QVariant(Labels::of(a.status));
    case ArrivedColumn:
        return edit ? QVariant(a.arrivedAt) : QVariant(wareki::formatTime(a.arrivedAt));
    case LeftColumn:
        return edit ? QVariant(a.leftAt) : QVariant(wareki::formatTime(a.leftAt));
    case NoteColumn:
        return a.note;
    }
    return {};
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MemberColumn:
        return tr("Member");
    case StatusColumn:
        return tr("Attendance");
    case ArrivedColumn:
        return tr("Arrived");
    case LeftColumn:
        return tr("Left");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != MemberColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool AttendanceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size())
        return false;
    const Attendance before = attendanceOf(m_rows[index.row()]);
    Attendance after = before;
    switch (index.column()) {
    case StatusColumn: {
        const std::optional<AttendanceStatus> status = fromKey<AttendanceStatus>(value.toString());
        if (!status)
            return false;
        after.status = *status;
        // Times only mean something for a late arrival or an early departure.
        if (after.status != AttendanceStatus::Late)
            after.arrivedAt = {};
        if (after.status != AttendanceStatus::LeftEarly)
            after.leftAt = {};
        break;
    }
    case ArrivedColumn:
        after.arrivedAt = value.toTime();
        if (after.arrivedAt.isValid() && after.status != AttendanceStatus::LeftEarly)
            after.status = AttendanceStatus::Late;
        break;
    case LeftColumn:
        after.leftAt = value.toTime();
        if (after.leftAt.isValid() && after.status != AttendanceStatus::Late)
            after.status = AttendanceStatus::LeftEarly;
        break;
    case NoteColumn:
        after.note = value.toString().trimmed();
        break;
    default:
        return false;
    }
    if (m_attendance.contains(before.memberId) && before == after)
        return true;
    return m_document->push(new SetAttendanceCommand(m_document, QVector<Attendance>{after}));
}

} // namespace kiroku::ui
