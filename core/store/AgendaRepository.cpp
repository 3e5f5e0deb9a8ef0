#include "store/AgendaRepository.h"

#include "store/Sql.h"

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

const QString agendaColumns =
    u"id, meeting_id, position, kind, number, title, publicity, closed_reason, outcome, "
    "vote_kind, votes_for, votes_against, votes_abstain, consultation_id, report_id"_s;

AgendaItem readItem(const sql::Query &q)
{
    AgendaItem a;
    a.id = q.value(0).toLongLong();
    a.meetingId = q.value(1).toLongLong();
    a.position = q.value(2).toInt();
    a.kind = sql::toEnum(q.value(3), AgendaKind::Other);
    a.number = sql::toText(q.value(4));
    a.title = sql::toText(q.value(5));
    a.publicity = sql::toEnum(q.value(6), Publicity::Public);
    a.closedReason = sql::toText(q.value(7));
    a.outcome = sql::toEnum(q.value(8), Outcome::None);
    a.voteKind = sql::toEnum(q.value(9), VoteKind::None);
    a.votesFor = q.value(10).toInt();
    a.votesAgainst = q.value(11).toInt();
    a.votesAbstain = q.value(12).toInt();
    a.consultationId = sql::toId(q.value(13));
    a.reportId = sql::toId(q.value(14));
    return a;
}

void bindItem(sql::Query &q, const AgendaItem &a)
{
    q.bind(u":meeting_id"_s, a.meetingId)
        .bind(u":position"_s, a.position)
        .bind(u":kind"_s, toKey(a.kind))
        .bind(u":number"_s, sql::fromText(a.number))
        .bind(u":title"_s, sql::fromText(a.title))
        .bind(u":publicity"_s, toKey(a.publicity))
        .bind(u":closed_reason"_s, sql::fromText(a.closedReason))
        .bind(u":outcome"_s, toKey(a.outcome))
        .bind(u":vote_kind"_s, toKey(a.voteKind))
        .bind(u":votes_for"_s, a.votesFor)
        .bind(u":votes_against"_s, a.votesAgainst)
        .bind(u":votes_abstain"_s, a.votesAbstain)
        .bind(u":consultation_id"_s, sql::fromId(a.consultationId))
        .bind(u":report_id"_s, sql::fromId(a.reportId));
}

