#include "store/CouncilRepository.h"

#include "store/Sql.h"

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

const QString councilColumns =
    u"id, name, municipality, quota, quorum_rule, signer_count, record_format, "
    "name_policy, consultation_numbering_yearly, publication_deadline_days, notes, agenda_numbering"_s;

Council readCouncil(const sql::Query &q)
{
    Council c;
    c.id = q.value(0).toLongLong();
    c.name = sql::toText(q.value(1));
    c.municipality = sql::toText(q.value(2));
    c.quota = q.value(3).toInt();
    c.quorumRule = sql::toEnum(q.value(4), QuorumRule::Majority);
    c.signerCount = q.value(5).toInt();
    c.recordFormat = sql::toText(q.value(6));
    c.namePolicy = sql::toEnum(q.value(7), NamePolicy::FullName);
    c.consultationNumberingYearly = q.value(8).toBool();
    c.publicationDeadlineDays = q.value(9).toInt();
    c.notes = sql::toText(q.value(10));
    c.agendaNumbering = sql::toEnum(q.value(11), AgendaNumbering::Paren);
    return c;
}

void bindCouncil(sql::Query &q, const Council &c)
{
    q.bind(u":name"_s, sql::fromText(c.name))
        .bind(u":municipality"_s, sql::fromText(c.municipality))
        .bind(u":quota"_s, c.quota)
        .bind(u":quorum_rule"_s, toKey(c.quorumRule))
        .bind(u":signer_count"_s, c.signerCount)
        .bind(u":record_format"_s, sql::fromText(c.recordFormat))
        .bind(u":name_policy"_s, toKey(c.namePolicy))
        .bind(u":yearly"_s, c.consultationNumberingYearly ? 1 : 0)
        .bind(u":deadline"_s, c.publicationDeadlineDays)
        .bind(u":notes"_s, sql::fromText(c.notes))
        .bind(u":agenda_numbering"_s, toKey(c.agendaNumbering));
}

const QString memberColumns =
    u"id, council_id, name, reading, role, term_start, term_end, recommending_body, "
    "affiliation, sort_order"_s;

Member readMember(const sql::Query &q)
{
    Member m;
    m.id = q.value(0).toLongLong();
    m.councilId = q.value(1).toLongLong();
    m.name = sql::toText(q.value(2));
    m.reading = sql::toText(q.value(3));
    m.role = sql::toEnum(q.value(4), MemberRole::Member);
    m.termStart = sql::toDate(q.value(5));
    m.termEnd = sql::toDate(q.value(6));
    m.recommendingBody = sql::toText(q.value(7));
    m.affiliation = sql::toText(q.value(8));
    m.sortOrder = q.value(9).toInt();
    return m;
}

void bindMember(sql::Query &q, const Member &m)
{
    q.bind(u":council_id"_s, m.councilId)
        .bind(u":name"_s, sql::fromText(m.name))
        .bind(u":reading"_s, sql::fromText(m.reading))
        .bind(u":role"_s, toKey(m.role))
        .bind(u":term_start"_s, sql::fromDate(m.termStart))
        .bind(u":term_end"_s, sql::fromDate(m.termEnd))
        .bind(u":recommending_body"_s, sql::fromText(m.recommendingBody))
        .bind(u":affiliation"_s, sql::fromText(m.affiliation))
        .bind(u":sort_order"_s, m.sortOrder);
}

const QString staffColumns = u"id, council_id, kind, organisation, name, title, head_count"_s;

Staff readStaff(const sql::Query &q)
{
    Staff s;
    s.id = q.value(0).toLongLong();
    s.councilId = q.value(1).toLongLong();
    s.kind = sql::toEnum(q.value(2), StaffKind::Secretariat);
    s.organisation = sql::toText(q.value(3));
    s.name = sql::toText(q.value(4));
    s.title = sql::toText(q.value(5));
    s.headCount = q.value(6).toInt();
    return s;
}

void bindStaff(sql::Query &q, const Staff &s)
{
    q.bind(u":council_id"_s, s.councilId)
        .bind(u":kind"_s, toKey(s.kind))
        .bind(u":organisation"_s, sql::fromText(s.organisation))
        .bind(u":name"_s, sql::fromText(s.name))
        .bind(u":title"_s, sql::fromText(s.title))
        .bind(u":head_count"_s, s.headCount);
}

} // namespace

QVector<Council> CouncilRepository::councils() const
{
    QVector<Council> result;
    sql::Query q(m_db, u"SELECT "_s + councilColumns + u" FROM council ORDER BY id"_s);
    q.exec();
    while (q.next())
        result.append(readCouncil(q));
    return result;
}

