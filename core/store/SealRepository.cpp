#include "store/SealRepository.h"

#include "store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

const QString entryColumns =
    u"seq, meeting_id, record_version, sealed_at, content_hash, previous_hash, chain_hash"_s;

SealEntry readEntry(const sql::Query &q)
{
    SealEntry e;
    e.seq = q.value(0).toLongLong();
    e.meetingId = q.value(1).toLongLong();
    e.recordVersion = q.value(2).toInt();
    e.sealedAt = q.value(3).toString();
    e.contentHash = q.value(4).toString();
    e.previousHash = q.value(5).toString();
    e.chainHash = q.value(6).toString();
    return e;
}

RecordVersion readVersion(const sql::Query &q)
{
    RecordVersion v;
    v.meetingId = q.value(0).toLongLong();
    v.version = q.value(1).toInt();
    v.canonical = q.value(2).toString().toUtf8();
    v.correctedAt = q.value(3).toString();
    v.reason = q.value(4).toString();
    return v;
}

// A stored value as JSON: NULL -> null, integers -> numbers, everything else -> its text.
QJsonValue canonicalValue(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    case QMetaType::QByteArray:
        return QJsonValue(QString::fromLatin1(value.toByteArray().toBase64()));
    default:
        return QJsonValue(value.toString());
    }
}

QJsonArray canonicalRows(const QSqlDatabase &db, const QString &statement, Id meetingId)
{
    QJsonArray rows;
    sql::Query q(db, statement);
    q.bind(u":meeting"_s, meetingId).exec();
    while (q.next()) {
        const QSqlRecord record = q.raw().record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), canonicalValue(record.value(i)));
        rows.append(row);
    }
    return rows;
}

} // namespace

QVector<SealEntry> SealRepository::entries() const
{
    QVector<SealEntry> result;
    sql::Query q(m_db, u"SELECT "_s + entryColumns + u" FROM seal ORDER BY seq"_s);
    q.exec();
    while (q.next())
        result.append(readEntry(q));
    return result;
}

std::optional<SealEntry> SealRepository::last() const
{
    sql::Query q(m_db, u"SELECT "_s + entryColumns + u" FROM seal ORDER BY seq DESC LIMIT 1"_s);
    q.exec();
    if (!q.next())
        return std::nullopt;
    return readEntry(q);
}

std::optional<SealEntry> SealRepository::entry(Id meetingId, int recordVersion) const
{
    sql::Query q(m_db, u"SELECT "_s + entryColumns +
                           u" FROM seal WHERE meeting_id = :meeting AND record_version = :version"_s);
    q.bind(u":meeting"_s, meetingId).bind(u":version"_s, recordVersion).exec();
    if (!q.next())
        return std::nullopt;
    return readEntry(q);
}

void SealRepository::append(const SealEntry &e)
{
    sql::Query(m_db, u"INSERT INTO seal (seq, meeting_id, record_version, sealed_at, content_hash, "
                     "previous_hash, chain_hash) VALUES (:seq, :meeting, :version, :at, :content, :previous, "
                     ":chain)"_s)
        .bind(u":seq"_s, e.seq)
        .bind(u":meeting"_s, e.meetingId)
        .bind(u":version"_s, e.recordVersion)
        .bind(u":at"_s, e.sealedAt)
        .bind(u":content"_s, e.contentHash)
        .bind(u":previous"_s, e.previousHash)
        .bind(u":chain"_s, e.chainHash)
        .exec();
}

QVector<RecordVersion> SealRepository::versions(Id meetingId) const
{
    QVector<RecordVersion> result;
    sql::Query q(m_db, u"SELECT meeting_id, version, canonical, corrected_at, reason FROM record_version "
                       "WHERE meeting_id = :meeting ORDER BY version"_s);
    q.bind(u":meeting"_s, meetingId).exec();
    while (q.next())
        result.append(readVersion(q));
    return result;
}

std::optional<RecordVersion> SealRepository::version(Id meetingId, int version) const
{
    sql::Query q(m_db, u"SELECT meeting_id, version, canonical, corrected_at, reason FROM record_version "
                       "WHERE meeting_id = :meeting AND version = :version"_s);
    q.bind(u":meeting"_s, meetingId).bind(u":version"_s, version).exec();
    if (!q.next())
        return std::nullopt;
    return readVersion(q);
}

MeetingSealState SealRepository::state(Id meetingId) const
{
    sql::Query q(m_db, u"SELECT status, record_version FROM meeting WHERE id = :id"_s);
    q.bind(u":id"_s, meetingId).exec();
    MeetingSealState s;
    if (q.next()) {
        s.exists = true;
        s.status = q.value(0).toString();
        s.recordVersion = q.value(1).toInt();
    }
    return s;
}

QVector<Id> SealRepository::sealedMeetings() const
{
    QVector<Id> result;
    sql::Query q(m_db, u"SELECT id FROM meeting WHERE status = 'sealed' ORDER BY id"_s);
    q.exec();
    while (q.next())
        result.append(q.value(0).toLongLong());
    return result;
}

