#include "store/SqliteSchema.h"

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

const QString sealedMessage =
    u"This record is sealed and cannot be changed. Make a correction (正誤) to change it."_s;

QString raise(const QString &message)
{
    QString quoted = message;
    quoted.replace(u'\'', u"''"_s);
    return u" BEGIN SELECT RAISE(ABORT, '%1'); END"_s.arg(quoted);
}

QString sealedMeeting(const QString &row)
{
    return u"(SELECT status FROM meeting WHERE id = %1.meeting_id) = 'sealed'"_s.arg(row);
}

// The rows of a meeting's record: no insert, update or delete while the meeting is sealed. An import
// writes whole archives, sealed meetings included, and marks itself in kiroku_meta meanwhile.
QStringList childTriggers(const QString &table)
{
    return {
        u"CREATE TRIGGER sealed_%1_insert BEFORE INSERT ON %1 WHEN %2"
        " AND NOT EXISTS (SELECT 1 FROM kiroku_meta WHERE key = 'importing')"_s.arg(table,
                                                                                    sealedMeeting(u"NEW"_s)) +
            raise(sealedMessage),
        u"CREATE TRIGGER sealed_%1_update BEFORE UPDATE ON %1 WHEN %2 OR %3"_s.arg(
            table, sealedMeeting(u"OLD"_s), sealedMeeting(u"NEW"_s)) +
            raise(sealedMessage),
        u"CREATE TRIGGER sealed_%1_delete BEFORE DELETE ON %1 WHEN %2"_s.arg(table, sealedMeeting(u"OLD"_s)) +
            raise(sealedMessage),
    };
}

// The meeting columns of the canonical record (docs/sealing.md), besides status and record_version.
const QStringList meetingContentColumns{
    u"id"_s,
    u"council_id"_s,
    u"fiscal_year"_s,
    u"number"_s,
    u"date"_s,
    u"start_time"_s,
    u"end_time"_s,
    u"venue"_s,
    u"mode"_s,
    u"publicity"_s,
    u"closed_reason"_s,
    u"observers_allowed"_s,
    u"observer_count"_s,
    u"observers_reason"_s,
    u"chair_member_id"_s,
};

QStringList sealTriggers()
{
    QStringList changed;
    for (const QString &column : meetingContentColumns)
        changed << u"NEW.%1 IS NOT OLD.%1"_s.arg(column);
    QStringList result{
        // A sealed meeting keeps its content; its status and version move only by a correction,
        // which first keeps the sealed version in record_version.
        u"CREATE TRIGGER sealed_meeting_update BEFORE UPDATE ON meeting WHEN OLD.status = 'sealed' AND (%1"
        " OR ((NEW.status IS NOT OLD.status OR NEW.record_version IS NOT OLD.record_version) AND NOT ("
        "NEW.record_version = OLD.record_version + 1 AND EXISTS (SELECT 1 FROM record_version"
        " WHERE meeting_id = OLD.id AND version = OLD.record_version))))"_s.arg(changed.join(u" OR "_s)) +
            raise(sealedMessage),
        u"CREATE TRIGGER sealed_meeting_delete BEFORE DELETE ON meeting WHEN OLD.status = 'sealed'"
        " OR EXISTS (SELECT 1 FROM seal WHERE meeting_id = OLD.id)"_s +
            raise(u"This meeting has a sealed record and cannot be deleted."_s),
        u"CREATE TRIGGER seal_update BEFORE UPDATE ON seal"_s + raise(u"Seals cannot be changed."_s),
        u"CREATE TRIGGER seal_delete BEFORE DELETE ON seal"_s + raise(u"Seals cannot be deleted."_s),
        u"CREATE TRIGGER record_version_update BEFORE UPDATE ON record_version"_s +
            raise(u"Superseded record versions cannot be changed."_s),
        u"CREATE TRIGGER record_version_delete BEFORE DELETE ON record_version"_s +
            raise(u"Superseded record versions cannot be deleted."_s),
        // Names printed in a sealed record (attendance, chair, signers).
        u"CREATE TRIGGER sealed_member_name BEFORE UPDATE OF name ON member WHEN NEW.name IS NOT OLD.name "
        u"AND ("
        "EXISTS (SELECT 1 FROM attendance a JOIN meeting m ON m.id = a.meeting_id"
        " WHERE a.member_id = OLD.id AND m.status = 'sealed')"
        " OR EXISTS (SELECT 1 FROM signature s JOIN meeting m ON m.id = s.meeting_id"
        " WHERE s.member_id = OLD.id AND m.status = 'sealed')"
        " OR EXISTS (SELECT 1 FROM meeting m WHERE m.chair_member_id = OLD.id AND m.status = 'sealed'))"_s +
            raise(u"This member's name is printed in a sealed record and cannot be changed."_s),
    };
    for (const QString &table : {u"attendance"_s, u"meeting_staff"_s, u"agenda_item"_s, u"statement"_s,
                                 u"material"_s, u"signature"_s})
        result << childTriggers(table);
    return result;
}

struct Source
{
    QString kind;
    QString table;
    QString columns; // the searchable columns: a change marks the row for re-indexing
};

const Source sources[] = {
    {u"statement"_s, u"statement"_s, u"meeting_id, kind, speaker, text"_s},
    {u"agenda"_s, u"agenda_item"_s, u"meeting_id, kind, number, title"_s},
    {u"consultation"_s, u"consultation"_s, u"council_id, fiscal_year, number, subject"_s},
    {u"response"_s, u"response"_s, u"consultation_id, meeting_id, conclusion, body, opinions"_s},
    {u"material"_s, u"material"_s, u"meeting_id, label, title"_s},
};

