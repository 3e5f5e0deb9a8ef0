#include "io/ArchiveJson.h"

#include "io/ArchiveJsonCheck.h"
#include "store/Dialect.h"
#include "store/Schema.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlField>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

using Level = JsonLevel;

const Level &meetingLevel()
{
    static const Level level{
        u"meetings"_s,
        u"meeting"_s,
        u"council_id"_s,
        u"fiscal_year, number, id"_s,
        {
            {u"attendance"_s, u"attendance"_s, u"meeting_id"_s, u"member_id"_s, {}},
            {u"staff_present"_s, u"meeting_staff"_s, u"meeting_id"_s, u"staff_id"_s, {}},
            {u"agenda"_s, u"agenda_item"_s, u"meeting_id"_s, u"position, id"_s, {}},
            {u"statements"_s, u"statement"_s, u"meeting_id"_s, u"position, id"_s, {}},
            {u"materials"_s,
             u"material"_s,
             u"meeting_id"_s,
             u"position, id"_s,
             {{u"file_history"_s, u"material_file_version"_s, u"material_id"_s, u"version"_s, {}}}},
            {u"signatures"_s, u"signature"_s, u"meeting_id"_s, u"position, id"_s, {}},
            {u"draft_line"_s, u"draft_line"_s, u"meeting_id"_s, u"meeting_id"_s, {}},
        }};
    return level;
}

const Level &councilLevel()
{
    static const Level level{
        u"councils"_s,
        u"council"_s,
        {},
        u"id"_s,
        {
            {u"members"_s, u"member"_s, u"council_id"_s, u"id"_s, {}},
            {u"staff"_s, u"staff"_s, u"council_id"_s, u"id"_s, {}},
            {u"consultations"_s,
             u"consultation"_s,
             u"council_id"_s,
             u"id"_s,
             {{u"responses"_s, u"response"_s, u"consultation_id"_s, u"id"_s, {}}}},
            {u"reports"_s, u"report"_s, u"council_id"_s, u"fiscal_year, number, id"_s, {}},
            meetingLevel(),
            {u"subcommittees"_s,
             u"subcommittee"_s,
             u"council_id"_s,
             u"id"_s,
             {{u"members"_s, u"subcommittee_member"_s, u"subcommittee_id"_s, u"position, member_id"_s, {}},
              {u"referrals"_s, u"subcommittee_referral"_s, u"subcommittee_id"_s, u"consultation_id"_s, {}},
              {u"meetings"_s,
               u"subcommittee_meeting"_s,
               u"subcommittee_id"_s,
               u"number, id"_s,
               {{u"attendance"_s,
                 u"subcommittee_attendance"_s,
                 u"subcommittee_meeting_id"_s,
                 u"member_id"_s,
                 {}},
                {u"items"_s,
                 u"subcommittee_item"_s,
                 u"subcommittee_meeting_id"_s,
                 u"consultation_id"_s,
                 {}}}}}},
            {u"mask_terms"_s, u"mask_term"_s, u"council_id"_s, u"term, id"_s, {}},
            {u"notation_rules"_s, u"notation_rule"_s, u"council_id"_s, u"position, id"_s, {}},
            {u"stage_directions"_s, u"stage_direction"_s, u"council_id"_s, u"position, id"_s, {}},
            {u"pia_evaluations"_s,
             u"pia_evaluation"_s,
             u"council_id"_s,
             u"id"_s,
             {
                 {u"opinions"_s, u"pia_opinion"_s, u"evaluation_id"_s, u"position, id"_s, {}},
                 {u"viewpoints"_s,
                  u"pia_viewpoint"_s,
                  u"evaluation_id"_s,
                  u"position, id"_s,
                  {{u"statements"_s,
                    u"pia_viewpoint_statement"_s,
                    u"viewpoint_id"_s,
                    u"statement_id"_s,
                    {}}}},
                 {u"questions"_s, u"pia_question"_s, u"evaluation_id"_s, u"number, id"_s, {}},
                 {u"changes"_s, u"pia_change"_s, u"evaluation_id"_s, u"position, id"_s, {}},
             }},
        }};
    return level;
}