QByteArray SealRepository::canonicalRecord(Id meetingId) const
{
    // The field lists are the definition in docs/sealing.md: change them only with a new "format".
    const QJsonArray meeting = canonicalRows(
        m_db,
        u"SELECT m.id, m.council_id, m.fiscal_year, m.number, m.date, m.start_time, m.end_time, m.venue, "
        "m.mode, m.publicity, m.closed_reason, m.observers_allowed, m.observer_count, m.observers_reason, "
        "m.chair_member_id, (SELECT name FROM member WHERE id = m.chair_member_id) AS chair_name, "
        "m.record_version FROM meeting m WHERE m.id = :meeting"_s,
        meetingId);
    if (meeting.isEmpty())
        return {};
    QJsonObject record;
    record.insert(u"format"_s, u"kiroku-record/1"_s);
    record.insert(u"meeting"_s, meeting.first());
    record.insert(
        u"attendance"_s,
        canonicalRows(m_db,
                      u"SELECT a.member_id, (SELECT name FROM member WHERE id = a.member_id) AS name, "
                      "a.status, a.arrived_at, a.left_at, a.note FROM attendance a "
                      "WHERE a.meeting_id = :meeting ORDER BY a.member_id"_s,
                      meetingId));
    record.insert(u"staff_present"_s, canonicalRows(m_db,
                                                    u"SELECT staff_id FROM meeting_staff WHERE meeting_id = "
                                                    ":meeting ORDER BY staff_id"_s,
                                                    meetingId));
    record.insert(
        u"agenda"_s,
        canonicalRows(m_db,
                      u"SELECT id, position, kind, number, title, publicity, closed_reason, outcome, "
                      "vote_kind, votes_for, votes_against, votes_abstain, consultation_id "
                      "FROM agenda_item WHERE meeting_id = :meeting ORDER BY position, id"_s,
                      meetingId));
    record.insert(u"statements"_s,
                  canonicalRows(m_db,
                                u"SELECT id, agenda_item_id, position, kind, speaker, member_id, staff_id, "
                                "text, spoken_at FROM statement WHERE meeting_id = :meeting "
                                "ORDER BY position, id"_s,
                                meetingId));
    record.insert(
        u"materials"_s,
        canonicalRows(m_db,
                      u"SELECT m.id, m.agenda_item_id, m.position, m.label, m.title, m.file_name, "
                      "(SELECT sha256 FROM stored_file WHERE id = m.file_id) AS file_sha256, m.page_count, "
                      "m.distribution, m.is_public FROM material m WHERE m.meeting_id = :meeting "
                      "ORDER BY m.position, m.id"_s,
                      meetingId));
    record.insert(
        u"signatures"_s,
        canonicalRows(m_db,
                      u"SELECT s.member_id, (SELECT name FROM member WHERE id = s.member_id) AS name, "
                      "s.position, s.signed_at, s.method, s.strokes, "
                      "(SELECT sha256 FROM stored_file WHERE id = s.scan_file_id) AS scan_sha256 "
                      "FROM signature s WHERE s.meeting_id = :meeting ORDER BY s.position, s.member_id"_s,
                      meetingId));
    record.insert(u"corrections"_s, canonicalRows(m_db,
                                                  u"SELECT version, corrected_at, reason FROM record_version "
                                                  "WHERE meeting_id = :meeting ORDER BY version"_s,
                                                  meetingId));
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

std::optional<QByteArray> SealRepository::storedFileData(const QString &sha256) const
{
    sql::Query q(m_db, u"SELECT data FROM stored_file WHERE sha256 = :sha"_s);
    q.bind(u":sha"_s, sha256).exec();
    if (!q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

QVector<MaterialHistoryFile> SealRepository::materialFileHistory(Id meetingId) const
{
    QVector<MaterialHistoryFile> result;
    sql::Query q(m_db, u"SELECT m.id, m.label, m.title, v.version, f.sha256 FROM material_file_version v "
                       "JOIN material m ON m.id = v.material_id LEFT JOIN stored_file f ON f.id = v.file_id "
                       "WHERE m.meeting_id = :meeting ORDER BY m.position, m.id, v.version"_s);
    q.bind(u":meeting"_s, meetingId).exec();
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toInt(), q.value(4).toString()});
    return result;
}

void SealRepository::markSealed(Id meetingId)
{
    sql::Query(m_db, u"UPDATE meeting SET status = 'sealed' WHERE id = :id"_s)
        .bind(u":id"_s, meetingId)
        .exec();
}

void SealRepository::openCorrection(const RecordVersion &superseded)
{
    sql::Transaction transaction(m_db);
    sql::Query(m_db, u"INSERT INTO record_version (meeting_id, version, canonical, corrected_at, reason) "
                     "VALUES (:meeting, :version, :canonical, :at, :reason)"_s)
        .bind(u":meeting"_s, superseded.meetingId)
        .bind(u":version"_s, superseded.version)
        .bind(u":canonical"_s, QString::fromUtf8(superseded.canonical))
        .bind(u":at"_s, superseded.correctedAt)
        .bind(u":reason"_s, superseded.reason)
        .exec();
    sql::Query(m_db, u"UPDATE meeting SET status = 'finalised', record_version = record_version + 1 "
                     "WHERE id = :id"_s)
        .bind(u":id"_s, superseded.meetingId)
        .exec();
    sql::Query(m_db, u"UPDATE signature SET signed_at = NULL, method = 'none', strokes = '', "
                     "scan_file_id = NULL WHERE meeting_id = :id"_s)
        .bind(u":id"_s, superseded.meetingId)
        .exec();
    transaction.commit();
}

} // namespace kiroku