// Added in version 8: the PIA checklist's findings and the question table.
const Source piaSources[] = {
    {u"pia_finding"_s, u"pia_viewpoint"_s, u"evaluation_id, code, text, finding, answer, section"_s},
    {u"pia_question"_s, u"pia_question"_s,
     u"evaluation_id, number, section, question, answer, second_check"_s},
};

// The three triggers that mark a source's changed rows with `mark` (%1 the kind, %2 NEW or OLD).
QStringList markTriggers(const Source &source, const QString &mark)
{
    return {u"CREATE TRIGGER search_%1_insert AFTER INSERT ON %2 BEGIN "_s.arg(source.kind, source.table) +
                mark.arg(source.kind, u"NEW"_s) + u" END"_s,
            u"CREATE TRIGGER search_%1_update AFTER UPDATE OF %3 ON %2 BEGIN "_s.arg(
                source.kind, source.table, source.columns) +
                mark.arg(source.kind, u"NEW"_s) + u" END"_s,
            u"CREATE TRIGGER search_%1_delete AFTER DELETE ON %2 BEGIN "_s.arg(source.kind, source.table) +
                mark.arg(source.kind, u"OLD"_s) + u" END"_s};
}

QStringList searchStatements()
{
    QStringList result{
        u"CREATE VIRTUAL TABLE search_fts USING fts5(norm, content='search_text', content_rowid='id',"
        " tokenize='trigram')"_s,
        u"CREATE TRIGGER search_text_insert AFTER INSERT ON search_text BEGIN"
        " INSERT INTO search_fts(rowid, norm) VALUES (NEW.id, NEW.norm); END"_s,
        u"CREATE TRIGGER search_text_delete AFTER DELETE ON search_text BEGIN"
        " INSERT INTO search_fts(search_fts, rowid, norm) VALUES ('delete', OLD.id, OLD.norm); END"_s,
        u"CREATE TRIGGER search_text_update AFTER UPDATE OF norm ON search_text BEGIN"
        " INSERT INTO search_fts(search_fts, rowid, norm) VALUES ('delete', OLD.id, OLD.norm);"
        " INSERT INTO search_fts(rowid, norm) VALUES (NEW.id, NEW.norm); END"_s,
        u"CREATE TRIGGER search_meeting_moved AFTER UPDATE OF fiscal_year, council_id ON meeting BEGIN"
        " UPDATE search_text SET fiscal_year = NEW.fiscal_year, council_id = NEW.council_id"
        " WHERE meeting_id = NEW.id; END"_s,
    };
    // Every writer (repositories, import, demo, raw SQL) marks what changed; the index catches up
    // before the next search, normalising in the program (NFKC needs ICU, which SQLite lacks here).
    for (const Source &source : sources) {
        const QString mark = u"INSERT OR IGNORE INTO search_dirty (kind, ref_id) VALUES ('%1', %2.id);"_s;
        result << markTriggers(source, mark);
        result << u"INSERT INTO search_dirty (kind, ref_id) SELECT '%1', id FROM %2"_s.arg(source.kind,
                                                                                           source.table);
    }
    return result;
}

} // namespace

QStringList sqliteSchemaVersion4()
{
    return sealTriggers() + searchStatements();
}

QStringList sqliteSchemaVersion8()
{
    // A foreign-key action (ON DELETE SET NULL of response.meeting_id, say) runs the triggers it fires
    // under its own conflict policy, which overrides their INSERT OR IGNORE: a row already marked made
    // the whole deletion fail. NOT EXISTS needs no conflict policy.
    const QString mark = u"INSERT INTO search_dirty (kind, ref_id) SELECT '%1', %2.id WHERE NOT EXISTS "
                         "(SELECT 1 FROM search_dirty WHERE kind = '%1' AND ref_id = %2.id);"_s;
    QStringList result;
    for (const Source &source : sources) {
        for (const QString &event : {u"insert"_s, u"update"_s, u"delete"_s})
            result << u"DROP TRIGGER IF EXISTS search_%1_%2"_s.arg(source.kind, event);
    }
    for (const Source &source : sources)
        result << markTriggers(source, mark);
    // Findings and questions written before this version are indexed before the next search.
    for (const Source &source : piaSources) {
        result << markTriggers(source, mark);
        result << u"INSERT INTO search_dirty (kind, ref_id) SELECT '%1', id FROM %2"_s.arg(source.kind,
                                                                                           source.table);
    }
    return result;
}

QStringList sqliteSchemaVersion5()
{
    // The file history of a sealed meeting's materials stays as it was sealed.
    const QString sealed =
        u"(SELECT m.status FROM meeting m JOIN material x ON x.meeting_id = m.id WHERE x.id = %1.material_id)"
        " = 'sealed'"_s;
    return {
        u"CREATE TRIGGER sealed_material_file_version_insert BEFORE INSERT ON material_file_version WHEN %1"
        " AND NOT EXISTS (SELECT 1 FROM kiroku_meta WHERE key = 'importing')"_s.arg(sealed.arg(u"NEW"_s)) +
            raise(sealedMessage),
        u"CREATE TRIGGER sealed_material_file_version_update BEFORE UPDATE ON material_file_version WHEN %1"_s
                .arg(sealed.arg(u"OLD"_s)) +
            raise(sealedMessage),
        u"CREATE TRIGGER sealed_material_file_version_delete BEFORE DELETE ON material_file_version WHEN %1"_s
                .arg(sealed.arg(u"OLD"_s)) +
            raise(sealedMessage),
    };
}

QStringList sqliteSchemaVersion9()
{
    return {
        u"CREATE TRIGGER stored_file_update BEFORE UPDATE ON stored_file"_s +
        raise(u"A stored file never changes: new bytes are stored as a new file under their own SHA-256."_s)};
}

} // namespace kiroku
