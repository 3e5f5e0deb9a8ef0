#include "store/MeetingRepository.h"

#include "store/Sql.h"

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

const QString meetingColumns =
    u"id, council_id, fiscal_year, number, date, start_time, end_time, venue, mode, publicity, "
    u"closed_reason, "
    "observers_allowed, observer_count, observers_reason, chair_member_id, status, notes, "
    "published_date"_s;

Meeting readMeeting(const sql::Query &q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.councilId = q.value(1).toLongLong();
    m.fiscalYear = q.value(2).toInt();
    m.number = q.value(3).toInt();
    m.date = sql::toDate(q.value(4));
    m.startTime = sql::toTime(q.value(5));
    m.endTime = sql::toTime(q.value(6));
    m.venue = sql::toText(q.value(7));
    m.mode = sql::toEnum(q.value(8), MeetingMode::InPerson);
    m.publicity = sql::toEnum(q.value(9), Publicity::Public);
    m.closedReason = sql::toText(q.value(10));
    m.observersAllowed = q.value(11).toBool();
    m.observerCount = q.value(12).toInt();
    m.observersReason = sql::toText(q.value(13));
    m.chairMemberId = sql::toId(q.value(14));
    m.status = sql::toEnum(q.value(15), MeetingStatus::Planned);
    m.notes = sql::toText(q.value(16));
    m.publishedDate = sql::toDate(q.value(17));
    return m;
}

void bindMeeting(sql::Query &q, const Meeting &m)
{
    q.bind(u":council_id"_s, m.councilId)
        .bind(u":fiscal_year"_s, m.fiscalYear)
        .bind(u":number"_s, m.number)
        .bind(u":date"_s, sql::fromDate(m.date))
        .bind(u":start_time"_s, sql::fromTime(m.startTime))
        .bind(u":end_time"_s, sql::fromTime(m.endTime))
        .bind(u":venue"_s, sql::fromText(m.venue))
        .bind(u":mode"_s, toKey(m.mode))
        .bind(u":publicity"_s, toKey(m.publicity))
        .bind(u":closed_reason"_s, sql::fromText(m.closedReason))
        .bind(u":observers_allowed"_s, m.observersAllowed ? 1 : 0)
        .bind(u":observer_count"_s, m.observerCount)
        .bind(u":observers_reason"_s, sql::fromText(m.observersReason))
        .bind(u":chair"_s, sql::fromId(m.chairMemberId))
        .bind(u":status"_s, toKey(m.status))
        .bind(u":notes"_s, sql::fromText(m.notes))
        .bind(u":published_date"_s, sql::fromDate(m.publishedDate));
}

QVector<Meeting> readMeetings(sql::Query &q)
{
    QVector<Meeting> result;
    q.exec();
    while (q.next())
        result.append(readMeeting(q));
    return result;
}

} // namespace

QVector<Meeting> MeetingRepository::meetings(Id councilId) const
{
    sql::Query q(m_db, u"SELECT "_s + meetingColumns +
                           u" FROM meeting WHERE council_id = :council ORDER BY fiscal_year, number"_s);
    q.bind(u":council"_s, councilId);
    return readMeetings(q);
}

QVector<Meeting> MeetingRepository::meetingsOfYear(Id councilId, int fiscalYear) const
{
    sql::Query q(m_db,
                 u"SELECT "_s + meetingColumns +
                     u" FROM meeting WHERE council_id = :council AND fiscal_year = :year ORDER BY number"_s);
    q.bind(u":council"_s, councilId).bind(u":year"_s, fiscalYear);
    return readMeetings(q);
}

QVector<int> MeetingRepository::fiscalYears(Id councilId) const
{
    QVector<int> years;
    sql::Query q(
        m_db, u"SELECT DISTINCT fiscal_year FROM meeting WHERE council_id = :council ORDER BY fiscal_year"_s);
    q.bind(u":council"_s, councilId).exec();
    while (q.next())
        years.append(q.value(0).toInt());
    return years;
}

