#include "StaffAttendanceModel.h"

#include "Labels.h"
#include "commands/MeetingCommands.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/StoreError.h"
#include "text/Wareki.h"

#include <QPalette>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

StaffAttendanceModel::StaffAttendanceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StaffAttendanceModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::attendanceChanged, this, [this](Id meetingId) {
            if (meetingId == m_meetingId)
                reload();
        });
        connect(document, &Document::staffChanged, this, [this](Id councilId) {
            if (councilId == m_councilId)
                reload();
        });
        connect(document, &Document::meetingsChanged, this, [this] {
            if (m_meetingId != 0)
                reload(); // removed or brought back
        });
    }
    reload();
}

void StaffAttendanceModel::setMeeting(Id meetingId)
{
    m_meetingId = meetingId;
    reload();
}

void StaffAttendanceModel::reload()
{
    Id councilId = 0;
    QVector<Staff> rows;
    QHash<Id, StaffAttendance> present;
    if (m_document && m_meetingId != 0) {
        try {
            const QSqlDatabase db = m_document->database();
            MeetingRepository meetings(db);
            if (const std::optional<Meeting> meeting = meetings.meeting(m_meetingId)) {
                councilId = meeting->councilId;
                rows = CouncilRepository(db).staff(councilId);
                // The secretariat first, then the presenters, each in the list's order.
                std::stable_sort(rows.begin(), rows.end(),
                                 [](const Staff &a, const Staff &b) { return int(a.kind) < int(b.kind); });
                for (const StaffAttendance &a : meetings.staffAttendance(m_meetingId))
                    present.insert(a.staffId, a);
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
    m_councilId = councilId;
    const QVector<Staff> old = std::exchange(m_rows, rows);
    const QHash<Id, StaffAttendance> oldPresent = std::exchange(m_present, present);
    if (!sameRows) {
        endResetModel();
        return;
    }
    // Row by row: only what changed is repainted, the current cell and the selection stay.
    for (int row = 0; row < m_rows.size(); ++row) {
        const Id id = m_rows[row].id;
        if (!(old[row] == m_rows[row]) || oldPresent.value(id) != m_present.value(id) ||
            oldPresent.contains(id) != m_present.contains(id))
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

int StaffAttendanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StaffAttendanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffAttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Staff &s = m_rows[index.row()];
    const auto found = m_present.constFind(s.id);
    const bool present = found != m_present.constEnd();
    if (role == StaffIdRole)
        return s.id;
    if (role == Qt::CheckStateRole && index.column() == StaffColumn)
        return present ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && !present)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case StaffColumn: {
        QString text = s.organisation;
        if (!s.name.isEmpty())
            text += u'　' + s.name;
        if (!s.title.isEmpty())
            text += u'（' + s.title + u'）';
        if (s.name.isEmpty() && s.headCount > 0)
            text += u'　' + tr("%n people", nullptr, s.headCount);
        return text;
    }
    case KindColumn:
        return Labels::of(s.kind);
    case ArrivedColumn:
        if (!present)
            return {};
        return edit ? QVariant(found->arrivedAt) : QVariant(wareki::formatTime(found->arrivedAt));
    case LeftColumn:
        if (!present)
            return {};
        return edit ? QVariant(found->leftAt) : QVariant(wareki::formatTime(found->leftAt));
    }
    return {};
}

QVariant StaffAttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StaffColumn:
        return tr("Present (secretariat and presenters)");
    case KindColumn:
        return tr("Kind");
    case ArrivedColumn:
        return tr("Arrived");
    case LeftColumn:
        return tr("Left");
    }
    return {};
}

Qt::ItemFlags StaffAttendanceModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.row() >= m_rows.size())
        return flags;
    if (index.column() == StaffColumn)
        flags |= Qt::ItemIsUserCheckable;
    // Times belong to someone present; marking the time of an absent person makes no sense.
    if ((index.column() == ArrivedColumn || index.column() == LeftColumn) &&
        m_present.contains(m_rows[index.row()].id))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool StaffAttendanceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !index.isValid() || index.row() >= m_rows.size())
        return false;
    const Staff &s = m_rows[index.row()];
    const auto found = m_present.constFind(s.id);
    if (index.column() == StaffColumn && role == Qt::CheckStateRole) {
        const bool present = value.toInt() == Qt::Checked;
        if (present == (found != m_present.constEnd()))
            return true;
        return push(s, present ? std::optional<StaffAttendance>(StaffAttendance{m_meetingId, s.id, {}, {}})
                               : std::nullopt);
    }
    if (role != Qt::EditRole || found == m_present.constEnd())
        return false;
    StaffAttendance after = *found;
    if (index.column() == ArrivedColumn)
        after.arrivedAt = value.toTime();
    else if (index.column() == LeftColumn)
        after.leftAt = value.toTime();
    else
        return false;
    if (after == *found)
        return true;
    return push(s, after);
}

bool StaffAttendanceModel::push(const Staff &staff, std::optional<StaffAttendance> after)
{
    return m_document->push(
        new SetStaffAttendanceCommand(m_document, m_meetingId, staff.id, std::move(after)));
}

} // namespace kiroku::ui