const Level filesLevel{u"files"_s, u"stored_file"_s, {}, u"id"_s, {}};
// The seal chain and the versions kept by corrections (docs/sealing.md), across councils.
const Level sealsLevel{u"seals"_s, u"seal"_s, {}, u"seq"_s, {}};
const Level recordVersionsLevel{u"record_versions"_s, u"record_version"_s, {}, u"meeting_id, version"_s, {}};

QJsonValue toJson(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
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

// Rows of one table under one parent (or all rows when the level has no parent column).
QJsonArray exportRows(const QSqlDatabase &db, const Level &level, const QString &where, const QVariant &key)
{
    QString statement = u"SELECT * FROM "_s + level.table;
    if (!where.isEmpty())
        statement += u" WHERE "_s + where + u" = :key"_s;
    statement += u" ORDER BY "_s + level.orderBy;
    sql::Query q(db, statement);
    if (!where.isEmpty())
        q.bind(u":key"_s, key);
    q.exec();
    QJsonArray rows;
    while (q.next()) {
        const QSqlRecord record = q.raw().record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i) {
            const QString column = record.fieldName(i);
            if (column != level.parentColumn)
                row.insert(column, toJson(record.value(i)));
        }
        rows.append(row);
    }
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        if (level.children.isEmpty())
            break;
        QJsonObject row = it->toObject();
        // Children hang off the row's id; draft_line/attendance have no id and no children.
        for (const Level &child : level.children)
            row.insert(child.key, exportRows(db, child, child.parentColumn, row.value(u"id"_s).toVariant()));
        *it = row;
    }
    return rows;
}

QJsonObject exportOne(const QSqlDatabase &db, const Level &level, Id id)
{
    const QJsonArray rows = exportRows(db, level, u"id"_s, id);
    if (rows.isEmpty())
        throw StoreError(QCoreApplication::translate("kiroku::ArchiveJson", "Row %1 of %2 does not exist.")
                             .arg(id)
                             .arg(level.table));
    return rows.first().toObject();
}

struct ColumnInfo
{
    QStringList names;
    QSet<QString> blobs;
};

ColumnInfo columnsOf(const QSqlDatabase &db, const QString &table)
{
    ColumnInfo info;
    const QSqlRecord record = db.record(table);
    for (int i = 0; i < record.count(); ++i) {
        info.names << record.fieldName(i);
        if (record.field(i).metaType().id() == QMetaType::QByteArray)
            info.blobs.insert(record.fieldName(i));
    }
    return info;
}

class Importer
{
public:
    explicit Importer(const QSqlDatabase &db)
        : m_db(db)
    {}

    void importRows(const Level &level, const QJsonValue &value, const QVariant &parentId,
                    const QString &path)
    {
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isArray())
            throw StoreError(
                QCoreApplication::translate("kiroku::ArchiveJson", "%1 must be a list.").arg(path));
        const QJsonArray rows = value.toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QString rowPath = u"%1[%2]"_s.arg(path).arg(i);
            if (!rows[i].isObject())
                throw StoreError(
                    QCoreApplication::translate("kiroku::ArchiveJson", "%1 must be an object.").arg(rowPath));
            importRow(level, rows[i].toObject(), parentId, rowPath);
        }
    }

    void importRow(const Level &level, const QJsonObject &row, const QVariant &parentId, const QString &path)
    {
        const ColumnInfo &columns = columnInfo(level.table);
        QStringList names;
        QVariantList values;
        for (auto it = row.begin(); it != row.end(); ++it) {
            if (std::any_of(level.children.begin(), level.children.end(),
                            [&](const Level &child) { return child.key == it.key(); }))
                continue;
            if (!columns.names.contains(it.key()) || it.key() == level.parentColumn)
                throw StoreError(
                    QCoreApplication::translate("kiroku::ArchiveJson", "%1: unknown field \"%2\".")
                        .arg(path, it.key()));
            names << it.key();
            values << fromJson(it.value(), columns.blobs.contains(it.key()), path + u'.' + it.key());
        }
        if (columns.names.contains(u"id"_s) && !row.value(u"id"_s).isDouble())
            throw StoreError(
                QCoreApplication::translate("kiroku::ArchiveJson", "%1: the field \"id\" must be a number.")
                    .arg(path));
        if (!level.parentColumn.isEmpty()) {
            names << level.parentColumn;
            values << parentId;
        }
        QStringList placeholders;
        for (qsizetype i = 0; i < names.size(); ++i)
            placeholders << u":v%1"_s.arg(i);
        sql::Query q(m_db, u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(level.table, names.join(u", "_s),
                                                                    placeholders.join(u", "_s)));
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bind(placeholders[i], values[i]);
        try {
            q.exec();
        } catch (const StoreError &error) {
            throw StoreError(QCoreApplication::translate("kiroku::ArchiveJson", "%1 could not be stored: %2")
                                 .arg(path, error.message()));
        }
        const QVariant id = row.value(u"id"_s).toVariant();
        for (const Level &child : level.children)
            importRows(child, row.value(child.key), QVariant(id.toLongLong()), path + u'.' + child.key);
    }

