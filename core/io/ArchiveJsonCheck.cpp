#include "io/ArchiveJsonCheck.h"

#include "model/Enums.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlField>
#include <QSqlRecord>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

// The strings here belong to ArchiveJson's messages; Q_DECLARE_TR_FUNCTIONS tells lupdate so too.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::ArchiveJson)
};

// What a column holds, as docs/archive-json.md describes it.
enum class Kind
{
    Id,       // the row's own key: a whole number >= 1, unique in its table
    Int,      // any whole number
    Count,    // a whole number >= 0 (CHECK (x >= 0))
    Positive, // a whole number >= 1 (CHECK (x > 0))
    Flag,     // 0 or 1
    Ref,      // the id of a row of `target` in the same file
    Text,     // a string without control characters (tab, newline, CR allowed) or lone surrogates
    NonEmpty, // the same, not empty (CHECK (x <> ''))
    Date,     // YYYY-MM-DD
    Time,     // HH:MM or HH:MM:SS
    DateTime, // ISO 8601, offset or Z optional (local times are stored without one)
    Enum,     // one of `keys`
    Sha256,   // 64 lowercase hexadecimal digits
    Base64,   // standard base64 with padding, as export writes it
    Any,      // a column without a rule yet (a newer migration): a number, or a string as for Text
};

enum Flags
{
    Plain = 0,
    Null = 1, // null allowed (the column is nullable)
    Req = 2,  // must be present: NOT NULL without a default
};

struct Column
{
    QString name;
    Kind kind = Kind::Text;
    int flags = Plain;
    QString target;   // Ref
    QStringList keys; // Enum
};

struct Table
{
    QVector<Column> columns;
    QVector<QStringList> uniques; // UNIQUE and composite primary keys, parent column included
};

// clang-format off
Column col(const char16_t *name, Kind kind, int flags = Plain)
{
    return {QString::fromUtf16(name), kind, flags, {}, {}};
}
Column text(const char16_t *name) { return col(name, Kind::Text); }
Column date(const char16_t *name) { return col(name, Kind::Date, Null); }
Column timeOfDay(const char16_t *name) { return col(name, Kind::Time, Null); }
Column integer(const char16_t *name, int flags = Plain) { return col(name, Kind::Int, flags); }
Column count(const char16_t *name) { return col(name, Kind::Count); }
Column flag(const char16_t *name) { return col(name, Kind::Flag); }
Column id() { return col(u"id", Kind::Id, Req); }
Column ref(const char16_t *name, const char16_t *target, int flags = Null)
{
    return {QString::fromUtf16(name), Kind::Ref, flags, QString::fromUtf16(target), {}};
}
template <typename E> Column key(const char16_t *name)
{
    return {QString::fromUtf16(name), Kind::Enum, Plain, {}, allKeys<E>()};
}

