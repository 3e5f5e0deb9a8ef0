#include "store/PiaRepository.h"

#include "store/Sql.h"

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

const QString piaColumns =
    u"id, council_id, consultation_id, affair, evaluating_body, department, evaluation_number, version, "
    "declared_type, target_count, handler_count, serious_incident, trigger_kind, change_description, "
    "public_comment_start, public_comment_end, public_comment_reason, inspection_date, submission_date, "
    "publication_date, document_file_id, notes"_s;

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
    return e;
}

void bindEvaluation(sql::Query &q, const PiaEvaluation &e)
{
    q.bind(u":council_id"_s, e.councilId)
        .bind(u":consultation_id"_s, sql::fromId(e.consultationId))
        .bind(u":affair"_s, sql::fromText(e.affair))
        .bind(u":evaluating_body"_s, sql::fromText(e.evaluatingBody))
        .bind(u":department"_s, sql::fromText(e.department))
        .bind(u":evaluation_number"_s, sql::fromText(e.evaluationNumber))
        .bind(u":version"_s, e.version)
        .bind(u":declared_type"_s, toKey(e.declaredType))
        .bind(u":target_count"_s, e.targetCount)
        .bind(u":handler_count"_s, e.handlerCount)
        .bind(u":serious_incident"_s, e.seriousIncident ? 1 : 0)
        .bind(u":trigger_kind"_s, toKey(e.trigger))
        .bind(u":change_description"_s, sql::fromText(e.changeDescription))
        .bind(u":public_comment_start"_s, sql::fromDate(e.publicCommentStart))
        .bind(u":public_comment_end"_s, sql::fromDate(e.publicCommentEnd))
        .bind(u":public_comment_reason"_s, sql::fromText(e.publicCommentReason))
        .bind(u":inspection_date"_s, sql::fromDate(e.inspectionDate))
        .bind(u":submission_date"_s, sql::fromDate(e.submissionDate))
        .bind(u":publication_date"_s, sql::fromDate(e.publicationDate))
        .bind(u":document_file_id"_s, sql::fromId(e.documentFileId))
        .bind(u":notes"_s, sql::fromText(e.notes));
}

} // namespace

QVector<PiaEvaluation> PiaRepository::evaluations(Id councilId) const
{
    QVector<PiaEvaluation> result;
    sql::Query q(m_db,
                 u"SELECT "_s + piaColumns +
                     u" FROM pia_evaluation WHERE council_id = :council ORDER BY affair, version, id"_s);
    q.bind(u":council"_s, councilId).exec();
    while (q.next())
        result.append(readEvaluation(q));
    return result;
}

std::optional<PiaEvaluation> PiaRepository::evaluation(Id id) const
{
    sql::Query q(m_db, u"SELECT "_s + piaColumns + u" FROM pia_evaluation WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return readEvaluation(q);
}

Id PiaRepository::insert(const PiaEvaluation &evaluation)
{
    sql::Query q(
        m_db,
        u"INSERT INTO pia_evaluation (council_id, consultation_id, affair, evaluating_body, department, "
        "evaluation_number, version, declared_type, target_count, handler_count, serious_incident, "
        "trigger_kind, change_description, public_comment_start, public_comment_end, "
        "public_comment_reason, inspection_date, submission_date, publication_date, document_file_id, "
        "notes) VALUES (:council_id, :consultation_id, :affair, :evaluating_body, :department, "
        ":evaluation_number, :version, :declared_type, :target_count, :handler_count, :serious_incident, "
        ":trigger_kind, :change_description, :public_comment_start, :public_comment_end, "
        ":public_comment_reason, :inspection_date, :submission_date, :publication_date, "
        ":document_file_id, :notes) RETURNING id"_s);
    bindEvaluation(q, evaluation);
    return q.insertReturningId();
}

void PiaRepository::update(const PiaEvaluation &evaluation)
{
    sql::Query q(
        m_db, u"UPDATE pia_evaluation SET council_id = :council_id, consultation_id = :consultation_id, "
              "affair = :affair, evaluating_body = :evaluating_body, department = :department, "
              "evaluation_number = :evaluation_number, version = :version, declared_type = :declared_type, "
              "target_count = :target_count, handler_count = :handler_count, "
              "serious_incident = :serious_incident, trigger_kind = :trigger_kind, "
              "change_description = :change_description, public_comment_start = :public_comment_start, "
              "public_comment_end = :public_comment_end, public_comment_reason = :public_comment_reason, "
              "inspection_date = :inspection_date, submission_date = :submission_date, "
              "publication_date = :publication_date, document_file_id = :document_file_id, "
              "notes = :notes WHERE id = :id"_s);
    bindEvaluation(q, evaluation);
    q.bind(u":id"_s, evaluation.id).exec();
}

void PiaRepository::remove(Id id)
{
    sql::Query(m_db, u"DELETE FROM pia_evaluation WHERE id = :id"_s).bind(u":id"_s, id).exec();
}

QVector<PiaEvaluation> PiaRepository::versions(Id councilId, const QString &evaluationNumber) const
{
    QVector<PiaEvaluation> result;
    sql::Query q(m_db,
                 u"SELECT "_s + piaColumns +
                     u" FROM pia_evaluation WHERE council_id = :council AND evaluation_number = :number "
                     "ORDER BY version, id"_s);
    q.bind(u":council"_s, councilId).bind(u":number"_s, sql::fromText(evaluationNumber)).exec();
    while (q.next())
        result.append(readEvaluation(q));
    return result;
}

} // namespace kiroku
