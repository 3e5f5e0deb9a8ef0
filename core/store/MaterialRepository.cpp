#include "store/MaterialRepository.h"

#include "store/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

const QString materialColumns =
    u"id, meeting_id, agenda_item_id, position, label, title, file_name, file_id, "
    "page_count, distribution, is_public"_s;

Material readMaterial(const sql::Query &q)
{
    Material m;
    m.id = q.value(0).toLongLong();
    m.meetingId = q.value(1).toLongLong();
    m.agendaItemId = sql::toId(q.value(2));
    m.position = q.value(3).toInt();
    m.label = sql::toText(q.value(4));
    m.title = sql::toText(q.value(5));
    m.fileName = sql::toText(q.value(6));
    m.fileId = sql::toId(q.value(7));
    m.pageCount = q.value(8).toInt();
    m.distribution = sql::toEnum(q.value(9), Distribution::Both);
    m.isPublic = q.value(10).toBool();
    return m;
}

void bindMaterial(sql::Query &q, const Material &m)
{
    q.bind(u":meeting_id"_s, m.meetingId)
        .bind(u":agenda_item_id"_s, sql::fromId(m.agendaItemId))
        .bind(u":position"_s, m.position)
        .bind(u":label"_s, sql::fromText(m.label))
        .bind(u":title"_s, sql::fromText(m.title))
        .bind(u":file_name"_s, sql::fromText(m.fileName))
        .bind(u":file_id"_s, sql::fromId(m.fileId))
        .bind(u":page_count"_s, m.pageCount)
        .bind(u":distribution"_s, toKey(m.distribution))
        .bind(u":is_public"_s, m.isPublic ? 1 : 0);
}

QString sha256Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

QVector<Material> MaterialRepository::materials(Id meetingId) const
{
    QVector<Material> result;
    sql::Query q(m_db, u"SELECT "_s + materialColumns +
                           u" FROM material WHERE meeting_id = :meeting ORDER BY position, id"_s);
    q.bind(u":meeting"_s, meetingId).exec();
    while (q.next())
        result.append(readMaterial(q));
    return result;
}