// Every exported table with its columns (core/store/Schema.cpp); TestArchiveJson compares both. Kept
// one table to a few lines, by hand.
const QHash<QString, Table> &tables()
{
    static const QHash<QString, Table> all{
        {u"stored_file"_s, {{id(), col(u"sha256", Kind::Sha256, Req), col(u"data", Kind::Base64, Req)},
            {{u"sha256"_s}}}},
        {u"council"_s, {{id(), col(u"name", Kind::Text, Req), text(u"municipality"), count(u"quota"),
            key<QuorumRule>(u"quorum_rule"), count(u"signer_count"), text(u"record_format"),
            key<NamePolicy>(u"name_policy"), flag(u"consultation_numbering_yearly"),
            integer(u"publication_deadline_days"), text(u"notes"), key<AgendaNumbering>(u"agenda_numbering")},
            {}}},
        {u"member"_s, {{id(), ref(u"council_id", u"council", Req), col(u"name", Kind::Text, Req),
            text(u"reading"), key<MemberRole>(u"role"), date(u"term_start"), date(u"term_end"),
            text(u"recommending_body"), text(u"affiliation"), integer(u"sort_order")}, {}}},
        {u"staff"_s, {{id(), ref(u"council_id", u"council", Req), key<StaffKind>(u"kind"),
            text(u"organisation"), text(u"name"), text(u"title"), integer(u"head_count")}, {}}},
        {u"meeting"_s, {{id(), ref(u"council_id", u"council", Req), integer(u"fiscal_year", Req),
            col(u"number", Kind::Positive, Req), date(u"date"), timeOfDay(u"start_time"),
            timeOfDay(u"end_time"), text(u"venue"), key<MeetingMode>(u"mode"), key<Publicity>(u"publicity"),
            text(u"closed_reason"), flag(u"observers_allowed"), count(u"observer_count"),
            text(u"observers_reason"), ref(u"chair_member_id", u"member"), key<MeetingStatus>(u"status"),
            text(u"notes"), integer(u"drafting_position"), date(u"published_date"),
            integer(u"record_version")}, {{u"council_id"_s, u"fiscal_year"_s, u"number"_s}}}},
        {u"meeting_staff"_s, {{ref(u"meeting_id", u"meeting", Req), ref(u"staff_id", u"staff", Req),
            timeOfDay(u"arrived_at"), timeOfDay(u"left_at")}, {{u"meeting_id"_s, u"staff_id"_s}}}},
        {u"attendance"_s, {{ref(u"meeting_id", u"meeting", Req), ref(u"member_id", u"member", Req),
            key<AttendanceStatus>(u"status"), timeOfDay(u"arrived_at"), timeOfDay(u"left_at"), text(u"note")},
            {{u"meeting_id"_s, u"member_id"_s}}}},
        {u"consultation"_s, {{id(), ref(u"council_id", u"council", Req), col(u"number", Kind::Positive, Req),
            integer(u"fiscal_year", Req), date(u"received_date"), text(u"consulting_body"),
            text(u"department"), text(u"subject"), key<ConsultationKind>(u"kind"), date(u"withdrawn_date"),
            text(u"notes")}, {}}},
        {u"response"_s, {{id(), ref(u"consultation_id", u"consultation", Req), ref(u"meeting_id", u"meeting"),
            date(u"date"), text(u"conclusion"), text(u"body"), text(u"opinions")}, {}}},
        {u"agenda_item"_s, {{id(), ref(u"meeting_id", u"meeting", Req), integer(u"position", Req),
            key<AgendaKind>(u"kind"), text(u"number"), text(u"title"), key<Publicity>(u"publicity"),
            text(u"closed_reason"), key<Outcome>(u"outcome"), key<VoteKind>(u"vote_kind"),
            integer(u"votes_for"), integer(u"votes_against"), integer(u"votes_abstain"),
            ref(u"consultation_id", u"consultation"), ref(u"report_id", u"report")}, {}}},
        {u"statement"_s, {{id(), ref(u"meeting_id", u"meeting", Req), ref(u"agenda_item_id", u"agenda_item"),
            integer(u"position", Req), key<StatementKind>(u"kind"), text(u"speaker"),
            ref(u"member_id", u"member"), ref(u"staff_id", u"staff"), text(u"text"), timeOfDay(u"spoken_at")},
            {}}},
        {u"material"_s, {{id(), ref(u"meeting_id", u"meeting", Req), ref(u"agenda_item_id", u"agenda_item"),
            integer(u"position", Req), text(u"label"), text(u"title"), text(u"file_name"),
            ref(u"file_id", u"stored_file"), integer(u"page_count"), key<Distribution>(u"distribution"),
            flag(u"is_public")}, {}}},
        {u"material_file_version"_s, {{ref(u"material_id", u"material", Req),
            col(u"version", Kind::Positive, Req), ref(u"file_id", u"stored_file", Req), text(u"file_name"),
            integer(u"page_count"), col(u"replaced_at", Kind::DateTime, Req)},
            {{u"material_id"_s, u"version"_s}}}},
        {u"signature"_s, {{id(), ref(u"meeting_id", u"meeting", Req), ref(u"member_id", u"member", Req),
            integer(u"position", Req), col(u"signed_at", Kind::DateTime, Null),
            key<SignatureMethod>(u"method"), text(u"strokes"), ref(u"scan_file_id", u"stored_file")},
            {{u"meeting_id"_s, u"member_id"_s}}}},
        {u"draft_line"_s, {{ref(u"meeting_id", u"meeting", Req), ref(u"agenda_item_id", u"agenda_item"),
            key<StatementKind>(u"kind"), text(u"speaker"), ref(u"member_id", u"member"),
            ref(u"staff_id", u"staff"), text(u"text"), col(u"saved_at", Kind::DateTime, Null)},
            {{u"meeting_id"_s}}}},
        {u"pia_evaluation"_s, {{id(), ref(u"council_id", u"council", Req),
            ref(u"consultation_id", u"consultation"), text(u"affair"), text(u"evaluating_body"),
            text(u"department"), text(u"evaluation_number"), integer(u"version"),
            key<PiaType>(u"declared_type"), integer(u"target_count"), integer(u"handler_count"),
            flag(u"serious_incident"), key<PiaTrigger>(u"trigger_kind"), text(u"change_description"),
            date(u"public_comment_start"), date(u"public_comment_end"), text(u"public_comment_reason"),
            date(u"inspection_date"), date(u"submission_date"), date(u"publication_date"),
            ref(u"document_file_id", u"stored_file"), text(u"notes"), date(u"target_count_date"),
            text(u"target_count_source"), date(u"handler_count_date"), text(u"handler_count_source"),
            date(u"incident_check_date"), text(u"incident_source"), text(u"document_file_name"),
            integer(u"document_page_count"), date(u"last_review_date")}, {}}},
        {u"pia_opinion"_s, {{id(), ref(u"evaluation_id", u"pia_evaluation", Req), integer(u"position"),
            text(u"summary"), key<PiaOpinionHandling>(u"handling"), text(u"reason")}, {}}},
        {u"pia_viewpoint"_s, {{id(), ref(u"evaluation_id", u"pia_evaluation", Req), integer(u"position"),
            key<PiaViewpointArea>(u"area"), text(u"code"), text(u"text"), key<PiaJudgment>(u"judgment"),
            text(u"finding"), text(u"answer"), count(u"round"), text(u"section"), count(u"page")}, {}}},
        {u"pia_viewpoint_statement"_s, {{ref(u"viewpoint_id", u"pia_viewpoint", Req),
            ref(u"statement_id", u"statement", Req)}, {{u"viewpoint_id"_s, u"statement_id"_s}}}},
        {u"pia_question"_s, {{id(), ref(u"evaluation_id", u"pia_evaluation", Req),
            col(u"number", Kind::Positive, Req), text(u"section"), count(u"page"), text(u"question"),
            key<PiaJudgment>(u"first_judgment"), text(u"answer"), text(u"second_check"),
            key<PiaJudgment>(u"final_judgment")}, {{u"evaluation_id"_s, u"number"_s}}}},
        {u"pia_change"_s, {{id(), ref(u"evaluation_id", u"pia_evaluation", Req), integer(u"position"),
            text(u"section"), count(u"page"), text(u"before_text"), text(u"after_text")}, {}}},
        {u"mask_term"_s, {{id(), ref(u"council_id", u"council", Req), col(u"term", Kind::NonEmpty, Req),
            text(u"replacement"), text(u"note")}, {{u"council_id"_s, u"term"_s}}}},
        {u"notation_rule"_s, {{id(), ref(u"council_id", u"council", Req), integer(u"position", Req),
            col(u"find", Kind::NonEmpty, Req), text(u"replacement"), text(u"note")}, {}}},
        {u"stage_direction"_s, {{id(), ref(u"council_id", u"council", Req), integer(u"position", Req),
            col(u"text", Kind::NonEmpty, Req)}, {}}},
        {u"subcommittee"_s, {{id(), ref(u"council_id", u"council", Req), col(u"name", Kind::NonEmpty, Req),
            date(u"established_date"), date(u"dissolved_date"), text(u"notes")}, {}}},
        {u"subcommittee_member"_s, {{ref(u"subcommittee_id", u"subcommittee", Req),
            ref(u"member_id", u"member", Req), flag(u"is_chair"), integer(u"position")},
            {{u"subcommittee_id"_s, u"member_id"_s}}}},
        {u"subcommittee_referral"_s, {{ref(u"subcommittee_id", u"subcommittee", Req),
            ref(u"consultation_id", u"consultation", Req), date(u"referred_date")},
            {{u"subcommittee_id"_s, u"consultation_id"_s}}}},
        {u"subcommittee_meeting"_s, {{id(), ref(u"subcommittee_id", u"subcommittee", Req),
            col(u"number", Kind::Positive, Req), date(u"date"), timeOfDay(u"start_time"),
            timeOfDay(u"end_time"), text(u"venue"), key<Publicity>(u"publicity"), text(u"summary"),
            text(u"notes")}, {{u"subcommittee_id"_s, u"number"_s}}}},
        {u"subcommittee_attendance"_s, {{ref(u"subcommittee_meeting_id", u"subcommittee_meeting", Req),
            ref(u"member_id", u"member", Req)}, {{u"subcommittee_meeting_id"_s, u"member_id"_s}}}},
        {u"subcommittee_item"_s, {{ref(u"subcommittee_meeting_id", u"subcommittee_meeting", Req),
            ref(u"consultation_id", u"consultation", Req), flag(u"concluded"), text(u"result")},
            {{u"subcommittee_meeting_id"_s, u"consultation_id"_s}}}},
        {u"report"_s, {{id(), ref(u"council_id", u"council", Req), col(u"number", Kind::Positive, Req),
            integer(u"fiscal_year", Req), date(u"received_date"), text(u"reporting_body"),
            text(u"department"), text(u"title"), key<ReportKind>(u"kind"), date(u"period_start"),
            date(u"period_end"), count(u"started_count"), count(u"changed_count"), count(u"abolished_count"),
            date(u"known_date"), count(u"affected_count"), flag(u"sensitive_data"), flag(u"financial_damage"),
            flag(u"wrongful_purpose"), flag(u"over_hundred"), text(u"summary"), text(u"measures"),
            text(u"notes")}, {}}},
        // The seal chain refers to meetings by number only: a corrected record's meeting may be gone.
        {u"seal"_s, {{col(u"seq", Kind::Id, Req), integer(u"meeting_id", Req),
            integer(u"record_version", Req), col(u"sealed_at", Kind::DateTime, Req),
            col(u"content_hash", Kind::Sha256, Req), col(u"previous_hash", Kind::Sha256, Req),
            col(u"chain_hash", Kind::Sha256, Req)}, {{u"meeting_id"_s, u"record_version"_s}}}},
        {u"record_version"_s, {{integer(u"meeting_id", Req), integer(u"version", Req),
            col(u"canonical", Kind::Text, Req), col(u"corrected_at", Kind::DateTime, Req),
            col(u"reason", Kind::NonEmpty, Req)}, {{u"meeting_id"_s, u"version"_s}}}},
    };
    return all;
}
// clang-format on

