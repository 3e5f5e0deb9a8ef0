#include "store/Schema.h"

#include "store/Dialect.h"
#include "store/Sql.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace kiroku {

const QString Schema::formatName = u"kiroku-archive"_s;

namespace {

// Version 1: the domain of the brief §2.
Migration version1()
{
    return {
        1,
        u"Councils, members, staff, meetings, attendance, agenda, statements, consultations, responses, "
        "materials, signatures, PIA evaluations"_s,
        {
            u"CREATE TABLE kiroku_meta (key VARCHAR(64) PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"CREATE TABLE council ("
            " id {ID}, name TEXT NOT NULL, municipality TEXT NOT NULL DEFAULT '',"
            " quota INTEGER NOT NULL DEFAULT 0 CHECK (quota >= 0),"
            " quorum_rule VARCHAR(16) NOT NULL DEFAULT 'majority',"
            " signer_count INTEGER NOT NULL DEFAULT 2 CHECK (signer_count >= 0),"
            " record_format TEXT NOT NULL DEFAULT '', name_policy VARCHAR(16) NOT NULL DEFAULT 'full_name',"
            " consultation_numbering_yearly INTEGER NOT NULL DEFAULT 0,"
            " publication_deadline_days INTEGER NOT NULL DEFAULT 0, notes TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE TABLE member ("
            " id {ID}, council_id BIGINT NOT NULL REFERENCES council(id) ON DELETE CASCADE,"
            " name TEXT NOT NULL, reading TEXT NOT NULL DEFAULT '', role VARCHAR(16) NOT NULL DEFAULT "
            "'member',"
            " term_start DATE, term_end DATE, recommending_body TEXT NOT NULL DEFAULT '',"
            " affiliation TEXT NOT NULL DEFAULT '', sort_order INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX member_council ON member(council_id)"_s,
            u"CREATE TABLE staff ("
            " id {ID}, council_id BIGINT NOT NULL REFERENCES council(id) ON DELETE CASCADE,"
            " kind VARCHAR(16) NOT NULL DEFAULT 'secretariat', organisation TEXT NOT NULL DEFAULT '',"
            " name TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', head_count INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX staff_council ON staff(council_id)"_s,
            u"CREATE TABLE meeting ("
            " id {ID}, council_id BIGINT NOT NULL REFERENCES council(id) ON DELETE CASCADE,"
            " fiscal_year INTEGER NOT NULL, number INTEGER NOT NULL CHECK (number > 0), date DATE,"
            " start_time VARCHAR(8), end_time VARCHAR(8), venue TEXT NOT NULL DEFAULT '',"
            " mode VARCHAR(16) NOT NULL DEFAULT 'in_person', publicity VARCHAR(16) NOT NULL DEFAULT 'public',"
            " closed_reason TEXT NOT NULL DEFAULT '', observers_allowed INTEGER NOT NULL DEFAULT 1,"
            " observer_count INTEGER NOT NULL DEFAULT 0 CHECK (observer_count >= 0),"
            " observers_reason TEXT NOT NULL DEFAULT '',"
            " chair_member_id BIGINT REFERENCES member(id) ON DELETE SET NULL,"
            " status VARCHAR(16) NOT NULL DEFAULT 'planned', notes TEXT NOT NULL DEFAULT '',"
            " UNIQUE (council_id, fiscal_year, number))"_s,
            u"CREATE TABLE meeting_staff ("
            " meeting_id BIGINT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
            " staff_id BIGINT NOT NULL REFERENCES staff(id) ON DELETE CASCADE, PRIMARY KEY (meeting_id, staff_id))"_s,
            u"CREATE TABLE attendance ("
            " meeting_id BIGINT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
            " member_id BIGINT NOT NULL REFERENCES member(id) ON DELETE CASCADE,"
            " status VARCHAR(16) NOT NULL DEFAULT 'present', arrived_at VARCHAR(8), left_at VARCHAR(8),"
            " note TEXT NOT NULL DEFAULT '', PRIMARY KEY (meeting_id, member_id))"_s,
            u"CREATE TABLE consultation ("
            " id {ID}, council_id BIGINT NOT NULL REFERENCES council(id) ON DELETE CASCADE,"
            " number INTEGER NOT NULL CHECK (number > 0), fiscal_year INTEGER NOT NULL, received_date DATE,"
            " consulting_body TEXT NOT NULL DEFAULT '', department TEXT NOT NULL DEFAULT '',"
            " subject TEXT NOT NULL DEFAULT '', kind VARCHAR(16) NOT NULL DEFAULT 'other',"
            " withdrawn_date DATE, notes TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX consultation_council ON consultation(council_id, number)"_s,
            u"CREATE TABLE agenda_item ("
            " id {ID}, meeting_id BIGINT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL, kind VARCHAR(16) NOT NULL DEFAULT 'deliberation',"
            " number TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',"
            " publicity VARCHAR(16) NOT NULL DEFAULT 'public', closed_reason TEXT NOT NULL DEFAULT '',"
            " outcome VARCHAR(16) NOT NULL DEFAULT 'none', vote_kind VARCHAR(16) NOT NULL DEFAULT 'none',"
            " votes_for INTEGER NOT NULL DEFAULT 0, votes_against INTEGER NOT NULL DEFAULT 0,"
            " votes_abstain INTEGER NOT NULL DEFAULT 0,"
            " consultation_id BIGINT REFERENCES consultation(id) ON DELETE SET NULL)"_s,
            u"CREATE INDEX agenda_item_meeting ON agenda_item(meeting_id, position)"_s,
            u"CREATE TABLE response ("
            " id {ID}, consultation_id BIGINT NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,"
            " meeting_id BIGINT REFERENCES meeting(id) ON DELETE SET NULL, date DATE,"
            " conclusion TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', opinions TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE TABLE statement ("
            " id {ID}, meeting_id BIGINT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
            " agenda_item_id BIGINT REFERENCES agenda_item(id) ON DELETE SET NULL, position INTEGER NOT NULL,"
            " kind VARCHAR(16) NOT NULL DEFAULT 'speech', speaker TEXT NOT NULL DEFAULT '',"
            " member_id BIGINT REFERENCES member(id) ON DELETE SET NULL,"
            " staff_id BIGINT REFERENCES staff(id) ON DELETE SET NULL,"
            " text TEXT NOT NULL DEFAULT '', spoken_at VARCHAR(8))"_s,
            u"CREATE INDEX statement_meeting ON statement(meeting_id, position)"_s,
            u"CREATE TABLE stored_file (id {ID}, sha256 CHAR(64) NOT NULL UNIQUE, data {BLOB} NOT NULL)"_s,
            u"CREATE TABLE material ("
            " id {ID}, meeting_id BIGINT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
            " agenda_item_id BIGINT REFERENCES agenda_item(id) ON DELETE SET NULL, position INTEGER NOT NULL,"
            " label TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', file_name TEXT NOT NULL "
            "DEFAULT '',"
            " file_id BIGINT REFERENCES stored_file(id), page_count INTEGER NOT NULL DEFAULT 0,"
            " distribution VARCHAR(16) NOT NULL DEFAULT 'both', is_public INTEGER NOT NULL DEFAULT 1)"_s,
            u"CREATE INDEX material_meeting ON material(meeting_id, position)"_s,
            u"CREATE TABLE signature ("
            " id {ID}, meeting_id BIGINT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,"
            " member_id BIGINT NOT NULL REFERENCES member(id), position INTEGER NOT NULL,"
            " signed_at VARCHAR(40), method VARCHAR(16) NOT NULL DEFAULT 'none', strokes TEXT NOT NULL "
            "DEFAULT '',"
            " scan_file_id BIGINT REFERENCES stored_file(id), UNIQUE (meeting_id, member_id))"_s,
            u"CREATE TABLE pia_evaluation ("
            " id {ID}, council_id BIGINT NOT NULL REFERENCES council(id) ON DELETE CASCADE,"
            " consultation_id BIGINT REFERENCES consultation(id) ON DELETE SET NULL,"
            " affair TEXT NOT NULL DEFAULT '', evaluating_body TEXT NOT NULL DEFAULT '',"
            " department TEXT NOT NULL DEFAULT '', evaluation_number TEXT NOT NULL DEFAULT '',"
            " version INTEGER NOT NULL DEFAULT 1, declared_type VARCHAR(16) NOT NULL DEFAULT 'basic_full',"
            " target_count INTEGER NOT NULL DEFAULT 0, handler_count INTEGER NOT NULL DEFAULT 0,"
            " serious_incident INTEGER NOT NULL DEFAULT 0, trigger_kind VARCHAR(24) NOT NULL DEFAULT 'new',"
            " change_description TEXT NOT NULL DEFAULT '', public_comment_start DATE, public_comment_end "
            "DATE,"
            " public_comment_reason TEXT NOT NULL DEFAULT '', inspection_date DATE, submission_date DATE,"
            " publication_date DATE, document_file_id BIGINT REFERENCES stored_file(id),"
            " notes TEXT NOT NULL DEFAULT '')"_s,
        }};
}

// Version 2: the line a clerk is typing, saved continuously so a crash loses at most a second.
Migration version2()
{
    return {2,
            u"Draft line of live minutes drafting"_s,
            {
                u"CREATE TABLE draft_line ("
                " meeting_id BIGINT PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,"
                " agenda_item_id BIGINT REFERENCES agenda_item(id) ON DELETE SET NULL,"
                " kind VARCHAR(16) NOT NULL DEFAULT 'speech', speaker TEXT NOT NULL DEFAULT '',"
                " member_id BIGINT REFERENCES member(id) ON DELETE SET NULL,"
                " staff_id BIGINT REFERENCES staff(id) ON DELETE SET NULL,"
                " text TEXT NOT NULL DEFAULT '', saved_at VARCHAR(40))"_s,
                u"ALTER TABLE meeting ADD COLUMN drafting_position INTEGER NOT NULL DEFAULT 0"_s,
            }};
}

// Version 3: the council's lists (masking, notation, stage-direction palette) and publication.
Migration version3()
{
    return {3,
            u"Masking list, notation list, stage-direction palette, publication date"_s,
            {
                u"CREATE TABLE mask_term ("
                " id {ID}, council_id BIGINT NOT NULL REFERENCES council(id) ON DELETE CASCADE,"
                " term TEXT NOT NULL CHECK (term <> ''), replacement TEXT NOT NULL DEFAULT '',"
                " note TEXT NOT NULL DEFAULT '', UNIQUE (council_id, term))"_s,
                u"CREATE TABLE notation_rule ("
                " id {ID}, council_id BIGINT NOT NULL REFERENCES council(id) ON DELETE CASCADE,"
                " position INTEGER NOT NULL, find TEXT NOT NULL CHECK (find <> ''),"
                " replacement TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '')"_s,
                u"CREATE INDEX notation_rule_council ON notation_rule(council_id, position)"_s,
                u"CREATE TABLE stage_direction ("
                " id {ID}, council_id BIGINT NOT NULL REFERENCES council(id) ON DELETE CASCADE,"
                " position INTEGER NOT NULL, text TEXT NOT NULL CHECK (text <> ''))"_s,
                u"CREATE INDEX stage_direction_council ON stage_direction(council_id, position)"_s,
                u"ALTER TABLE meeting ADD COLUMN published_date DATE"_s,
            }};
}

// Version 4 (docs/sealing.md, docs/search.md): the seal chain, superseded record versions kept for
// corrections (正誤), and the search index's source table. The dialect adds what portable SQL cannot
// say: the triggers that keep sealed records read-only and the full-text index itself.
Migration version4()
{
    return {
        4,
        u"Seal chain, record versions, search index"_s,
        {
            u"ALTER TABLE meeting ADD COLUMN record_version INTEGER NOT NULL DEFAULT 1"_s,
            u"CREATE TABLE seal ("
            " seq BIGINT NOT NULL PRIMARY KEY, meeting_id BIGINT NOT NULL, record_version INTEGER NOT NULL,"
            " sealed_at VARCHAR(40) NOT NULL, content_hash CHAR(64) NOT NULL,"
            " previous_hash CHAR(64) NOT NULL, chain_hash CHAR(64) NOT NULL,"
            " UNIQUE (meeting_id, record_version))"_s,
            u"CREATE TABLE record_version ("
            " meeting_id BIGINT NOT NULL, version INTEGER NOT NULL, canonical TEXT NOT NULL,"
            " corrected_at VARCHAR(40) NOT NULL, reason TEXT NOT NULL CHECK (reason <> ''),"
            " PRIMARY KEY (meeting_id, version))"_s,
            u"CREATE TABLE search_text ("
            " id {ID}, kind VARCHAR(16) NOT NULL, ref_id BIGINT NOT NULL, council_id BIGINT,"
            " meeting_id BIGINT, fiscal_year INTEGER, speaker TEXT NOT NULL DEFAULT '',"
            " norm TEXT NOT NULL DEFAULT '',"
            " UNIQUE (kind, ref_id))"_s,
            u"CREATE INDEX search_text_meeting ON search_text(meeting_id)"_s,
            u"CREATE TABLE search_dirty (kind VARCHAR(16) NOT NULL, ref_id BIGINT NOT NULL,"
            " PRIMARY KEY (kind, ref_id))"_s,
        }};
}

// Version 5: the files a material had before it was replaced, oldest first (docs/packets.md).
Migration version5()
{
    return {5,
            u"Material file history"_s,
            {
                u"CREATE TABLE material_file_version ("
                " material_id BIGINT NOT NULL REFERENCES material(id) ON DELETE CASCADE,"
                " version INTEGER NOT NULL CHECK (version > 0),"
                " file_id BIGINT NOT NULL REFERENCES stored_file(id), file_name TEXT NOT NULL DEFAULT '',"
                " page_count INTEGER NOT NULL DEFAULT 0, replaced_at VARCHAR(40) NOT NULL,"
                " PRIMARY KEY (material_id, version))"_s,
            }};
}

// Version 6 (docs/consultations.md): subcommittees (小委員会) with their members, the consultations
// referred to them and their meetings; the register of reports (報告) a council receives, which an
// agenda item can take up; the council's agenda numbering style.
Migration version6()
{
    return {
        6,
        u"Subcommittees, reports, agenda numbering"_s,
        {
            u"CREATE TABLE subcommittee ("
            " id {ID}, council_id BIGINT NOT NULL REFERENCES council(id) ON DELETE CASCADE,"
            " name TEXT NOT NULL CHECK (name <> ''), established_date DATE, dissolved_date DATE,"
            " notes TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE TABLE subcommittee_member ("
            " subcommittee_id BIGINT NOT NULL REFERENCES subcommittee(id) ON DELETE CASCADE,"
            " member_id BIGINT NOT NULL REFERENCES member(id) ON DELETE CASCADE,"
            " is_chair INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL DEFAULT 0,"
            " PRIMARY KEY (subcommittee_id, member_id))"_s,
            u"CREATE TABLE subcommittee_referral ("
            " subcommittee_id BIGINT NOT NULL REFERENCES subcommittee(id) ON DELETE CASCADE,"
            " consultation_id BIGINT NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,"
            " referred_date DATE, PRIMARY KEY (subcommittee_id, consultation_id))"_s,
            u"CREATE TABLE subcommittee_meeting ("
            " id {ID}, subcommittee_id BIGINT NOT NULL REFERENCES subcommittee(id) ON DELETE CASCADE,"
            " number INTEGER NOT NULL CHECK (number > 0), date DATE, start_time VARCHAR(8),"
            " end_time VARCHAR(8), venue TEXT NOT NULL DEFAULT '', publicity VARCHAR(16) NOT NULL DEFAULT "
            "'closed',"
            " summary TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '',"
            " UNIQUE (subcommittee_id, number))"_s,
            u"CREATE TABLE subcommittee_attendance ("
            " subcommittee_meeting_id BIGINT NOT NULL REFERENCES subcommittee_meeting(id) ON DELETE CASCADE,"
            " member_id BIGINT NOT NULL REFERENCES member(id) ON DELETE CASCADE,"
            " PRIMARY KEY (subcommittee_meeting_id, member_id))"_s,
            u"CREATE TABLE subcommittee_item ("
            " subcommittee_meeting_id BIGINT NOT NULL REFERENCES subcommittee_meeting(id) ON DELETE CASCADE,"
            " consultation_id BIGINT NOT NULL REFERENCES consultation(id) ON DELETE CASCADE,"
            " concluded INTEGER NOT NULL DEFAULT 0, result TEXT NOT NULL DEFAULT '',"
            " PRIMARY KEY (subcommittee_meeting_id, consultation_id))"_s,
            u"CREATE TABLE report ("
            " id {ID}, council_id BIGINT NOT NULL REFERENCES council(id) ON DELETE CASCADE,"
            " number INTEGER NOT NULL CHECK (number > 0), fiscal_year INTEGER NOT NULL,"
            " received_date DATE, reporting_body TEXT NOT NULL DEFAULT '',"
            " department TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',"
            " kind VARCHAR(24) NOT NULL DEFAULT 'other', period_start DATE, period_end DATE,"
            " started_count INTEGER NOT NULL DEFAULT 0 CHECK (started_count >= 0),"
            " changed_count INTEGER NOT NULL DEFAULT 0 CHECK (changed_count >= 0),"
            " abolished_count INTEGER NOT NULL DEFAULT 0 CHECK (abolished_count >= 0),"
            " known_date DATE, affected_count INTEGER NOT NULL DEFAULT 0 CHECK (affected_count >= 0),"
            " sensitive_data INTEGER NOT NULL DEFAULT 0, financial_damage INTEGER NOT NULL DEFAULT 0,"
            " wrongful_purpose INTEGER NOT NULL DEFAULT 0, over_hundred INTEGER NOT NULL DEFAULT 0,"
            " summary TEXT NOT NULL DEFAULT '', measures TEXT NOT NULL DEFAULT '',"
            " notes TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX report_council ON report(council_id, fiscal_year, number)"_s,
            u"ALTER TABLE agenda_item ADD COLUMN report_id BIGINT REFERENCES report(id) ON DELETE SET NULL"_s,
            u"ALTER TABLE council ADD COLUMN agenda_numbering VARCHAR(16) NOT NULL DEFAULT 'paren'"_s,
        }};
}

// Version 7 (docs/pia.md): the PIA evaluation's threshold inputs with date and source, its document,
// the last yearly review; the opinions of the public comment period, the inspection checklist with
// links to the statements that discussed a viewpoint, the question table and the change list.
Migration version7()
{
    return {
        7,
        u"PIA evaluations: threshold inputs, document, opinions, checklist, questions, changes"_s,
        {
            u"ALTER TABLE pia_evaluation ADD COLUMN target_count_date DATE"_s,
            u"ALTER TABLE pia_evaluation ADD COLUMN target_count_source TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE pia_evaluation ADD COLUMN handler_count_date DATE"_s,
            u"ALTER TABLE pia_evaluation ADD COLUMN handler_count_source TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE pia_evaluation ADD COLUMN incident_check_date DATE"_s,
            u"ALTER TABLE pia_evaluation ADD COLUMN incident_source TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE pia_evaluation ADD COLUMN document_file_name TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE pia_evaluation ADD COLUMN document_page_count INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE pia_evaluation ADD COLUMN last_review_date DATE"_s,
            u"CREATE INDEX pia_evaluation_council ON pia_evaluation(council_id, evaluation_number, version)"_s,
            u"CREATE TABLE pia_opinion ("
            " id {ID}, evaluation_id BIGINT NOT NULL REFERENCES pia_evaluation(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL DEFAULT 0, summary TEXT NOT NULL DEFAULT '',"
            " handling VARCHAR(16) NOT NULL DEFAULT 'pending', reason TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX pia_opinion_evaluation ON pia_opinion(evaluation_id, position)"_s,
            u"CREATE TABLE pia_viewpoint ("
            " id {ID}, evaluation_id BIGINT NOT NULL REFERENCES pia_evaluation(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL DEFAULT 0, area VARCHAR(16) NOT NULL DEFAULT 'conformity',"
            " code TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '',"
            " judgment VARCHAR(24) NOT NULL DEFAULT 'none', finding TEXT NOT NULL DEFAULT '',"
            " answer TEXT NOT NULL DEFAULT '', round INTEGER NOT NULL DEFAULT 0 CHECK (round >= 0),"
            " section TEXT NOT NULL DEFAULT '', page INTEGER NOT NULL DEFAULT 0 CHECK (page >= 0))"_s,
            u"CREATE INDEX pia_viewpoint_evaluation ON pia_viewpoint(evaluation_id, position)"_s,
            u"CREATE TABLE pia_viewpoint_statement ("
            " viewpoint_id BIGINT NOT NULL REFERENCES pia_viewpoint(id) ON DELETE CASCADE,"
            " statement_id BIGINT NOT NULL REFERENCES statement(id) ON DELETE CASCADE,"
            " PRIMARY KEY (viewpoint_id, statement_id))"_s,
            u"CREATE TABLE pia_question ("
            " id {ID}, evaluation_id BIGINT NOT NULL REFERENCES pia_evaluation(id) ON DELETE CASCADE,"
            " number INTEGER NOT NULL CHECK (number > 0), section TEXT NOT NULL DEFAULT '',"
            " page INTEGER NOT NULL DEFAULT 0 CHECK (page >= 0), question TEXT NOT NULL DEFAULT '',"
            " first_judgment VARCHAR(24) NOT NULL DEFAULT 'none', answer TEXT NOT NULL DEFAULT '',"
            " second_check TEXT NOT NULL DEFAULT '', final_judgment VARCHAR(24) NOT NULL DEFAULT 'none',"
            " UNIQUE (evaluation_id, number))"_s,
            u"CREATE TABLE pia_change ("
            " id {ID}, evaluation_id BIGINT NOT NULL REFERENCES pia_evaluation(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL DEFAULT 0, section TEXT NOT NULL DEFAULT '',"
            " page INTEGER NOT NULL DEFAULT 0 CHECK (page >= 0), before_text TEXT NOT NULL DEFAULT '',"
            " after_text TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX pia_change_evaluation ON pia_change(evaluation_id, position)"_s,
        }};
}

// Version 8 (docs/search.md): no portable statements; the SQLite dialect replaces the search's change
// marks by ones that hold under foreign-key actions and adds the PIA findings and questions to the index.
Migration version8()
{
    return {8, u"Search marks safe under cascades; PIA findings and questions searchable"_s, {}};
}

// Version 9 (docs/sealing.md): no portable statements; the SQLite dialect makes stored files immutable
// (a file is stored under the SHA-256 of its bytes, so changed bytes are never an update).
Migration version9()
{
    return {9, u"Stored files immutable"_s, {}};
}

// Version 10: when a clerk or presenter came late or left early, as members' attendance has.
Migration version10()
{
    return {10,
            u"Staff arrival and leave times"_s,
            {
                u"ALTER TABLE meeting_staff ADD COLUMN arrived_at VARCHAR(8)"_s,
                u"ALTER TABLE meeting_staff ADD COLUMN left_at VARCHAR(8)"_s,
            }};
}

} // namespace

const QVector<Migration> &Schema::migrations()
{
    static const QVector<Migration> steps{version1(), version2(), version3(), version4(), version5(),
                                          version6(), version7(), version8(), version9(), version10()};
    return steps;
}

bool Schema::hasMetaTable(const QSqlDatabase &db)
{
    return db.tables().contains(u"kiroku_meta"_s);
}

int Schema::versionOf(const QSqlDatabase &db)
{
    if (!hasMetaTable(db))
        return 0;
    return sql::scalar(db, u"SELECT value FROM kiroku_meta WHERE key = 'schema_version'"_s).toInt();
}

void Schema::migrate(const QSqlDatabase &db, const Dialect &dialect, int target)
{
    const int from = versionOf(db);
    for (const Migration &step : migrations()) {
        if (step.version <= from || step.version > target)
            continue;
        sql::Transaction transaction(db);
        for (const QString &statement : step.statements)
            sql::execute(db, dialect.ddl(statement));
        for (const QString &statement : dialect.schemaExtras(step.version))
            sql::execute(db, statement);
        if (step.version == 1) {
            sql::Query(db, u"INSERT INTO kiroku_meta (key, value) VALUES ('format', :format)"_s)
                .bind(u":format"_s, formatName)
                .exec();
            sql::execute(db, u"INSERT INTO kiroku_meta (key, value) VALUES ('schema_version', '1')"_s);
        } else {
            sql::Query(db, u"UPDATE kiroku_meta SET value = :version WHERE key = 'schema_version'"_s)
                .bind(u":version"_s, QString::number(step.version))
                .exec();
        }
        transaction.commit();
    }
}

} // namespace kiroku