private:
    QVariant fromJson(const QJsonValue &value, bool blob, const QString &path)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            return QVariant();
        case QJsonValue::Double: {
            const double number = value.toDouble();
            if (number == double(qint64(number)))
                return QVariant(qint64(number));
            return QVariant(number);
        }
        case QJsonValue::String:
            if (blob)
                return QVariant(QByteArray::fromBase64(value.toString().toLatin1()));
            return QVariant(value.toString());
        default:
            throw StoreError(
                QCoreApplication::translate("kiroku::ArchiveJson", "%1 has a value of the wrong type.")
                    .arg(path));
        }
    }

    const ColumnInfo &columnInfo(const QString &table)
    {
        auto it = m_columns.find(table);
        if (it == m_columns.end())
            it = m_columns.insert(table, columnsOf(m_db, table));
        return it.value();
    }

    QSqlDatabase m_db;
    QHash<QString, ColumnInfo> m_columns;
};

// Referencing rows that ON DELETE SET NULL would lose when a member goes.
const QVector<std::pair<QString, QString>> memberReferences{{u"statement"_s, u"member_id"_s},
                                                            {u"meeting"_s, u"chair_member_id"_s},
                                                            {u"draft_line"_s, u"member_id"_s}};

QString keyColumn(const QString &table)
{
    return table == u"draft_line"_s ? u"meeting_id"_s : u"id"_s;
}

} // namespace

QJsonObject ArchiveJson::exportArchive(const QSqlDatabase &db)
{
    QJsonObject document;
    document.insert(u"format"_s, Schema::formatName);
    document.insert(u"version"_s, formatVersion);
    document.insert(u"schema_version"_s, Schema::versionOf(db));
    document.insert(u"files"_s, exportRows(db, filesLevel, {}, {}));
    document.insert(u"councils"_s, exportRows(db, councilLevel(), {}, {}));
    document.insert(u"seals"_s, exportRows(db, sealsLevel, {}, {}));
    document.insert(u"record_versions"_s, exportRows(db, recordVersionsLevel, {}, {}));
    return document;
}

QByteArray ArchiveJson::exportArchiveBytes(const QSqlDatabase &db)
{
    return QJsonDocument(exportArchive(db)).toJson(QJsonDocument::Indented);
}