const Table &rulesOf(const QString &table)
{
    static const Table none;
    const auto it = tables().constFind(table);
    return it != tables().cend() ? *it : none;
}

// The word for a row of a table references point at, as in "member 99 is not in this file".
QString noun(const QString &table)
{
    static const QHash<QString, const char *> nouns{
        {u"member"_s, QT_TRANSLATE_NOOP("kiroku::ArchiveJson", "member")},
        {u"staff"_s, QT_TRANSLATE_NOOP("kiroku::ArchiveJson", "staff member")},
        {u"meeting"_s, QT_TRANSLATE_NOOP("kiroku::ArchiveJson", "meeting")},
        {u"agenda_item"_s, QT_TRANSLATE_NOOP("kiroku::ArchiveJson", "agenda item")},
        {u"consultation"_s, QT_TRANSLATE_NOOP("kiroku::ArchiveJson", "consultation")},
        {u"report"_s, QT_TRANSLATE_NOOP("kiroku::ArchiveJson", "report")},
        {u"statement"_s, QT_TRANSLATE_NOOP("kiroku::ArchiveJson", "statement")},
        {u"stored_file"_s, QT_TRANSLATE_NOOP("kiroku::ArchiveJson", "file")},
    };
    const char *word = nouns.value(table);
    return word ? QCoreApplication::translate("kiroku::ArchiveJson", word) : table;
}