int countItems(const QSqlDatabase &db, Id meetingId)
{
    sql::Query q(db, u"SELECT COUNT(*) FROM agenda_item WHERE meeting_id = :meeting"_s);
    q.bind(u":meeting"_s, meetingId).exec();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace

QVector<AgendaItem> AgendaRepository::items(Id meetingId) const
{
    QVector<AgendaItem> result;
    sql::Query q(m_db, u"SELECT "_s + agendaColumns +
                           u" FROM agenda_item WHERE meeting_id = :meeting ORDER BY position, id"_s);
    q.bind(u":meeting"_s, meetingId).exec();
    while (q.next())
        result.append(readItem(q));
    return result;
}

std::optional<AgendaItem> AgendaRepository::item(Id id) const
{
    sql::Query q(m_db, u"SELECT "_s + agendaColumns + u" FROM agenda_item WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return readItem(q);
}

Id AgendaRepository::insert(const AgendaItem &item)
{
    sql::Transaction transaction(m_db);
    AgendaItem placed = item;
    placed.position = std::clamp(item.position, 0, countItems(m_db, item.meetingId));
    sql::Query(m_db, u"UPDATE agenda_item SET position = position + 1 WHERE meeting_id = :meeting AND "
                     "position >= :position"_s)
        .bind(u":meeting"_s, placed.meetingId)
        .bind(u":position"_s, placed.position)
        .exec();
    // An id that is set comes back (undo of a removal), so statements and materials find it again.
    const bool keepId = item.id > 0;
    sql::Query q(
        m_db, u"INSERT INTO agenda_item ("_s + (keepId ? u"id, "_s : QString()) +
                  u"meeting_id, position, kind, number, title, publicity, closed_reason, "
                  "outcome, vote_kind, votes_for, votes_against, votes_abstain, consultation_id, report_id) "
                  "VALUES ("_s +
                  (keepId ? u":id, "_s : QString()) +
                  u":meeting_id, :position, :kind, :number, :title, :publicity, :closed_reason, :outcome, "
                  ":vote_kind, :votes_for, :votes_against, :votes_abstain, :consultation_id, :report_id) "
                  "RETURNING id"_s);
    bindItem(q, placed);
    if (keepId)
        q.bind(u":id"_s, item.id);
    const Id id = q.insertReturningId();
    transaction.commit();
    return id;
}

void AgendaRepository::update(const AgendaItem &item)
{
    sql::Query q(m_db,
                 u"UPDATE agenda_item SET meeting_id = :meeting_id, position = :position, kind = :kind, "
                 "number = :number, title = :title, publicity = :publicity, closed_reason = :closed_reason, "
                 "outcome = :outcome, vote_kind = :vote_kind, votes_for = :votes_for, votes_against = "
                 ":votes_against, votes_abstain = :votes_abstain, consultation_id = :consultation_id, "
                 "report_id = :report_id WHERE id = :id"_s);
    bindItem(q, item);
    q.bind(u":id"_s, item.id).exec();
}

void AgendaRepository::remove(Id id)
{
    const auto existing = item(id);
    if (!existing)
        return;
    sql::Transaction transaction(m_db);
    sql::Query(m_db, u"DELETE FROM agenda_item WHERE id = :id"_s).bind(u":id"_s, id).exec();
    sql::Query(m_db, u"UPDATE agenda_item SET position = position - 1 WHERE meeting_id = :meeting AND "
                     "position > :position"_s)
        .bind(u":meeting"_s, existing->meetingId)
        .bind(u":position"_s, existing->position)
        .exec();
    transaction.commit();
}

void AgendaRepository::move(Id id, int newPosition)
{
    const auto existing = item(id);
    if (!existing)
        return;
    sql::Transaction transaction(m_db);
    QVector<AgendaItem> list = items(existing->meetingId);
    const auto from =
        std::find_if(list.begin(), list.end(), [id](const AgendaItem &a) { return a.id == id; });
    AgendaItem moving = *from;
    list.erase(from);
    list.insert(std::clamp(newPosition, 0, int(list.size())), moving);
    sql::Query q(m_db, u"UPDATE agenda_item SET position = :position WHERE id = :id"_s);
    for (int i = 0; i < list.size(); ++i)
        q.bind(u":position"_s, i).bind(u":id"_s, list[i].id).exec();
    transaction.commit();
}

QVector<AgendaItem> AgendaRepository::itemsOfConsultation(Id consultationId) const
{
    QVector<AgendaItem> result;
    sql::Query q(
        m_db, u"SELECT a.id, a.meeting_id, a.position, a.kind, a.number, a.title, a.publicity, "
              "a.closed_reason, a.outcome, a.vote_kind, a.votes_for, a.votes_against, a.votes_abstain, "
              "a.consultation_id, a.report_id FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id WHERE "
              "a.consultation_id = :consultation ORDER BY m.date, m.id, a.position"_s);
    q.bind(u":consultation"_s, consultationId).exec();
    while (q.next())
        result.append(readItem(q));
    return result;
}

QVector<AgendaItem> AgendaRepository::itemsOfReport(Id reportId) const
{
    QVector<AgendaItem> result;
    sql::Query q(m_db,
                 u"SELECT "_s + agendaColumns + u" FROM agenda_item WHERE report_id = :report ORDER BY id"_s);
    q.bind(u":report"_s, reportId).exec();
    while (q.next())
        result.append(readItem(q));
    return result;
}

AgendaLinks AgendaRepository::links(Id itemId) const
{
    AgendaLinks links;
    for (const auto &[table, ids] :
         {std::pair{u"statement"_s, &links.statements}, std::pair{u"material"_s, &links.materials}}) {
        sql::Query q(m_db, u"SELECT id FROM %1 WHERE agenda_item_id = :item ORDER BY id"_s.arg(table));
        q.bind(u":item"_s, itemId).exec();
        while (q.next())
            ids->append(q.value(0).toLongLong());
    }
    return links;
}

void AgendaRepository::relink(Id itemId, const AgendaLinks &links)
{
    for (const auto &[table, ids] :
         {std::pair{u"statement"_s, &links.statements}, std::pair{u"material"_s, &links.materials}}) {
        for (const Id id : *ids)
            sql::Query(m_db, u"UPDATE %1 SET agenda_item_id = :item WHERE id = :id"_s.arg(table))
                .bind(u":item"_s, itemId)
                .bind(u":id"_s, id)
                .exec();
    }
}

} // namespace kiroku
