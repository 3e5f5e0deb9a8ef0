#pragma once
#include "model/Types.h"

#include <QSqlDatabase>

#include <optional>

namespace kiroku {

// Meetings of a council, with attendance and the staff present.
class MeetingRepository
{
public:
    explicit MeetingRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    QVector<Meeting> meetings(Id councilId) const; // by fiscal year, number
    QVector<Meeting> meetingsOfYear(Id councilId, int fiscalYear) const;
    QVector<int> fiscalYears(Id councilId) const;
    std::optional<Meeting> meeting(Id id) const;
    Id insert(const Meeting &meeting);
    void update(const Meeting &meeting);
    void remove(Id id);
    // The number the next meeting of that fiscal year would get (第N回).
    int nextNumber(Id councilId, int fiscalYear) const;

    QVector<Attendance> attendance(Id meetingId) const;
    // Inserts or replaces one member's attendance.
    void setAttendance(const Attendance &attendance);
    void removeAttendance(Id meetingId, Id memberId);

    QVector<Id> staffPresent(Id meetingId) const;
    // Keeps the times of the staff who stay present; adds the others without times.
    void setStaffPresent(Id meetingId, const QVector<Id> &staffIds);
    QVector<StaffAttendance> staffAttendance(Id meetingId) const; // by staff id
    // Inserts or replaces one staff member's presence.
    void setStaffAttendance(const StaffAttendance &attendance);
    void removeStaffAttendance(Id meetingId, Id staffId);

private:
    QSqlDatabase m_db;
};

} // namespace kiroku