// Keeps a quoted value printable in a message: no control characters, no broken surrogates.
QString printable(const QString &text)
{
    QString result = text.left(40);
    for (QChar &c : result) {
        if (c.unicode() < 0x20 || c.isSurrogate())
            c = QChar::ReplacementCharacter;
    }
    return text.size() > 40 ? result + u'…' : result;
}

// A value as a message shows it: "number 123", "text "abc"", "a list" …
QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::abs(number) < 9.2e18 && number == std::trunc(number))
            return Words::tr("number %1").arg(qint64(number));
        return Words::tr("number %1").arg(number, 0, 'g', 17);
    }
    case QJsonValue::String:
        return Words::tr("text \"%1\"").arg(printable(value.toString()));
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
        return Words::tr("a list");
    case QJsonValue::Object:
        return Words::tr("an object");
    default:
        return u"null"_s;
    }
}

// Exactly representable in a double, so an id never changes on the way in.
constexpr double largestWhole = 9007199254740992.0; // 2^53

bool isNumberKind(Kind kind)
{
    return kind == Kind::Id || kind == Kind::Int || kind == Kind::Count || kind == Kind::Positive ||
           kind == Kind::Flag || kind == Kind::Ref;
}

QString hex4(char16_t c)
{
    return QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

// The first character a text must not hold: C0 controls other than tab, newline and CR (a NUL ends
// the text in the HTML and PDF writers), and a surrogate without its pair (not Unicode; SQLite would
// store garbage for it).
QString textProblem(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
            return Words::tr("contains the control character U+%1 at character %2.").arg(hex4(c)).arg(i + 1);
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c))
            return Words::tr("contains a lone surrogate U+%1 at character %2 (not valid Unicode).")
                .arg(hex4(c))
                .arg(i + 1);
    }
    return {};
}