std::optional<Meeting> MeetingRepository::meeting(Id id) const
{
    sql::Query q(m_db, u"SELECT "_s + meetingColumns + u" FROM meeting WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return readMeeting(q);
}

Id MeetingRepository::insert(const Meeting &meeting)
{
    sql::Query q(
        m_db, u"INSERT INTO meeting (council_id, fiscal_year, number, date, start_time, end_time, venue, "
              "mode, publicity, closed_reason, observers_allowed, observer_count, observers_reason, "
              "chair_member_id, status, notes, published_date) VALUES (:council_id, :fiscal_year, :number, "
              ":date, :start_time, :end_time, :venue, :mode, :publicity, :closed_reason, "
              ":observers_allowed, :observer_count, :observers_reason, :chair, :status, :notes, "
              ":published_date) RETURNING id"_s);
    bindMeeting(q, meeting);
    return q.insertReturningId();
}

void MeetingRepository::update(const Meeting &meeting)
{
    sql::Query q(
        m_db, u"UPDATE meeting SET council_id = :council_id, fiscal_year = :fiscal_year, number = :number, "
              "date = :date, start_time = :start_time, end_time = :end_time, venue = :venue, mode = :mode, "
              "publicity = :publicity, closed_reason = :closed_reason, observers_allowed = "
              ":observers_allowed, observer_count = :observer_count, observers_reason = :observers_reason, "
              "chair_member_id = :chair, status = :status, notes = :notes, published_date = :published_date "
              "WHERE id = :id"_s);
    bindMeeting(q, meeting);
    q.bind(u":id"_s, meeting.id).exec();
}

void MeetingRepository::remove(Id id)
{
    sql::Query(m_db, u"DELETE FROM meeting WHERE id = :id"_s).bind(u":id"_s, id).exec();
}

int MeetingRepository::nextNumber(Id councilId, int fiscalYear) const
{
    sql::Query q(m_db, u"SELECT COALESCE(MAX(number), 0) + 1 FROM meeting WHERE council_id = :council AND "
                       "fiscal_year = :year"_s);
    q.bind(u":council"_s, councilId).bind(u":year"_s, fiscalYear).exec();
    return q.next() ? q.value(0).toInt() : 1;
}

QVector<Attendance> MeetingRepository::attendance(Id meetingId) const
{
    QVector<Attendance> result;
    sql::Query q(m_db, u"SELECT a.meeting_id, a.member_id, a.status, a.arrived_at, a.left_at, a.note FROM "
                       "attendance a JOIN member m ON m.id = a.member_id WHERE a.meeting_id = :meeting "
                       "ORDER BY m.sort_order, m.reading, m.id"_s);
    q.bind(u":meeting"_s, meetingId).exec();
    while (q.next()) {
        Attendance a;
        a.meetingId = q.value(0).toLongLong();
        a.memberId = q.value(1).toLongLong();
        a.status = sql::toEnum(q.value(2), AttendanceStatus::Present);
        a.arrivedAt = sql::toTime(q.value(3));
        a.leftAt = sql::toTime(q.value(4));
        a.note = sql::toText(q.value(5));
        result.append(a);
    }
    return result;
}

void MeetingRepository::setAttendance(const Attendance &a)
{
    sql::Transaction transaction(m_db);
    removeAttendance(a.meetingId, a.memberId);
    sql::Query(m_db,
               u"INSERT INTO attendance (meeting_id, member_id, status, arrived_at, left_at, note) VALUES "
               "(:meeting, :member, :status, :arrived, :left, :note)"_s)
        .bind(u":meeting"_s, a.meetingId)
        .bind(u":member"_s, a.memberId)
        .bind(u":status"_s, toKey(a.status))
        .bind(u":arrived"_s, sql::fromTime(a.arrivedAt))
        .bind(u":left"_s, sql::fromTime(a.leftAt))
        .bind(u":note"_s, sql::fromText(a.note))
        .exec();
    transaction.commit();
}

void MeetingRepository::removeAttendance(Id meetingId, Id memberId)
{
    sql::Query(m_db, u"DELETE FROM attendance WHERE meeting_id = :meeting AND member_id = :member"_s)
        .bind(u":meeting"_s, meetingId)
        .bind(u":member"_s, memberId)
        .exec();
}

QVector<Id> MeetingRepository::staffPresent(Id meetingId) const
{
    QVector<Id> ids;
    sql::Query q(m_db, u"SELECT staff_id FROM meeting_staff WHERE meeting_id = :meeting ORDER BY staff_id"_s);
    q.bind(u":meeting"_s, meetingId).exec();
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

void MeetingRepository::setStaffPresent(Id meetingId, const QVector<Id> &staffIds)
{
    sql::Transaction transaction(m_db);
    const QVector<Id> before = staffPresent(meetingId);
    for (Id staffId : before) {
        if (!staffIds.contains(staffId))
            removeStaffAttendance(meetingId, staffId);
    }
    sql::Query insert(m_db, u"INSERT INTO meeting_staff (meeting_id, staff_id) VALUES (:meeting, :staff)"_s);
    for (Id staffId : staffIds) {
        if (!before.contains(staffId))
            insert.bind(u":meeting"_s, meetingId).bind(u":staff"_s, staffId).exec();
    }
    transaction.commit();
}

QVector<StaffAttendance> MeetingRepository::staffAttendance(Id meetingId) const
{
    QVector<StaffAttendance> result;
    sql::Query q(m_db, u"SELECT staff_id, arrived_at, left_at FROM meeting_staff WHERE meeting_id = :meeting "
                       "ORDER BY staff_id"_s);
    q.bind(u":meeting"_s, meetingId).exec();
    while (q.next()) {
        StaffAttendance a;
        a.meetingId = meetingId;
        a.staffId = q.value(0).toLongLong();
        a.arrivedAt = sql::toTime(q.value(1));
        a.leftAt = sql::toTime(q.value(2));
        result.append(a);
    }
    return result;
}

void MeetingRepository::setStaffAttendance(const StaffAttendance &a)
{
    sql::Transaction transaction(m_db);
    removeStaffAttendance(a.meetingId, a.staffId);
    sql::Query(m_db, u"INSERT INTO meeting_staff (meeting_id, staff_id, arrived_at, left_at) VALUES "
                     "(:meeting, :staff, :arrived, :left)"_s)
        .bind(u":meeting"_s, a.meetingId)
        .bind(u":staff"_s, a.staffId)
        .bind(u":arrived"_s, sql::fromTime(a.arrivedAt))
        .bind(u":left"_s, sql::fromTime(a.leftAt))
        .exec();
    transaction.commit();
}

void MeetingRepository::removeStaffAttendance(Id meetingId, Id staffId)
{
    sql::Query(m_db, u"DELETE FROM meeting_staff WHERE meeting_id = :meeting AND staff_id = :staff"_s)
        .bind(u":meeting"_s, meetingId)
        .bind(u":staff"_s, staffId)
        .exec();
}

} // namespace kiroku