void ArchiveJson::importArchive(const QSqlDatabase &db, const QJsonObject &document)
{
    if (document.value(u"format"_s).toString() != Schema::formatName)
        throw StoreError(QCoreApplication::translate(
                             "kiroku::ArchiveJson",
                             "This is not a Kiroku archive export (the \"format\" field is not \"%1\").")
                             .arg(Schema::formatName));
    const int version = document.value(u"version"_s).toInt(-1);
    if (version < 1)
        throw StoreError(
            QCoreApplication::translate("kiroku::ArchiveJson", "The export has no valid \"version\" field."));
    if (version > formatVersion)
        throw StoreError(
            QCoreApplication::translate(
                "kiroku::ArchiveJson",
                "The export was written by a newer Kiroku (format version %1, this program reads up "
                "to %2).")
                .arg(version)
                .arg(formatVersion));
    if (!document.value(u"councils"_s).isArray())
        throw StoreError(
            QCoreApplication::translate("kiroku::ArchiveJson", "The export has no \"councils\" list."));
    if (sql::scalar(db, u"SELECT COUNT(*) FROM council"_s).toLongLong() > 0)
        throw StoreError(QCoreApplication::translate(
            "kiroku::ArchiveJson", "The archive already holds councils. Import into a new, empty archive."));

    // The whole document is checked before the first row is written (docs/archive-json.md).
    ArchiveJsonCheck check(db);
    check.checkTopLevel(document, {u"format"_s, u"version"_s, u"schema_version"_s, u"files"_s, u"councils"_s,
                                   u"seals"_s, u"record_versions"_s});
    check.checkRows(filesLevel, document.value(u"files"_s), u"files"_s);
    check.checkRows(councilLevel(), document.value(u"councils"_s), u"councils"_s);
    check.checkRows(sealsLevel, document.value(u"seals"_s), u"seals"_s);
    check.checkRows(recordVersionsLevel, document.value(u"record_versions"_s), u"record_versions"_s);
    const QStringList problems = check.problems();
    if (!problems.isEmpty())
        throw StoreError(problems.join(u'\n'));

    sql::Transaction transaction(db);
    Dialect::of(db).deferForeignKeys(db);
    Importer importer(db);
    importer.importRows(filesLevel, document.value(u"files"_s), {}, u"files"_s);
    // Sealed meetings arrive whole: the read-only triggers let this transaction write their rows.
    sql::execute(db, u"INSERT INTO kiroku_meta (key, value) VALUES ('importing', '1')"_s);
    importer.importRows(councilLevel(), document.value(u"councils"_s), {}, u"councils"_s);
    importer.importRows(sealsLevel, document.value(u"seals"_s), {}, u"seals"_s);
    importer.importRows(recordVersionsLevel, document.value(u"record_versions"_s), {}, u"record_versions"_s);
    sql::execute(db, u"DELETE FROM kiroku_meta WHERE key = 'importing'"_s);
    transaction.commit();
}

void ArchiveJson::importArchiveBytes(const QSqlDatabase &db, const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        throw StoreError(
            QCoreApplication::translate("kiroku::ArchiveJson", "The file is not valid JSON (%1 at byte %2).")
                .arg(error.errorString())
                .arg(error.offset));
    if (!document.isObject())
        throw StoreError(QCoreApplication::translate("kiroku::ArchiveJson",
                                                     "The file is JSON, but not a Kiroku archive export."));
    importArchive(db, document.object());
}

namespace {
// Links from PIA checklist viewpoints to a meeting's statements belong to the viewpoints, so the
// meeting's rows do not carry them: a meeting's snapshot keeps them beside its rows for undo.
const QString viewpointLinksKey = u"pia_viewpoint_links"_s;
} // namespace

QJsonObject ArchiveJson::snapshotMeeting(const QSqlDatabase &db, Id meetingId)
{
    QJsonObject snapshot = exportOne(db, meetingLevel(), meetingId);
    sql::Query q(db, u"SELECT l.viewpoint_id, l.statement_id FROM pia_viewpoint_statement l"
                     " JOIN statement s ON s.id = l.statement_id WHERE s.meeting_id = :meeting"
                     " ORDER BY l.viewpoint_id, l.statement_id"_s);
    q.bind(u":meeting"_s, meetingId).exec();
    QJsonArray links;
    while (q.next())
        links.append(QJsonArray{q.value(0).toLongLong(), q.value(1).toLongLong()});
    if (!links.isEmpty())
        snapshot.insert(viewpointLinksKey, links);
    return snapshot;
}

void ArchiveJson::restoreMeeting(const QSqlDatabase &db, Id councilId, const QJsonObject &snapshot)
{
    sql::Transaction transaction(db);
    QJsonObject rows = snapshot;
    const QJsonArray links = rows.take(viewpointLinksKey).toArray();
    Importer(db).importRow(meetingLevel(), rows, councilId, u"meeting"_s);
    for (const QJsonValue &link : links) {
        // A viewpoint removed since then has no link to get back.
        sql::Query(db, u"INSERT INTO pia_viewpoint_statement (viewpoint_id, statement_id)"
                       " SELECT :viewpoint, :statement WHERE EXISTS"
                       " (SELECT 1 FROM pia_viewpoint WHERE id = :viewpoint2)"_s)
            .bind(u":viewpoint"_s, link.toArray().at(0).toInteger())
            .bind(u":statement"_s, link.toArray().at(1).toInteger())
            .bind(u":viewpoint2"_s, link.toArray().at(0).toInteger())
            .exec();
    }
    transaction.commit();
}