bool validDateTime(const QString &text)
{
    static const QRegularExpression shape(
        u"^(\\d{4}-\\d{2}-\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,3}))?)?(Z|[+-](\\d{2}):(\\d{2}))?$"_s);
    const QRegularExpressionMatch match = shape.match(text);
    if (!match.hasMatch() || !QDate::fromString(match.captured(1), Qt::ISODate).isValid() ||
        !QTime::isValid(match.captured(2).toInt(), match.captured(3).toInt(), match.captured(4).toInt(), 0))
        return false;
    // Not QDateTime::fromString: without an offset it reads local time, which depends on the machine.
    return match.captured(7).isEmpty() ||
           (match.captured(7).toInt() <= 14 && match.captured(8).toInt() <= 59);
}

} // namespace

struct ArchiveJsonCheck::State
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::ArchiveJson)

public:
    struct Reference
    {
        QString path;
        QString table;
        qint64 id;
    };

    QStringList problems;
    QHash<QString, QHash<qint64, QString>> ids; // table -> id -> path of its row
    QHash<QString, QString> seenKeys;           // table and key values -> path of the first row
    QVector<Reference> references;

    // The archive's columns of a table, each with its rule; the archive decides which fields exist, so
    // that a column added by a later migration imports before it has a rule here (TestArchiveJson asks
    // for one).
    struct Columns
    {
        QVector<Column> ordered;
        QHash<QString, qsizetype> index;
    };
    QSqlDatabase db;
    QHash<QString, Columns> columnsOf;

    void add(const QString &problem) { problems << problem; }

    const Columns &columns(const QString &table)
    {
        auto it = columnsOf.find(table);
        if (it != columnsOf.end())
            return *it;
        const QVector<Column> &rules = rulesOf(table).columns;
        const QSqlRecord record = db.record(table);
        Columns result;
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i);
            const auto rule =
                std::find_if(rules.begin(), rules.end(), [&](const Column &c) { return c.name == name; });
            result.index.insert(name, result.ordered.size());
            const int flags = record.field(i).requiredStatus() == QSqlField::Required ? Plain : Null;
            result.ordered << (rule != rules.end() ? *rule : Column{name, Kind::Any, flags, {}, {}});
        }
        return *columnsOf.insert(table, result);
    }

    void rows(const JsonLevel &level, const QJsonValue &value, const QString &path, qint64 parentId)
    {
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isArray()) {
            add(tr("%1 must be a list.").arg(path));
            return;
        }
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString rowPath = u"%1[%2]"_s.arg(path).arg(i);
            if (!list.at(i).isObject())
                add(tr("%1 must be an object.").arg(rowPath));
            else
                row(level, list.at(i).toObject(), rowPath, parentId);
        }
    }

    void row(const JsonLevel &level, const QJsonObject &object, const QString &path, qint64 parentId)
    {
        const Columns &table = columns(level.table);
        QHash<QString, qint64> numbers; // valid whole-number fields, for ids, keys and references
        QHash<QString, QString> texts;  // valid text fields, for keys and the file's checksum
        QByteArray fileData;
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (std::any_of(level.children.begin(), level.children.end(),
                            [&](const JsonLevel &child) { return child.key == it.key(); }))
                continue;
            const auto found = table.index.constFind(it.key());
            if (found == table.index.cend() || it.key() == level.parentColumn) {
                add(tr("%1: unknown field \"%2\".").arg(path, printable(it.key())));
                continue;
            }
            const Column *column = &table.ordered.at(*found);
            const QString fieldPath = path + u'.' + it.key();
            const QJsonValue value = it.value();
            if (value.isNull()) {
                if (!(column->flags & Null))
                    add(tr("%1: must not be null.").arg(fieldPath));
                continue;
            }
            if (column->kind == Kind::Any && !value.isString()) {
                if (!value.isDouble())
                    add(tr("%1 has a value of the wrong type.").arg(fieldPath));
                continue;
            }
            if (isNumberKind(column->kind)) {
                if (const auto number = wholeNumber(*column, value, fieldPath))
                    numbers.insert(column->name, *number);
                continue;
            }
            if (!value.isString()) {
                add(tr("%1: not a string (%2).").arg(fieldPath, describe(value)));
                continue;
            }
            const QString problem = textValueProblem(*column, value.toString(), &fileData);
            if (!problem.isEmpty())
                add(fieldPath + u": "_s + problem);
            else
                texts.insert(column->name, value.toString());
        }
        for (const Column &column : table.ordered) {
            if ((column.flags & Req) && column.name != level.parentColumn && !object.contains(column.name))
                add(tr("%1: the field \"%2\" is missing.").arg(path, column.name));
        }
        if (level.table == u"stored_file"_s && texts.contains(u"data"_s) && texts.contains(u"sha256"_s)) {
            const QString actual =
                QString::fromLatin1(QCryptographicHash::hash(fileData, QCryptographicHash::Sha256).toHex());
            if (actual != texts.value(u"sha256"_s))
                add(tr("%1.sha256: does not match the SHA-256 of the file's data (%2).").arg(path, actual));
        }
        qint64 ownId = 0;
        for (const Column &column : table.ordered) {
            if (!numbers.contains(column.name))
                continue;
            if (column.kind == Kind::Id) {
                ownId = numbers.value(column.name);
                QHash<qint64, QString> &used = ids[level.table];
                const auto previous = used.constFind(ownId);
                if (previous != used.cend())
                    add(tr("%1: id %2 is also used by %3.").arg(path).arg(ownId).arg(*previous));
                else
                    used.insert(ownId, path);
            } else if (column.kind == Kind::Ref) {
                references.append({path + u'.' + column.name, column.target, numbers.value(column.name)});
            }
        }
        if (!level.parentColumn.isEmpty() && parentId > 0)
            numbers.insert(level.parentColumn, parentId);
        checkUniques(level, rulesOf(level.table).uniques, numbers, texts, path);
        for (const JsonLevel &child : level.children)
            rows(child, object.value(child.key), path + u'.' + child.key, ownId);
    }

    std::optional<qint64> wholeNumber(const Column &column, const QJsonValue &value, const QString &path)
    {
        if (column.kind == Kind::Flag) {
            if (!value.isDouble() || (value.toDouble() != 0 && value.toDouble() != 1)) {
                add(tr("%1: must be 0 or 1 (%2).").arg(path, describe(value)));
                return std::nullopt;
            }
            return qint64(value.toDouble());
        }
        if (!value.isDouble() || value.toDouble() != std::trunc(value.toDouble())) {
            add(tr("%1: not a whole number (%2).").arg(path, describe(value)));
            return std::nullopt;
        }
        const double number = value.toDouble();
        if (std::abs(number) > largestWhole) {
            add(tr("%1: out of range (%2).").arg(path, describe(value)));
            return std::nullopt;
        }
        const int minimum = column.kind == Kind::Count ? 0 : 1;
        if ((column.kind == Kind::Count || column.kind == Kind::Positive || column.kind == Kind::Id) &&
            number < minimum) {
            add(tr("%1: must be at least %2 (%3).").arg(path).arg(minimum).arg(describe(value)));
            return std::nullopt;
        }
        return qint64(number);
    }

    static QString textValueProblem(const Column &column, const QString &text, QByteArray *fileData)
    {
        static const QRegularExpression dateShape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        static const QRegularExpression timeShape(u"^(\\d{2}):(\\d{2})(?::(\\d{2}))?$"_s);
        static const QRegularExpression sha256Shape(u"^[0-9a-f]{64}$"_s);
        const QString shown = tr("text \"%1\"").arg(printable(text));
        switch (column.kind) {
        case Kind::NonEmpty:
            if (text.isEmpty())
                return tr("must not be empty.");
            return textProblem(text);
        case Kind::Date:
            if (!dateShape.match(text).hasMatch() || !QDate::fromString(text, Qt::ISODate).isValid())
                return tr("not a date YYYY-MM-DD (%1).").arg(shown);
            return {};
        case Kind::Time: {
            const QRegularExpressionMatch match = timeShape.match(text);
            if (!match.hasMatch() || !QTime::isValid(match.captured(1).toInt(), match.captured(2).toInt(),
                                                     match.captured(3).toInt()))
                return tr("not a time HH:MM or HH:MM:SS (%1).").arg(shown);
            return {};
        }
        case Kind::DateTime:
            if (!validDateTime(text))
                return tr("not an ISO 8601 date and time (%1).").arg(shown);
            return {};
        case Kind::Enum:
            if (!column.keys.contains(text))
                return tr("unknown value %1 (one of: %2).").arg(shown, column.keys.join(u", "_s));
            return {};
        case Kind::Sha256:
            if (!sha256Shape.match(text).hasMatch())
                return tr("not a SHA-256 in lowercase hexadecimal (%1).").arg(shown);
            return {};
        case Kind::Base64: {
            // Only the form export writes: anything else would not come back out the same.
            const QByteArray encoded = text.toLatin1();
            const auto decoded =
                QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded || decoded.decoded.toBase64() != encoded)
                return tr("not valid base64.");
            *fileData = decoded.decoded;
            return {};
        }
        default:
            return textProblem(text);
        }
    }

    void checkUniques(const JsonLevel &level, const QVector<QStringList> &uniques,
                      const QHash<QString, qint64> &numbers, const QHash<QString, QString> &texts,
                      const QString &path)
    {
        for (const QStringList &unique : uniques) {
            QString key = level.table;
            QStringList shownColumns;
            bool complete = true;
            for (const QString &column : unique) {
                if (column != level.parentColumn)
                    shownColumns << column;
                if (numbers.contains(column))
                    key += u'\x1f' + QString::number(numbers.value(column));
                else if (texts.contains(column))
                    key += u'\x1f' + texts.value(column);
                else
                    complete = false;
            }
            if (!complete)
                continue;
            const auto previous = seenKeys.constFind(key);
            if (previous == seenKeys.cend()) {
                seenKeys.insert(key, path);
            } else if (shownColumns.isEmpty()) {
                add(tr("%1: only one row is allowed here.").arg(path));
            } else {
                add(tr("%1: the same %2 as %3.").arg(path, shownColumns.join(u", "_s), *previous));
            }
        }
    }
};