std::optional<Material> MaterialRepository::material(Id id) const
{
    sql::Query q(m_db, u"SELECT "_s + materialColumns + u" FROM material WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return readMaterial(q);
}

Id MaterialRepository::insert(const Material &material)
{
    // A material that had an id (undo of a removal, redo of an addition) gets it back, so the commands
    // that refer to it stay exact.
    const bool keepId = material.id > 0;
    sql::Query q(m_db, u"INSERT INTO material ("_s + (keepId ? u"id, "_s : QString()) +
                           u"meeting_id, agenda_item_id, position, label, title, file_name, file_id, "
                           "page_count, distribution, is_public) VALUES ("_s +
                           (keepId ? u":id, "_s : QString()) +
                           u":meeting_id, :agenda_item_id, :position, :label, :title, :file_name, :file_id, "
                           ":page_count, :distribution, :is_public) RETURNING id"_s);
    bindMaterial(q, material);
    if (keepId)
        q.bind(u":id"_s, material.id);
    return q.insertReturningId();
}

void MaterialRepository::update(const Material &material)
{
    sql::Query q(m_db, u"UPDATE material SET meeting_id = :meeting_id, agenda_item_id = :agenda_item_id, "
                       "position = :position, label = :label, title = :title, file_name = :file_name, "
                       "file_id = :file_id, page_count = :page_count, distribution = :distribution, "
                       "is_public = :is_public WHERE id = :id"_s);
    bindMaterial(q, material);
    q.bind(u":id"_s, material.id).exec();
}

void MaterialRepository::remove(Id id)
{
    sql::Query(m_db, u"DELETE FROM material WHERE id = :id"_s).bind(u":id"_s, id).exec();
}

QVector<MaterialFileVersion> MaterialRepository::fileHistory(Id materialId) const
{
    QVector<MaterialFileVersion> result;
    sql::Query q(m_db, u"SELECT material_id, version, file_id, file_name, page_count, replaced_at"
                       " FROM material_file_version WHERE material_id = :material ORDER BY version"_s);
    q.bind(u":material"_s, materialId).exec();
    while (q.next()) {
        MaterialFileVersion v;
        v.materialId = q.value(0).toLongLong();
        v.version = q.value(1).toInt();
        v.fileId = q.value(2).toLongLong();
        v.fileName = sql::toText(q.value(3));
        v.pageCount = q.value(4).toInt();
        v.replacedAt = sql::toText(q.value(5));
        result.append(v);
    }
    return result;
}

MaterialFileVersion MaterialRepository::keepCurrentFile(const Material &material, const QDateTime &at)
{
    MaterialFileVersion v;
    v.materialId = material.id;
    v.version = sql::scalar(m_db, u"SELECT COALESCE(MAX(version), 0) + 1 FROM material_file_version"
                                  " WHERE material_id = %1"_s.arg(material.id))
                    .toInt();
    v.fileId = material.fileId;
    v.fileName = material.fileName;
    v.pageCount = material.pageCount;
    v.replacedAt = at.toString(Qt::ISODate);
    insertFileVersion(v);
    return v;
}

void MaterialRepository::insertFileVersion(const MaterialFileVersion &version)
{
    sql::Query(m_db,
               u"INSERT INTO material_file_version (material_id, version, file_id, file_name, page_count,"
               " replaced_at) VALUES (:material, :version, :file, :name, :pages, :at)"_s)
        .bind(u":material"_s, version.materialId)
        .bind(u":version"_s, version.version)
        .bind(u":file"_s, version.fileId)
        .bind(u":name"_s, sql::fromText(version.fileName))
        .bind(u":pages"_s, version.pageCount)
        .bind(u":at"_s, version.replacedAt)
        .exec();
}

void MaterialRepository::removeFileVersion(Id materialId, int version)
{
    sql::Query(m_db,
               u"DELETE FROM material_file_version WHERE material_id = :material AND version = :version"_s)
        .bind(u":material"_s, materialId)
        .bind(u":version"_s, version)
        .exec();
}

Id MaterialRepository::storeFile(const QByteArray &data)
{
    const QString sha256 = sha256Of(data);
    sql::Transaction transaction(m_db);
    sql::Query existing(m_db, u"SELECT id FROM stored_file WHERE sha256 = :sha256"_s);
    existing.bind(u":sha256"_s, sha256).exec();
    if (existing.next()) {
        const Id id = existing.value(0).toLongLong();
        transaction.commit();
        return id;
    }
    // A null QByteArray would be bound as NULL; the column wants an empty blob.
    const QByteArray bytes = data.isNull() ? QByteArray("", 0) : data;
    sql::Query q(m_db, u"INSERT INTO stored_file (sha256, data) VALUES (:sha256, :data) RETURNING id"_s);
    q.bind(u":sha256"_s, sha256).bind(u":data"_s, bytes);
    const Id id = q.insertReturningId();
    transaction.commit();
    return id;
}

std::optional<StoredFile> MaterialRepository::file(Id id) const
{
    sql::Query q(m_db, u"SELECT id, sha256, data FROM stored_file WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    StoredFile f;
    f.id = q.value(0).toLongLong();
    f.sha256 = sql::toText(q.value(1));
    f.data = q.value(2).toByteArray();
    // Packets, viewers and exports hand these bytes on: never ones that are not what was stored.
    if (sha256Of(f.data) != f.sha256)
        throw StoreError(QCoreApplication::translate(
                             "kiroku::Store", "The stored file %1 no longer matches its SHA-256 %2: "
                                              "its bytes were altered or damaged. Run kiroku verify and "
                                              "restore a backup.")
                             .arg(f.id)
                             .arg(f.sha256.left(12)),
                         StoreError::Kind::Damaged);
    return f;
}

std::optional<StoredFile> MaterialRepository::fileInfo(Id id) const
{
    sql::Query q(m_db, u"SELECT id, sha256 FROM stored_file WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    StoredFile f;
    f.id = q.value(0).toLongLong();
    f.sha256 = sql::toText(q.value(1));
    return f;
}

} // namespace kiroku