std::optional<Council> CouncilRepository::council(Id id) const
{
    sql::Query q(m_db, u"SELECT "_s + councilColumns + u" FROM council WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return readCouncil(q);
}

Id CouncilRepository::insert(const Council &council)
{
    sql::Query q(m_db,
                 u"INSERT INTO council (name, municipality, quota, quorum_rule, signer_count, record_format, "
                 "name_policy, consultation_numbering_yearly, publication_deadline_days, notes, "
                 "agenda_numbering) VALUES (:name, "
                 ":municipality, :quota, :quorum_rule, :signer_count, :record_format, :name_policy, :yearly, "
                 ":deadline, :notes, :agenda_numbering) RETURNING id"_s);
    bindCouncil(q, council);
    return q.insertReturningId();
}

void CouncilRepository::update(const Council &council)
{
    sql::Query q(
        m_db, u"UPDATE council SET name = :name, municipality = :municipality, quota = :quota, "
              "quorum_rule = :quorum_rule, signer_count = :signer_count, record_format = :record_format, "
              "name_policy = :name_policy, consultation_numbering_yearly = :yearly, "
              "publication_deadline_days = :deadline, notes = :notes, agenda_numbering = :agenda_numbering "
              "WHERE id = :id"_s);
    bindCouncil(q, council);
    q.bind(u":id"_s, council.id).exec();
}

void CouncilRepository::remove(Id id)
{
    sql::Query(m_db, u"DELETE FROM council WHERE id = :id"_s).bind(u":id"_s, id).exec();
}

QVector<Member> CouncilRepository::members(Id councilId) const
{
    QVector<Member> result;
    sql::Query q(m_db, u"SELECT "_s + memberColumns +
                           u" FROM member WHERE council_id = :council ORDER BY sort_order, reading, id"_s);
    q.bind(u":council"_s, councilId).exec();
    while (q.next())
        result.append(readMember(q));
    return result;
}

std::optional<Member> CouncilRepository::member(Id id) const
{
    sql::Query q(m_db, u"SELECT "_s + memberColumns + u" FROM member WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return readMember(q);
}

Id CouncilRepository::insert(const Member &member)
{
    sql::Query q(m_db,
                 u"INSERT INTO member (council_id, name, reading, role, term_start, term_end, "
                 "recommending_body, affiliation, sort_order) VALUES (:council_id, :name, :reading, :role, "
                 ":term_start, :term_end, :recommending_body, :affiliation, :sort_order) RETURNING id"_s);
    bindMember(q, member);
    return q.insertReturningId();
}

void CouncilRepository::update(const Member &member)
{
    sql::Query q(
        m_db, u"UPDATE member SET council_id = :council_id, name = :name, reading = :reading, role = :role, "
              "term_start = :term_start, term_end = :term_end, recommending_body = :recommending_body, "
              "affiliation = :affiliation, sort_order = :sort_order WHERE id = :id"_s);
    bindMember(q, member);
    q.bind(u":id"_s, member.id).exec();
}

void CouncilRepository::removeMember(Id id)
{
    sql::Query(m_db, u"DELETE FROM member WHERE id = :id"_s).bind(u":id"_s, id).exec();
}

QVector<Staff> CouncilRepository::staff(Id councilId) const
{
    QVector<Staff> result;
    sql::Query q(m_db, u"SELECT "_s + staffColumns +
                           u" FROM staff WHERE council_id = :council ORDER BY kind, id"_s);
    q.bind(u":council"_s, councilId).exec();
    while (q.next())
        result.append(readStaff(q));
    return result;
}

std::optional<Staff> CouncilRepository::staffMember(Id id) const
{
    sql::Query q(m_db, u"SELECT "_s + staffColumns + u" FROM staff WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return readStaff(q);
}

Id CouncilRepository::insert(const Staff &staff)
{
    // A staff entry that had an id (undo of a removal) gets it back, so references stay exact.
    sql::Query q(m_db,
                 staff.id > 0
                     ? u"INSERT INTO staff (id, council_id, kind, organisation, name, title, head_count) "
                       "VALUES (:id, :council_id, :kind, :organisation, :name, :title, :head_count) "
                       "RETURNING id"_s
                     : u"INSERT INTO staff (council_id, kind, organisation, name, title, head_count) "
                       "VALUES (:council_id, :kind, :organisation, :name, :title, :head_count) "
                       "RETURNING id"_s);
    bindStaff(q, staff);
    if (staff.id > 0)
        q.bind(u":id"_s, staff.id);
    return q.insertReturningId();
}

void CouncilRepository::update(const Staff &staff)
{
    sql::Query q(m_db,
                 u"UPDATE staff SET council_id = :council_id, kind = :kind, organisation = :organisation, "
                 "name = :name, title = :title, head_count = :head_count WHERE id = :id"_s);
    bindStaff(q, staff);
    q.bind(u":id"_s, staff.id).exec();
}

void CouncilRepository::removeStaff(Id id)
{
    sql::Query(m_db, u"DELETE FROM staff WHERE id = :id"_s).bind(u":id"_s, id).exec();
}

} // namespace kiroku
