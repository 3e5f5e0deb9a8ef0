#include "store/SubcommitteeRepository.h"

#include "store/Sql.h"

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

const QString subcommitteeColumns = u"id, council_id, name, established_date, dissolved_date, notes"_s;

Subcommittee readSubcommittee(const sql::Query &q)
{
    Subcommittee s;
    s.id = q.value(0).toLongLong();
    s.councilId = q.value(1).toLongLong();
    s.name = sql::toText(q.value(2));
    s.establishedDate = sql::toDate(q.value(3));
    s.dissolvedDate = sql::toDate(q.value(4));
    s.notes = sql::toText(q.value(5));
    return s;
}

void bindSubcommittee(sql::Query &q, const Subcommittee &s)
{
    q.bind(u":council_id"_s, s.councilId)
        .bind(u":name"_s, sql::fromText(s.name))
        .bind(u":established_date"_s, sql::fromDate(s.establishedDate))
        .bind(u":dissolved_date"_s, sql::fromDate(s.dissolvedDate))
        .bind(u":notes"_s, sql::fromText(s.notes));
}

const QString meetingColumns = u"id, subcommittee_id, number, date, start_time, end_time, venue, publicity, "
                               "summary, notes"_s;

SubcommitteeMeeting readMeeting(const sql::Query &q)
{
    SubcommitteeMeeting m;
    m.id = q.value(0).toLongLong();
    m.subcommitteeId = q.value(1).toLongLong();
    m.number = q.value(2).toInt();
    m.date = sql::toDate(q.value(3));
    m.startTime = sql::toTime(q.value(4));
    m.endTime = sql::toTime(q.value(5));
    m.venue = sql::toText(q.value(6));
    m.publicity = sql::toEnum(q.value(7), Publicity::Closed);
    m.summary = sql::toText(q.value(8));
    m.notes = sql::toText(q.value(9));
    return m;
}

void bindMeeting(sql::Query &q, const SubcommitteeMeeting &m)
{
    q.bind(u":subcommittee_id"_s, m.subcommitteeId)
        .bind(u":number"_s, m.number)
        .bind(u":date"_s, sql::fromDate(m.date))
        .bind(u":start_time"_s, sql::fromTime(m.startTime))
        .bind(u":end_time"_s, sql::fromTime(m.endTime))
        .bind(u":venue"_s, sql::fromText(m.venue))
        .bind(u":publicity"_s, toKey(m.publicity))
        .bind(u":summary"_s, sql::fromText(m.summary))
        .bind(u":notes"_s, sql::fromText(m.notes));
}

} // namespace

QVector<Subcommittee> SubcommitteeRepository::subcommittees(Id councilId) const
{
    QVector<Subcommittee> result;
    sql::Query q(m_db, u"SELECT "_s + subcommitteeColumns +
                           u" FROM subcommittee WHERE council_id = :council ORDER BY established_date, id"_s);
    q.bind(u":council"_s, councilId).exec();
    while (q.next())
        result.append(readSubcommittee(q));
    return result;
}

