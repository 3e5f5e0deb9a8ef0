#include "store/SignatureRepository.h"

#include "store/Sql.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

const QString signatureColumns =
    u"id, meeting_id, member_id, position, signed_at, method, strokes, scan_file_id"_s;

Signature readSignature(const sql::Query &q)
{
    Signature s;
    s.id = q.value(0).toLongLong();
    s.meetingId = q.value(1).toLongLong();
    s.memberId = q.value(2).toLongLong();
    s.position = q.value(3).toInt();
    s.signedAt = sql::toDateTime(q.value(4));
    s.method = sql::toEnum(q.value(5), SignatureMethod::None);
    s.strokes = sql::toText(q.value(6)).toUtf8();
    s.scanFileId = sql::toId(q.value(7));
    return s;
}

void bindSignature(sql::Query &q, const Signature &s)
{
    q.bind(u":meeting_id"_s, s.meetingId)
        .bind(u":member_id"_s, s.memberId)
        .bind(u":position"_s, s.position)
        .bind(u":signed_at"_s, sql::fromDateTime(s.signedAt))
        .bind(u":method"_s, toKey(s.method))
        .bind(u":strokes"_s, sql::fromText(QString::fromUtf8(s.strokes)))
        .bind(u":scan_file_id"_s, sql::fromId(s.scanFileId));
}

} // namespace

QVector<Signature> SignatureRepository::signatures(Id meetingId) const
{
    QVector<Signature> result;
    sql::Query q(m_db, u"SELECT "_s + signatureColumns +
                           u" FROM signature WHERE meeting_id = :meeting ORDER BY position, id"_s);
    q.bind(u":meeting"_s, meetingId).exec();
    while (q.next())
        result.append(readSignature(q));
    return result;
}

std::optional<Signature> SignatureRepository::signature(Id id) const
{
    sql::Query q(m_db, u"SELECT "_s + signatureColumns + u" FROM signature WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return readSignature(q);
}

Id SignatureRepository::insert(const Signature &signature)
{
    sql::Query q(m_db,
                 u"INSERT INTO signature (meeting_id, member_id, position, signed_at, method, strokes, "
                 "scan_file_id) VALUES (:meeting_id, :member_id, :position, :signed_at, :method, :strokes, "
                 ":scan_file_id) RETURNING id"_s);
    bindSignature(q, signature);
    return q.insertReturningId();
}

void SignatureRepository::update(const Signature &signature)
{
    sql::Query q(m_db, u"UPDATE signature SET meeting_id = :meeting_id, member_id = :member_id, "
                       "position = :position, signed_at = :signed_at, method = :method, strokes = :strokes, "
                       "scan_file_id = :scan_file_id WHERE id = :id"_s);
    bindSignature(q, signature);
    q.bind(u":id"_s, signature.id).exec();
}

void SignatureRepository::remove(Id id)
{
    sql::Query(m_db, u"DELETE FROM signature WHERE id = :id"_s).bind(u":id"_s, id).exec();
}

void SignatureRepository::designate(Id meetingId, const QVector<Id> &memberIds)
{
    sql::Transaction transaction(m_db);

    QHash<Id, Id> existing; // member id -> signature id
    for (const Signature &s : signatures(meetingId))
        existing.insert(s.memberId, s.id);

    QVector<Id> wanted;
    for (Id memberId : memberIds) {
        if (!wanted.contains(memberId))
            wanted.append(memberId);
    }

    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        if (!wanted.contains(it.key()))
            remove(it.value());
    }

    for (int position = 0; position < wanted.size(); ++position) {
        const Id memberId = wanted.at(position);
        const auto found = existing.constFind(memberId);
        if (found != existing.cend()) {
            sql::Query(m_db, u"UPDATE signature SET position = :position WHERE id = :id"_s)
                .bind(u":position"_s, position)
                .bind(u":id"_s, found.value())
                .exec();
        } else {
            Signature s;
            s.meetingId = meetingId;
            s.memberId = memberId;
            s.position = position;
            insert(s);
        }
    }

    transaction.commit();
}

} // namespace kiroku
