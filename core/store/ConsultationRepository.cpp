#include "store/ConsultationRepository.h"

#include "store/Sql.h"

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

const QString consultationColumns = u"id, council_id, number, fiscal_year, received_date, consulting_body, "
                                    "department, subject, kind, withdrawn_date, notes"_s;

Consultation readConsultation(const sql::Query &q)
{
    Consultation c;
    c.id = q.value(0).toLongLong();
    c.councilId = q.value(1).toLongLong();
    c.number = q.value(2).toInt();
    c.fiscalYear = q.value(3).toInt();
    c.receivedDate = sql::toDate(q.value(4));
    c.consultingBody = sql::toText(q.value(5));
    c.department = sql::toText(q.value(6));
    c.subject = sql::toText(q.value(7));
    c.kind = sql::toEnum(q.value(8), ConsultationKind::Other);
    c.withdrawnDate = sql::toDate(q.value(9));
    c.notes = sql::toText(q.value(10));
    return c;
}

void bindConsultation(sql::Query &q, const Consultation &c)
{
    q.bind(u":council_id"_s, c.councilId)
        .bind(u":number"_s, c.number)
        .bind(u":fiscal_year"_s, c.fiscalYear)
        .bind(u":received_date"_s, sql::fromDate(c.receivedDate))
        .bind(u":consulting_body"_s, sql::fromText(c.consultingBody))
        .bind(u":department"_s, sql::fromText(c.department))
        .bind(u":subject"_s, sql::fromText(c.subject))
        .bind(u":kind"_s, toKey(c.kind))
        .bind(u":withdrawn_date"_s, sql::fromDate(c.withdrawnDate))
        .bind(u":notes"_s, sql::fromText(c.notes));
}

const QString responseColumns = u"id, consultation_id, meeting_id, date, conclusion, body, opinions"_s;

Response readResponse(const sql::Query &q)
{
    Response r;
    r.id = q.value(0).toLongLong();
    r.consultationId = q.value(1).toLongLong();
    r.meetingId = sql::toId(q.value(2));
    r.date = sql::toDate(q.value(3));
    r.conclusion = sql::toText(q.value(4));
    r.body = sql::toText(q.value(5));
    r.opinions = sql::toText(q.value(6));
    return r;
}

void bindResponse(sql::Query &q, const Response &r)
{
    q.bind(u":consultation_id"_s, r.consultationId)
        .bind(u":meeting_id"_s, sql::fromId(r.meetingId))
        .bind(u":date"_s, sql::fromDate(r.date))
        .bind(u":conclusion"_s, sql::fromText(r.conclusion))
        .bind(u":body"_s, sql::fromText(r.body))
        .bind(u":opinions"_s, sql::fromText(r.opinions));
}

QVector<Response> readResponses(sql::Query &q)
{
    QVector<Response> result;
    q.exec();
    while (q.next())
        result.append(readResponse(q));
    return result;
}

} // namespace

QVector<Consultation> ConsultationRepository::consultations(Id councilId) const
{
    QVector<Consultation> result;
    sql::Query q(m_db,
                 u"SELECT "_s + consultationColumns +
                     u" FROM consultation WHERE council_id = :council ORDER BY fiscal_year, number, id"_s);
    q.bind(u":council"_s, councilId).exec();
    while (q.next())
        result.append(readConsultation(q));
    return result;
}