std::optional<Subcommittee> SubcommitteeRepository::subcommittee(Id id) const
{
    sql::Query q(m_db, u"SELECT "_s + subcommitteeColumns + u" FROM subcommittee WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return readSubcommittee(q);
}

Id SubcommitteeRepository::insert(const Subcommittee &subcommittee)
{
    const bool keepId = subcommittee.id > 0;
    sql::Query q(m_db, u"INSERT INTO subcommittee ("_s + (keepId ? u"id, "_s : QString()) +
                           u"council_id, name, established_date, dissolved_date, notes) VALUES ("_s +
                           (keepId ? u":id, "_s : QString()) +
                           u":council_id, :name, :established_date, :dissolved_date, :notes) RETURNING id"_s);
    bindSubcommittee(q, subcommittee);
    if (keepId)
        q.bind(u":id"_s, subcommittee.id);
    return q.insertReturningId();
}

void SubcommitteeRepository::update(const Subcommittee &subcommittee)
{
    sql::Query q(m_db,
                 u"UPDATE subcommittee SET council_id = :council_id, name = :name, "
                 "established_date = :established_date, dissolved_date = :dissolved_date, notes = :notes "
                 "WHERE id = :id"_s);
    bindSubcommittee(q, subcommittee);
    q.bind(u":id"_s, subcommittee.id).exec();
}

void SubcommitteeRepository::remove(Id id)
{
    sql::Query(m_db, u"DELETE FROM subcommittee WHERE id = :id"_s).bind(u":id"_s, id).exec();
}

QVector<SubcommitteeMember> SubcommitteeRepository::members(Id subcommitteeId) const
{
    QVector<SubcommitteeMember> result;
    sql::Query q(m_db, u"SELECT subcommittee_id, member_id, is_chair, position FROM subcommittee_member "
                       "WHERE subcommittee_id = :id ORDER BY position, member_id"_s);
    q.bind(u":id"_s, subcommitteeId).exec();
    while (q.next())
        result.append(
            {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toBool(), q.value(3).toInt()});
    return result;
}

void SubcommitteeRepository::setMembers(Id subcommitteeId, const QVector<SubcommitteeMember> &members)
{
    sql::Transaction transaction(m_db);
    sql::Query(m_db, u"DELETE FROM subcommittee_member WHERE subcommittee_id = :id"_s)
        .bind(u":id"_s, subcommitteeId)
        .exec();
    sql::Query q(m_db, u"INSERT INTO subcommittee_member (subcommittee_id, member_id, is_chair, position) "
                       "VALUES (:id, :member, :chair, :position)"_s);
    for (int i = 0; i < members.size(); ++i)
        q.bind(u":id"_s, subcommitteeId)
            .bind(u":member"_s, members[i].memberId)
            .bind(u":chair"_s, members[i].isChair ? 1 : 0)
            .bind(u":position"_s, i)
            .exec();
    transaction.commit();
}

QVector<SubcommitteeReferral> SubcommitteeRepository::referrals(Id subcommitteeId) const
{
    QVector<SubcommitteeReferral> result;
    sql::Query q(m_db, u"SELECT subcommittee_id, consultation_id, referred_date FROM subcommittee_referral "
                       "WHERE subcommittee_id = :id ORDER BY referred_date, consultation_id"_s);
    q.bind(u":id"_s, subcommitteeId).exec();
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), sql::toDate(q.value(2))});
    return result;
}

QVector<SubcommitteeReferral> SubcommitteeRepository::referralsOf(Id consultationId) const
{
    QVector<SubcommitteeReferral> result;
    sql::Query q(m_db, u"SELECT subcommittee_id, consultation_id, referred_date FROM subcommittee_referral "
                       "WHERE consultation_id = :id ORDER BY referred_date, subcommittee_id"_s);
    q.bind(u":id"_s, consultationId).exec();
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toLongLong(), sql::toDate(q.value(2))});
    return result;
}

void SubcommitteeRepository::setReferrals(Id subcommitteeId, const QVector<SubcommitteeReferral> &referrals)
{
    sql::Transaction transaction(m_db);
    sql::Query(m_db, u"DELETE FROM subcommittee_referral WHERE subcommittee_id = :id"_s)
        .bind(u":id"_s, subcommitteeId)
        .exec();
    sql::Query q(m_db, u"INSERT INTO subcommittee_referral (subcommittee_id, consultation_id, referred_date) "
                       "VALUES (:id, :consultation, :date)"_s);
    for (const SubcommitteeReferral &r : referrals)
        q.bind(u":id"_s, subcommitteeId)
            .bind(u":consultation"_s, r.consultationId)
            .bind(u":date"_s, sql::fromDate(r.referredDate))
            .exec();
    transaction.commit();
}

QVector<SubcommitteeMeeting> SubcommitteeRepository::readMeetings(const QString &where,
                                                                  const QVariant &key) const
{
    QVector<SubcommitteeMeeting> result;
    sql::Query q(m_db, u"SELECT "_s + meetingColumns + u" FROM subcommittee_meeting WHERE "_s + where +
                           u" ORDER BY date, number, id"_s);
    q.bind(u":key"_s, key).exec();
    while (q.next())
        result.append(readMeeting(q));
    for (SubcommitteeMeeting &m : result) {
        sql::Query a(m_db,
                     u"SELECT member_id FROM subcommittee_attendance WHERE subcommittee_meeting_id = :id "
                     "ORDER BY member_id"_s);
        a.bind(u":id"_s, m.id).exec();
        while (a.next())
            m.attendees.append(a.value(0).toLongLong());
        sql::Query i(m_db, u"SELECT consultation_id, concluded, result FROM subcommittee_item "
                           "WHERE subcommittee_meeting_id = :id ORDER BY consultation_id"_s);
        i.bind(u":id"_s, m.id).exec();
        while (i.next())
            m.items.append({i.value(0).toLongLong(), i.value(1).toBool(), sql::toText(i.value(2))});
    }
    return result;
}

