#include "store/PiaRepository.h"

#include "store/Sql.h"

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

// Every column but id, in the order readEvaluation reads them after the id.
const QStringList evaluationColumns{u"council_id"_s,
                                    u"consultation_id"_s,
                                    u"affair"_s,
                                    u"evaluating_body"_s,
                                    u"department"_s,
                                    u"evaluation_number"_s,
                                    u"version"_s,
                                    u"declared_type"_s,
                                    u"target_count"_s,
                                    u"handler_count"_s,
                                    u"serious_incident"_s,
                                    u"trigger_kind"_s,
                                    u"change_description"_s,
                                    u"public_comment_start"_s,
                                    u"public_comment_end"_s,
                                    u"public_comment_reason"_s,
                                    u"inspection_date"_s,
                                    u"submission_date"_s,
                                    u"publication_date"_s,
                                    u"document_file_id"_s,
                                    u"notes"_s,
                                    u"target_count_date"_s,
                                    u"target_count_source"_s,
                                    u"handler_count_date"_s,
                                    u"handler_count_source"_s,
                                    u"incident_check_date"_s,
                                    u"incident_source"_s,
                                    u"document_file_name"_s,
                                    u"document_page_count"_s,
                                    u"last_review_date"_s};

QString selectEvaluations()
{
    return u"SELECT id, "_s + evaluationColumns.join(u", "_s) + u" FROM pia_evaluation"_s;
}

PiaEvaluation readEvaluation(const sql::Query &q)
{
    PiaEvaluation e;
    e.id = q.value(0).toLongLong();
    e.councilId = q.value(1).toLongLong();
    e.consultationId = sql::toId(q.value(2));
    e.affair = sql::toText(q.value(3));
    e.evaluatingBody = sql::toText(q.value(4));
    e.department = sql::toText(q.value(5));
    e.evaluationNumber = sql::toText(q.value(6));
    e.version = q.value(7).toInt();
    e.declaredType = sql::toEnum(q.value(8), PiaType::BasicFull);
    e.targetCount = q.value(9).toInt();
    e.handlerCount = q.value(10).toInt();
    e.seriousIncident = q.value(11).toBool();
    e.trigger = sql::toEnum(q.value(12), PiaTrigger::New);
    e.changeDescription = sql::toText(q.value(13));
    e.publicCommentStart = sql::toDate(q.value(14));
    e.publicCommentEnd = sql::toDate(q.value(15));
    e.publicCommentReason = sql::toText(q.value(16));
    e.inspectionDate = sql::toDate(q.value(17));
    e.submissionDate = sql::toDate(q.value(18));
    e.publicationDate = sql::toDate(q.value(19));
    e.documentFileId = sql::toId(q.value(20));
    e.notes = sql::toText(q.value(21));
    e.targetCountDate = sql::toDate(q.value(22));
    e.targetCountSource = sql::toText(q.value(23));
    e.handlerCountDate = sql::toDate(q.value(24));
    e.handlerCountSource = sql::toText(q.value(25));
    e.incidentCheckDate = sql::toDate(q.value(26));
    e.incidentSource = sql::toText(q.value(27));
    e.documentFileName = sql::toText(q.value(28));
    e.documentPageCount = q.value(29).toInt();
    e.lastReviewDate = sql::toDate(q.value(30));
    return e;
}

QVariantList valuesOf(const PiaEvaluation &e)
{
    return {e.councilId,
            sql::fromId(e.consultationId),
            sql::fromText(e.affair),
            sql::fromText(e.evaluatingBody),
            sql::fromText(e.department),
            sql::fromText(e.evaluationNumber),
            e.version,
            toKey(e.declaredType),
            e.targetCount,
            e.handlerCount,
            e.seriousIncident ? 1 : 0,
            toKey(e.trigger),
            sql::fromText(e.changeDescription),
            sql::fromDate(e.publicCommentStart),
            sql::fromDate(e.publicCommentEnd),
            sql::fromText(e.publicCommentReason),
            sql::fromDate(e.inspectionDate),
            sql::fromDate(e.submissionDate),
            sql::fromDate(e.publicationDate),
            sql::fromId(e.documentFileId),
            sql::fromText(e.notes),
            sql::fromDate(e.targetCountDate),
            sql::fromText(e.targetCountSource),
            sql::fromDate(e.handlerCountDate),
            sql::fromText(e.handlerCountSource),
            sql::fromDate(e.incidentCheckDate),
            sql::fromText(e.incidentSource),
            sql::fromText(e.documentFileName),
            e.documentPageCount,
            sql::fromDate(e.lastReviewDate)};
}

