#include "store/ReportRepository.h"

#include "store/Sql.h"

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

const QString reportColumns =
    u"id, council_id, number, fiscal_year, received_date, reporting_body, department, title, kind, "
    "period_start, period_end, started_count, changed_count, abolished_count, known_date, affected_count, "
    "sensitive_data, financial_damage, wrongful_purpose, over_hundred, summary, measures, notes"_s;

Report readReport(const sql::Query &q)
{
    Report r;
    r.id = q.value(0).toLongLong();
    r.councilId = q.value(1).toLongLong();
    r.number = q.value(2).toInt();
    r.fiscalYear = q.value(3).toInt();
    r.receivedDate = sql::toDate(q.value(4));
    r.reportingBody = sql::toText(q.value(5));
    r.department = sql::toText(q.value(6));
    r.title = sql::toText(q.value(7));
    r.kind = sql::toEnum(q.value(8), ReportKind::Other);
    r.periodStart = sql::toDate(q.value(9));
    r.periodEnd = sql::toDate(q.value(10));
    r.startedCount = q.value(11).toInt();
    r.changedCount = q.value(12).toInt();
    r.abolishedCount = q.value(13).toInt();
    r.knownDate = sql::toDate(q.value(14));
    r.affectedCount = q.value(15).toInt();
    r.sensitiveData = q.value(16).toBool();
    r.financialDamage = q.value(17).toBool();
    r.wrongfulPurpose = q.value(18).toBool();
    r.overHundred = q.value(19).toBool();
    r.summary = sql::toText(q.value(20));
    r.measures = sql::toText(q.value(21));
    r.notes = sql::toText(q.value(22));
    return r;
}

void bindReport(sql::Query &q, const Report &r)
{
    q.bind(u":council_id"_s, r.councilId)
        .bind(u":number"_s, r.number)
        .bind(u":fiscal_year"_s, r.fiscalYear)
        .bind(u":received_date"_s, sql::fromDate(r.receivedDate))
        .bind(u":reporting_body"_s, sql::fromText(r.reportingBody))
        .bind(u":department"_s, sql::fromText(r.department))
        .bind(u":title"_s, sql::fromText(r.title))
        .bind(u":kind"_s, toKey(r.kind))
        .bind(u":period_start"_s, sql::fromDate(r.periodStart))
        .bind(u":period_end"_s, sql::fromDate(r.periodEnd))
        .bind(u":started_count"_s, r.startedCount)
        .bind(u":changed_count"_s, r.changedCount)
        .bind(u":abolished_count"_s, r.abolishedCount)
        .bind(u":known_date"_s, sql::fromDate(r.knownDate))
        .bind(u":affected_count"_s, r.affectedCount)
        .bind(u":sensitive_data"_s, r.sensitiveData ? 1 : 0)
        .bind(u":financial_damage"_s, r.financialDamage ? 1 : 0)
        .bind(u":wrongful_purpose"_s, r.wrongfulPurpose ? 1 : 0)
        .bind(u":over_hundred"_s, r.overHundred ? 1 : 0)
        .bind(u":summary"_s, sql::fromText(r.summary))
        .bind(u":measures"_s, sql::fromText(r.measures))
        .bind(u":notes"_s, sql::fromText(r.notes));
}

// ":council_id, :number, …" from the column list, without the id.
QString placeholders()
{
    QStringList names = reportColumns.split(u", "_s);
    names.removeFirst();
    for (QString &name : names)
        name.prepend(u':');
    return names.join(u", "_s);
}

QString assignments()
{
    QStringList names = reportColumns.split(u", "_s);
    names.removeFirst();
    for (QString &name : names)
        name = name + u" = :"_s + name;
    return names.join(u", "_s);
}

} // namespace

QVector<Report> ReportRepository::reports(Id councilId) const
{
    QVector<Report> result;
    sql::Query q(m_db, u"SELECT "_s + reportColumns +
                           u" FROM report WHERE council_id = :council ORDER BY fiscal_year, number, id"_s);
    q.bind(u":council"_s, councilId).exec();
    while (q.next())
        result.append(readReport(q));
    return result;
}

std::optional<Report> ReportRepository::report(Id id) const
{
    sql::Query q(m_db, u"SELECT "_s + reportColumns + u" FROM report WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return readReport(q);
}

Id ReportRepository::insert(const Report &report)
{
    const bool keepId = report.id > 0;
    const QString columns = reportColumns.mid(reportColumns.indexOf(u',') + 2);
    sql::Query q(m_db, u"INSERT INTO report ("_s + (keepId ? u"id, "_s : QString()) + columns +
                           u") VALUES ("_s + (keepId ? u":id, "_s : QString()) + placeholders() +
                           u") RETURNING id"_s);
    bindReport(q, report);
    if (keepId)
        q.bind(u":id"_s, report.id);
    return q.insertReturningId();
}

void ReportRepository::update(const Report &report)
{
    sql::Query q(m_db, u"UPDATE report SET "_s + assignments() + u" WHERE id = :id"_s);
    bindReport(q, report);
    q.bind(u":id"_s, report.id).exec();
}

void ReportRepository::remove(Id id)
{
    sql::Query(m_db, u"DELETE FROM report WHERE id = :id"_s).bind(u":id"_s, id).exec();
}

bool ReportRepository::numberTaken(Id councilId, int number, std::optional<int> fiscalYear, Id exceptId) const
{
    sql::Query q(m_db, u"SELECT COUNT(*) FROM report WHERE council_id = :council AND number = :number "
                       "AND id <> :except"_s +
                           (fiscalYear ? u" AND fiscal_year = :year"_s : QString()));
    q.bind(u":council"_s, councilId).bind(u":number"_s, number).bind(u":except"_s, exceptId);
    if (fiscalYear)
        q.bind(u":year"_s, *fiscalYear);
    q.exec();
    return q.next() && q.value(0).toInt() > 0;
}

int ReportRepository::maxNumber(Id councilId, std::optional<int> fiscalYear) const
{
    sql::Query q(m_db, u"SELECT COALESCE(MAX(number), 0) FROM report WHERE council_id = :council"_s +
                           (fiscalYear ? u" AND fiscal_year = :year"_s : QString()));
    q.bind(u":council"_s, councilId);
    if (fiscalYear)
        q.bind(u":year"_s, *fiscalYear);
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace kiroku