QVector<SubcommitteeMeeting> SubcommitteeRepository::meetings(Id subcommitteeId) const
{
    return readMeetings(u"subcommittee_id = :key"_s, subcommitteeId);
}

std::optional<SubcommitteeMeeting> SubcommitteeRepository::meeting(Id id) const
{
    const auto found = readMeetings(u"id = :key"_s, id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QVector<SubcommitteeMeeting> SubcommitteeRepository::meetingsOf(Id consultationId) const
{
    return readMeetings(
        u"id IN (SELECT subcommittee_meeting_id FROM subcommittee_item WHERE consultation_id = "
        ":key)"_s,
        consultationId);
}

void SubcommitteeRepository::writeDetails(const SubcommitteeMeeting &meeting)
{
    for (const QString &table : {u"subcommittee_attendance"_s, u"subcommittee_item"_s})
        sql::Query(m_db, u"DELETE FROM %1 WHERE subcommittee_meeting_id = :id"_s.arg(table))
            .bind(u":id"_s, meeting.id)
            .exec();
    sql::Query a(m_db, u"INSERT INTO subcommittee_attendance (subcommittee_meeting_id, member_id) "
                       "VALUES (:id, :member)"_s);
    for (const Id member : meeting.attendees)
        a.bind(u":id"_s, meeting.id).bind(u":member"_s, member).exec();
    sql::Query i(m_db, u"INSERT INTO subcommittee_item (subcommittee_meeting_id, consultation_id, concluded, "
                       "result) VALUES (:id, :consultation, :concluded, :result)"_s);
    for (const SubcommitteeItem &item : meeting.items)
        i.bind(u":id"_s, meeting.id)
            .bind(u":consultation"_s, item.consultationId)
            .bind(u":concluded"_s, item.concluded ? 1 : 0)
            .bind(u":result"_s, sql::fromText(item.result))
            .exec();
}

Id SubcommitteeRepository::insert(const SubcommitteeMeeting &meeting)
{
    sql::Transaction transaction(m_db);
    const bool keepId = meeting.id > 0;
    sql::Query q(m_db, u"INSERT INTO subcommittee_meeting ("_s + (keepId ? u"id, "_s : QString()) +
                           u"subcommittee_id, number, date, start_time, end_time, venue, publicity, summary, "
                           "notes) VALUES ("_s +
                           (keepId ? u":id, "_s : QString()) +
                           u":subcommittee_id, :number, :date, :start_time, :end_time, :venue, :publicity, "
                           ":summary, :notes) RETURNING id"_s);
    bindMeeting(q, meeting);
    if (keepId)
        q.bind(u":id"_s, meeting.id);
    SubcommitteeMeeting stored = meeting;
    stored.id = q.insertReturningId();
    writeDetails(stored);
    transaction.commit();
    return stored.id;
}

void SubcommitteeRepository::update(const SubcommitteeMeeting &meeting)
{
    sql::Transaction transaction(m_db);
    sql::Query q(m_db,
                 u"UPDATE subcommittee_meeting SET subcommittee_id = :subcommittee_id, number = :number, "
                 "date = :date, start_time = :start_time, end_time = :end_time, venue = :venue, "
                 "publicity = :publicity, summary = :summary, notes = :notes WHERE id = :id"_s);
    bindMeeting(q, meeting);
    q.bind(u":id"_s, meeting.id).exec();
    writeDetails(meeting);
    transaction.commit();
}

void SubcommitteeRepository::removeMeeting(Id id)
{
    sql::Query(m_db, u"DELETE FROM subcommittee_meeting WHERE id = :id"_s).bind(u":id"_s, id).exec();
}

} // namespace kiroku