ArchiveJsonCheck::ArchiveJsonCheck(const QSqlDatabase &db)
    : d(std::make_unique<State>())
{
    d->db = db;
}

ArchiveJsonCheck::~ArchiveJsonCheck() = default;

void ArchiveJsonCheck::checkRows(const JsonLevel &level, const QJsonValue &value, const QString &path)
{
    d->rows(level, value, path, 0);
}

void ArchiveJsonCheck::checkTopLevel(const QJsonObject &document, const QStringList &known)
{
    for (auto it = document.begin(); it != document.end(); ++it) {
        if (!known.contains(it.key()))
            d->add(Words::tr("The export has an unknown top-level field \"%1\".").arg(printable(it.key())));
    }
    const QJsonValue schemaVersion = document.value(u"schema_version"_s);
    if (!schemaVersion.isUndefined())
        d->wholeNumber(col(u"schema_version", Kind::Positive), schemaVersion, u"schema_version"_s);
}

QStringList ArchiveJsonCheck::problems(int limit)
{
    QStringList result = d->problems;
    for (const State::Reference &reference : std::as_const(d->references)) {
        if (!d->ids.value(reference.table).contains(reference.id))
            result << Words::tr("%1: %2 %3 is not in this file.")
                          .arg(reference.path, noun(reference.table))
                          .arg(reference.id);
    }
    if (result.size() > limit) {
        const qsizetype rest = result.size() - limit;
        result.resize(limit);
        result << Words::tr("… and %1 more problems.").arg(rest);
    }
    return result;
}

QStringList ArchiveJsonCheck::columns(const QString &table)
{
    QStringList names;
    for (const Column &column : rulesOf(table).columns)
        names << column.name;
    return names;
}

bool ArchiveJsonCheck::nullable(const QString &table, const QString &column)
{
    const QVector<Column> &rules = rulesOf(table).columns;
    const auto rule =
        std::find_if(rules.begin(), rules.end(), [&](const Column &c) { return c.name == column; });
    return rule != rules.end() && (rule->flags & Null);
}

} // namespace kiroku