std::optional<Consultation> ConsultationRepository::consultation(Id id) const
{
    sql::Query q(m_db, u"SELECT "_s + consultationColumns + u" FROM consultation WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return readConsultation(q);
}

Id ConsultationRepository::insert(const Consultation &consultation)
{
    // An id that is set comes back (undo of a removal), so agenda items and responses find it again.
    const bool keepId = consultation.id > 0;
    sql::Query q(m_db,
                 u"INSERT INTO consultation ("_s + (keepId ? u"id, "_s : QString()) +
                     u"council_id, number, fiscal_year, received_date, consulting_body, "
                     "department, subject, kind, withdrawn_date, notes) VALUES ("_s +
                     (keepId ? u":id, "_s : QString()) +
                     u":council_id, :number, :fiscal_year, :received_date, :consulting_body, :department, "
                     ":subject, :kind, :withdrawn_date, :notes) RETURNING id"_s);
    bindConsultation(q, consultation);
    if (keepId)
        q.bind(u":id"_s, consultation.id);
    return q.insertReturningId();
}

void ConsultationRepository::update(const Consultation &consultation)
{
    sql::Query q(m_db, u"UPDATE consultation SET council_id = :council_id, number = :number, "
                       "fiscal_year = :fiscal_year, received_date = :received_date, "
                       "consulting_body = :consulting_body, department = :department, subject = :subject, "
                       "kind = :kind, withdrawn_date = :withdrawn_date, notes = :notes WHERE id = :id"_s);
    bindConsultation(q, consultation);
    q.bind(u":id"_s, consultation.id).exec();
}

void ConsultationRepository::remove(Id id)
{
    sql::Query(m_db, u"DELETE FROM consultation WHERE id = :id"_s).bind(u":id"_s, id).exec();
}

QVector<Response> ConsultationRepository::responses(Id consultationId) const
{
    sql::Query q(m_db, u"SELECT "_s + responseColumns +
                           u" FROM response WHERE consultation_id = :consultation ORDER BY date, id"_s);
    q.bind(u":consultation"_s, consultationId);
    return readResponses(q);
}

std::optional<Response> ConsultationRepository::response(Id id) const
{
    sql::Query q(m_db, u"SELECT "_s + responseColumns + u" FROM response WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return readResponse(q);
}

Id ConsultationRepository::insert(const Response &response)
{
    const bool keepId = response.id > 0;
    sql::Query q(m_db,
                 u"INSERT INTO response ("_s + (keepId ? u"id, "_s : QString()) +
                     u"consultation_id, meeting_id, date, conclusion, body, opinions) VALUES ("_s +
                     (keepId ? u":id, "_s : QString()) +
                     u":consultation_id, :meeting_id, :date, :conclusion, :body, :opinions) RETURNING id"_s);
    bindResponse(q, response);
    if (keepId)
        q.bind(u":id"_s, response.id);
    return q.insertReturningId();
}

void ConsultationRepository::update(const Response &response)
{
    sql::Query q(
        m_db, u"UPDATE response SET consultation_id = :consultation_id, meeting_id = :meeting_id, "
              "date = :date, conclusion = :conclusion, body = :body, opinions = :opinions WHERE id = :id"_s);
    bindResponse(q, response);
    q.bind(u":id"_s, response.id).exec();
}

void ConsultationRepository::removeResponse(Id id)
{
    sql::Query(m_db, u"DELETE FROM response WHERE id = :id"_s).bind(u":id"_s, id).exec();
}

QVector<Response> ConsultationRepository::responsesOfMeeting(Id meetingId) const
{
    sql::Query q(m_db, u"SELECT "_s + responseColumns +
                           u" FROM response WHERE meeting_id = :meeting ORDER BY date, id"_s);
    q.bind(u":meeting"_s, meetingId);
    return readResponses(q);
}

int ConsultationRepository::maxNumber(Id councilId, std::optional<int> fiscalYear) const
{
    sql::Query q(m_db, u"SELECT COALESCE(MAX(number), 0) FROM consultation WHERE council_id = :council"_s +
                           (fiscalYear ? u" AND fiscal_year = :year"_s : QString()));
    q.bind(u":council"_s, councilId);
    if (fiscalYear)
        q.bind(u":year"_s, *fiscalYear);
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

bool ConsultationRepository::numberTaken(Id councilId, int number, std::optional<int> fiscalYear,
                                         Id exceptId) const
{
    sql::Query q(m_db, u"SELECT COUNT(*) FROM consultation WHERE council_id = :council AND number = :number "
                       "AND id <> :except"_s +
                           (fiscalYear ? u" AND fiscal_year = :year"_s : QString()));
    q.bind(u":council"_s, councilId).bind(u":number"_s, number).bind(u":except"_s, exceptId);
    if (fiscalYear)
        q.bind(u":year"_s, *fiscalYear);
    q.exec();
    return q.next() && q.value(0).toLongLong() > 0;
}

} // namespace kiroku