QJsonObject ArchiveJson::snapshotCouncil(const QSqlDatabase &db, Id councilId)
{
    return exportOne(db, councilLevel(), councilId);
}

void ArchiveJson::restoreCouncil(const QSqlDatabase &db, const QJsonObject &snapshot)
{
    sql::Transaction transaction(db);
    Importer(db).importRow(councilLevel(), snapshot, {}, u"council"_s);
    transaction.commit();
}

QJsonObject ArchiveJson::snapshotMember(const QSqlDatabase &db, Id memberId)
{
    const Level memberLevel{u"member"_s, u"member"_s, u"council_id"_s, u"id"_s, {}};
    QJsonObject snapshot;
    snapshot.insert(u"member"_s, exportOne(db, memberLevel, memberId));
    const Level attendance{u"attendance"_s, u"attendance"_s, {}, u"meeting_id"_s, {}};
    snapshot.insert(u"attendance"_s, exportRows(db, attendance, u"member_id"_s, memberId));
    const Level signatures{u"signatures"_s, u"signature"_s, {}, u"id"_s, {}};
    snapshot.insert(u"signatures"_s, exportRows(db, signatures, u"member_id"_s, memberId));
    // Seats on subcommittees and attendance at their meetings go with the member (ON DELETE CASCADE).
    const Level seats{u"subcommittee_seats"_s, u"subcommittee_member"_s, {}, u"subcommittee_id"_s, {}};
    snapshot.insert(u"subcommittee_seats"_s, exportRows(db, seats, u"member_id"_s, memberId));
    const Level presence{
        u"subcommittee_attendance"_s, u"subcommittee_attendance"_s, {}, u"subcommittee_meeting_id"_s, {}};
    snapshot.insert(u"subcommittee_attendance"_s, exportRows(db, presence, u"member_id"_s, memberId));
    QJsonObject references;
    for (const auto &[table, column] : memberReferences) {
        QJsonArray keys;
        sql::Query q(db, u"SELECT %1 FROM %2 WHERE %3 = :member"_s.arg(keyColumn(table), table, column));
        q.bind(u":member"_s, memberId).exec();
        while (q.next())
            keys.append(q.value(0).toLongLong());
        references.insert(table + u'.' + column, keys);
    }
    snapshot.insert(u"references"_s, references);
    return snapshot;
}

void ArchiveJson::restoreMember(const QSqlDatabase &db, Id councilId, const QJsonObject &snapshot)
{
    sql::Transaction transaction(db);
    Importer importer(db);
    const Level memberLevel{u"member"_s, u"member"_s, u"council_id"_s, u"id"_s, {}};
    const QJsonObject member = snapshot.value(u"member"_s).toObject();
    importer.importRow(memberLevel, member, councilId, u"member"_s);
    const Level attendance{u"attendance"_s, u"attendance"_s, {}, u"meeting_id"_s, {}};
    importer.importRows(attendance, snapshot.value(u"attendance"_s), {}, u"attendance"_s);
    const Level signatures{u"signatures"_s, u"signature"_s, {}, u"id"_s, {}};
    importer.importRows(signatures, snapshot.value(u"signatures"_s), {}, u"signatures"_s);
    const Level seats{u"subcommittee_seats"_s, u"subcommittee_member"_s, {}, u"subcommittee_id"_s, {}};
    importer.importRows(seats, snapshot.value(u"subcommittee_seats"_s), {}, u"subcommittee_seats"_s);
    const Level presence{
        u"subcommittee_attendance"_s, u"subcommittee_attendance"_s, {}, u"subcommittee_meeting_id"_s, {}};
    importer.importRows(presence, snapshot.value(u"subcommittee_attendance"_s), {},
                        u"subcommittee_attendance"_s);
    const QJsonObject references = snapshot.value(u"references"_s).toObject();
    for (const auto &[table, column] : memberReferences) {
        sql::Query q(db,
                     u"UPDATE %1 SET %2 = :member WHERE %3 = :key"_s.arg(table, column, keyColumn(table)));
        for (const QJsonValue key : references.value(table + u'.' + column).toArray())
            q.bind(u":member"_s, member.value(u"id"_s).toVariant().toLongLong())
                .bind(u":key"_s, key.toVariant().toLongLong())
                .exec();
    }
    transaction.commit();
}

} // namespace kiroku
