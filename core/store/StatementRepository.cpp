#include "store/StatementRepository.h"

#include "store/Sql.h"

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

const QString statementColumns =
    u"id, meeting_id, agenda_item_id, position, kind, speaker, member_id, staff_id, text, spoken_at"_s;

Statement readStatement(const sql::Query &q)
{
    Statement s;
    s.id = q.value(0).toLongLong();
    s.meetingId = q.value(1).toLongLong();
    s.agendaItemId = sql::toId(q.value(2));
    s.position = q.value(3).toInt();
    s.kind = sql::toEnum(q.value(4), StatementKind::Speech);
    s.speaker = sql::toText(q.value(5));
    s.memberId = sql::toId(q.value(6));
    s.staffId = sql::toId(q.value(7));
    s.text = sql::toText(q.value(8));
    s.spokenAt = sql::toTime(q.value(9));
    return s;
}

void bindStatement(sql::Query &q, const Statement &s)
{
    q.bind(u":meeting_id"_s, s.meetingId)
        .bind(u":agenda_item_id"_s, sql::fromId(s.agendaItemId))
        .bind(u":position"_s, s.position)
        .bind(u":kind"_s, toKey(s.kind))
        .bind(u":speaker"_s, sql::fromText(s.speaker))
        .bind(u":member_id"_s, sql::fromId(s.memberId))
        .bind(u":staff_id"_s, sql::fromId(s.staffId))
        .bind(u":text"_s, sql::fromText(s.text))
        .bind(u":spoken_at"_s, sql::fromTime(s.spokenAt));
}

const QString insertStatement =
    u"INSERT INTO statement (meeting_id, agenda_item_id, position, kind, speaker, member_id, staff_id, text, "
    "spoken_at) VALUES (:meeting_id, :agenda_item_id, :position, :kind, :speaker, :member_id, :staff_id, "
    ":text, "
    ":spoken_at) RETURNING id"_s;

const QString insertStatementWithId =
    u"INSERT INTO statement (id, meeting_id, agenda_item_id, position, kind, speaker, member_id, staff_id, "
    "text, spoken_at) VALUES (:id, :meeting_id, :agenda_item_id, :position, :kind, :speaker, :member_id, "
    ":staff_id, :text, :spoken_at) RETURNING id"_s;

int endPosition(const QSqlDatabase &db, Id meetingId)
{
    sql::Query q(db, u"SELECT COALESCE(MAX(position) + 1, 0) FROM statement WHERE meeting_id = :meeting"_s);
    q.bind(u":meeting"_s, meetingId).exec();
    return q.next() ? q.value(0).toInt() : 0;
}

DraftLine readDraft(const sql::Query &q)
{
    DraftLine d;
    d.meetingId = q.value(0).toLongLong();
    d.agendaItemId = sql::toId(q.value(1));
    d.kind = sql::toEnum(q.value(2), StatementKind::Speech);
    d.speaker = sql::toText(q.value(3));
    d.memberId = sql::toId(q.value(4));
    d.staffId = sql::toId(q.value(5));
    d.text = sql::toText(q.value(6));
    d.savedAt = sql::toDateTime(q.value(7));
    return d;
}

const QString draftColumns =
    u"meeting_id, agenda_item_id, kind, speaker, member_id, staff_id, text, saved_at"_s;

} // namespace

QVector<Statement> StatementRepository::statements(Id meetingId) const
{
    QVector<Statement> result;
    sql::Query q(m_db, u"SELECT "_s + statementColumns +
                           u" FROM statement WHERE meeting_id = :meeting ORDER BY position, id"_s);
    q.bind(u":meeting"_s, meetingId).exec();
    while (q.next())
        result.append(readStatement(q));
    return result;
}

int StatementRepository::count(Id meetingId) const
{
    sql::Query q(m_db, u"SELECT COUNT(*) FROM statement WHERE meeting_id = :meeting"_s);
    q.bind(u":meeting"_s, meetingId).exec();
    return q.next() ? q.value(0).toInt() : 0;
}