QVector<PiaEvaluation> readAll(sql::Query &q)
{
    QVector<PiaEvaluation> result;
    q.exec();
    while (q.next())
        result.append(readEvaluation(q));
    return result;
}

} // namespace

QVector<PiaEvaluation> PiaRepository::evaluations(Id councilId) const
{
    sql::Query q(m_db, selectEvaluations() + u" WHERE council_id = :council ORDER BY affair, version, id"_s);
    q.bind(u":council"_s, councilId);
    return readAll(q);
}

std::optional<PiaEvaluation> PiaRepository::evaluation(Id id) const
{
    sql::Query q(m_db, selectEvaluations() + u" WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return readEvaluation(q);
}

Id PiaRepository::insert(const PiaEvaluation &evaluation)
{
    QStringList columns = evaluationColumns;
    QVariantList values = valuesOf(evaluation);
    if (evaluation.id != 0) {
        columns.prepend(u"id"_s);
        values.prepend(evaluation.id);
    }
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders << u":v%1"_s.arg(i);
    sql::Query q(m_db, u"INSERT INTO pia_evaluation (%1) VALUES (%2) RETURNING id"_s.arg(
                           columns.join(u", "_s), placeholders.join(u", "_s)));
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bind(placeholders.at(i), values.at(i));
    return q.insertReturningId();
}

void PiaRepository::update(const PiaEvaluation &evaluation)
{
    QStringList assignments;
    for (qsizetype i = 0; i < evaluationColumns.size(); ++i)
        assignments << u"%1 = :v%2"_s.arg(evaluationColumns.at(i)).arg(i);
    sql::Query q(m_db, u"UPDATE pia_evaluation SET %1 WHERE id = :id"_s.arg(assignments.join(u", "_s)));
    const QVariantList values = valuesOf(evaluation);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bind(u":v%1"_s.arg(i), values.at(i));
    q.bind(u":id"_s, evaluation.id).exec();
}

void PiaRepository::remove(Id id)
{
    sql::Query(m_db, u"DELETE FROM pia_evaluation WHERE id = :id"_s).bind(u":id"_s, id).exec();
}

QVector<PiaEvaluation> PiaRepository::versions(Id councilId, const QString &evaluationNumber) const
{
    sql::Query q(m_db,
                 selectEvaluations() +
                     u" WHERE council_id = :council AND evaluation_number = :number ORDER BY version, id"_s);
    q.bind(u":council"_s, councilId).bind(u":number"_s, sql::fromText(evaluationNumber));
    return readAll(q);
}

int PiaRepository::maxVersion(Id councilId, const QString &evaluationNumber) const
{
    sql::Query q(m_db, u"SELECT MAX(version) FROM pia_evaluation WHERE council_id = :council AND "
                       "evaluation_number = :number"_s);
    q.bind(u":council"_s, councilId).bind(u":number"_s, sql::fromText(evaluationNumber)).exec();
    return q.next() ? q.value(0).toInt() : 0;
}

QVector<PiaEvaluation> PiaRepository::evaluationsOfConsultation(Id consultationId) const
{
    sql::Query q(m_db,
                 selectEvaluations() + u" WHERE consultation_id = :consultation ORDER BY version, id"_s);
    q.bind(u":consultation"_s, consultationId);
    return readAll(q);
}

std::optional<PiaSnapshot> PiaRepository::snapshot(Id evaluationId) const
{
    const std::optional<PiaEvaluation> e = evaluation(evaluationId);
    if (!e)
        return std::nullopt;
    return PiaSnapshot{*e, opinions(evaluationId), viewpoints(evaluationId), questions(evaluationId),
                       changes(evaluationId)};
}

void PiaRepository::restore(const PiaSnapshot &s)
{
    sql::Transaction transaction(m_db);
    insert(s.evaluation);
    for (const PiaOpinion &o : s.opinions)
        insert(o);
    for (const PiaViewpoint &v : s.viewpoints)
        insert(v);
    for (const PiaQuestion &q : s.questions)
        insert(q);
    for (const PiaChange &c : s.changes)
        insert(c);
    transaction.commit();
}

} // namespace kiroku