std::optional<Statement> StatementRepository::statement(Id id) const
{
    sql::Query q(m_db, u"SELECT "_s + statementColumns + u" FROM statement WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return readStatement(q);
}

Id StatementRepository::insert(const Statement &statement)
{
    sql::Transaction transaction(m_db);
    Statement placed = statement;
    placed.position = std::clamp(statement.position, 0, endPosition(m_db, statement.meetingId));
    sql::Query(m_db, u"UPDATE statement SET position = position + 1 WHERE meeting_id = :meeting AND "
                     "position >= :position"_s)
        .bind(u":meeting"_s, placed.meetingId)
        .bind(u":position"_s, placed.position)
        .exec();
    // A statement that had an id (undo of a removal, a split or a move) gets it back, so the commands
    // that refer to it stay exact.
    sql::Query q(m_db, placed.id > 0 ? insertStatementWithId : insertStatement);
    bindStatement(q, placed);
    if (placed.id > 0)
        q.bind(u":id"_s, placed.id);
    const Id id = q.insertReturningId();
    transaction.commit();
    return id;
}

Id StatementRepository::append(const Statement &statement)
{
    Statement placed = statement;
    placed.position = endPosition(m_db, statement.meetingId);
    sql::Query q(m_db, insertStatement);
    bindStatement(q, placed);
    return q.insertReturningId();
}

void StatementRepository::appendAll(Id meetingId, QVector<Statement> &statements)
{
    sql::Transaction transaction(m_db);
    int position = endPosition(m_db, meetingId);
    sql::Query q(m_db, insertStatement);
    for (Statement &s : statements) {
        s.meetingId = meetingId;
        s.position = position++;
        bindStatement(q, s);
        s.id = q.insertReturningId();
    }
    transaction.commit();
}

void StatementRepository::update(const Statement &statement)
{
    sql::Query q(
        m_db, u"UPDATE statement SET meeting_id = :meeting_id, agenda_item_id = :agenda_item_id, position = "
              ":position, kind = :kind, speaker = :speaker, member_id = :member_id, staff_id = :staff_id, "
              "text = :text, spoken_at = :spoken_at WHERE id = :id"_s);
    bindStatement(q, statement);
    q.bind(u":id"_s, statement.id).exec();
}

void StatementRepository::remove(Id id)
{
    const auto existing = statement(id);
    if (!existing)
        return;
    sql::Transaction transaction(m_db);
    sql::Query(m_db, u"DELETE FROM statement WHERE id = :id"_s).bind(u":id"_s, id).exec();
    sql::Query(m_db, u"UPDATE statement SET position = position - 1 WHERE meeting_id = :meeting AND "
                     "position > :position"_s)
        .bind(u":meeting"_s, existing->meetingId)
        .bind(u":position"_s, existing->position)
        .exec();
    transaction.commit();
}

QVector<Id> StatementRepository::idsSpokenByStaff(Id staffId) const
{
    QVector<Id> ids;
    sql::Query q(m_db, u"SELECT id FROM statement WHERE staff_id = :staff ORDER BY id"_s);
    q.bind(u":staff"_s, staffId).exec();
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

void StatementRepository::linkStaff(const QVector<Id> &statementIds, Id staffId)
{
    sql::Transaction transaction(m_db);
    sql::Query q(m_db, u"UPDATE statement SET staff_id = :staff WHERE id = :id"_s);
    for (Id id : statementIds)
        q.bind(u":staff"_s, staffId).bind(u":id"_s, id).exec();
    transaction.commit();
}

std::optional<DraftLine> StatementRepository::draftLine(Id meetingId) const
{
    sql::Query q(m_db, u"SELECT "_s + draftColumns + u" FROM draft_line WHERE meeting_id = :meeting"_s);
    q.bind(u":meeting"_s, meetingId).exec();
    if (!q.next())
        return std::nullopt;
    return readDraft(q);
}

void StatementRepository::saveDraftLine(const DraftLine &d)
{
    sql::Transaction transaction(m_db);
    clearDraftLine(d.meetingId);
    sql::Query(m_db, u"INSERT INTO draft_line ("_s + draftColumns +
                         u") VALUES (:meeting, :item, :kind, :speaker, :member, :staff, :text, :saved)"_s)
        .bind(u":meeting"_s, d.meetingId)
        .bind(u":item"_s, sql::fromId(d.agendaItemId))
        .bind(u":kind"_s, toKey(d.kind))
        .bind(u":speaker"_s, sql::fromText(d.speaker))
        .bind(u":member"_s, sql::fromId(d.memberId))
        .bind(u":staff"_s, sql::fromId(d.staffId))
        .bind(u":text"_s, sql::fromText(d.text))
        .bind(u":saved"_s, sql::fromDateTime(d.savedAt))
        .exec();
    transaction.commit();
}

void StatementRepository::clearDraftLine(Id meetingId)
{
    sql::Query(m_db, u"DELETE FROM draft_line WHERE meeting_id = :meeting"_s)
        .bind(u":meeting"_s, meetingId)
        .exec();
}

QVector<DraftLine> StatementRepository::allDraftLines() const
{
    QVector<DraftLine> result;
    sql::Query q(m_db,
                 u"SELECT "_s + draftColumns + u" FROM draft_line WHERE text <> '' ORDER BY saved_at"_s);
    q.exec();
    while (q.next())
        result.append(readDraft(q));
    return result;
}

} // namespace kiroku
