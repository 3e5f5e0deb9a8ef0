// The parts of an evaluation (PiaRepository): opinions, viewpoints with statement links, questions,
// changes. Each table is described once (columns, how a row reads and binds) and shares the SQL.
#include "store/PiaRepository.h"

#include "store/Sql.h"

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

template <typename T> struct Part;

template <> struct Part<PiaOpinion>
{
    static inline const QString table = u"pia_opinion"_s;
    static inline const QString order = u"position, id"_s;
    static inline const QStringList columns{u"evaluation_id"_s, u"position"_s, u"summary"_s, u"handling"_s,
                                            u"reason"_s};
    static PiaOpinion read(const sql::Query &q)
    {
        PiaOpinion o;
        o.id = q.value(0).toLongLong();
        o.evaluationId = q.value(1).toLongLong();
        o.position = q.value(2).toInt();
        o.summary = sql::toText(q.value(3));
        o.handling = sql::toEnum(q.value(4), PiaOpinionHandling::Pending);
        o.reason = sql::toText(q.value(5));
        return o;
    }
    static QVariantList values(const PiaOpinion &o)
    {
        return {o.evaluationId, o.position, sql::fromText(o.summary), toKey(o.handling),
                sql::fromText(o.reason)};
    }
};

template <> struct Part<PiaViewpoint>
{
    static inline const QString table = u"pia_viewpoint"_s;
    static inline const QString order = u"position, id"_s;
    static inline const QStringList columns{u"evaluation_id"_s, u"position"_s, u"area"_s,    u"code"_s,
                                            u"text"_s,          u"judgment"_s, u"finding"_s, u"answer"_s,
                                            u"round"_s,         u"section"_s,  u"page"_s};
    static PiaViewpoint read(const sql::Query &q)
    {
        PiaViewpoint v;
        v.id = q.value(0).toLongLong();
        v.evaluationId = q.value(1).toLongLong();
        v.position = q.value(2).toInt();
        v.area = sql::toEnum(q.value(3), PiaViewpointArea::Conformity);
        v.code = sql::toText(q.value(4));
        v.text = sql::toText(q.value(5));
        v.judgment = sql::toEnum(q.value(6), PiaJudgment::None);
        v.finding = sql::toText(q.value(7));
        v.answer = sql::toText(q.value(8));
        v.round = q.value(9).toInt();
        v.section = sql::toText(q.value(10));
        v.page = q.value(11).toInt();
        return v;
    }
    static QVariantList values(const PiaViewpoint &v)
    {
        return {v.evaluationId,
                v.position,
                toKey(v.area),
                sql::fromText(v.code),
                sql::fromText(v.text),
                toKey(v.judgment),
                sql::fromText(v.finding),
                sql::fromText(v.answer),
                v.round,
                sql::fromText(v.section),
                v.page};
    }
};

template <> struct Part<PiaQuestion>
{
    static inline const QString table = u"pia_question"_s;
    static inline const QString order = u"number, id"_s;
    static inline const QStringList columns{u"evaluation_id"_s, u"number"_s,       u"section"_s,
                                            u"page"_s,          u"question"_s,     u"first_judgment"_s,
                                            u"answer"_s,        u"second_check"_s, u"final_judgment"_s};
    static PiaQuestion read(const sql::Query &q)
    {
        PiaQuestion x;
        x.id = q.value(0).toLongLong();
        x.evaluationId = q.value(1).toLongLong();
        x.number = q.value(2).toInt();
        x.section = sql::toText(q.value(3));
        x.page = q.value(4).toInt();
        x.question = sql::toText(q.value(5));
        x.firstJudgment = sql::toEnum(q.value(6), PiaJudgment::None);
        x.answer = sql::toText(q.value(7));
        x.secondCheck = sql::toText(q.value(8));
        x.finalJudgment = sql::toEnum(q.value(9), PiaJudgment::None);
        return x;
    }
    static QVariantList values(const PiaQuestion &x)
    {
        return {x.evaluationId,
                x.number,
                sql::fromText(x.section),
                x.page,
                sql::fromText(x.question),
                toKey(x.firstJudgment),
                sql::fromText(x.answer),
                sql::fromText(x.secondCheck),
                toKey(x.finalJudgment)};
    }
};

template <> struct Part<PiaChange>
{
    static inline const QString table = u"pia_change"_s;
    static inline const QString order = u"position, id"_s;
    static inline const QStringList columns{u"evaluation_id"_s, u"position"_s,    u"section"_s,
                                            u"page"_s,          u"before_text"_s, u"after_text"_s};
    static PiaChange read(const sql::Query &q)
    {
        PiaChange c;
        c.id = q.value(0).toLongLong();
        c.evaluationId = q.value(1).toLongLong();
        c.position = q.value(2).toInt();
        c.section = sql::toText(q.value(3));
        c.page = q.value(4).toInt();
        c.before = sql::toText(q.value(5));
        c.after = sql::toText(q.value(6));
        return c;
    }
    static QVariantList values(const PiaChange &c)
    {
        return {c.evaluationId,        c.position, sql::fromText(c.section), c.page, sql::fromText(c.before),
                sql::fromText(c.after)};
    }
};

template <typename T> QString selectFrom()
{
    return u"SELECT id, "_s + Part<T>::columns.join(u", "_s) + u" FROM "_s + Part<T>::table;
}

template <typename T> QVector<T> listOf(const QSqlDatabase &db, Id evaluationId)
{
    sql::Query q(db, selectFrom<T>() + u" WHERE evaluation_id = :e ORDER BY "_s + Part<T>::order);
    q.bind(u":e"_s, evaluationId).exec();
    QVector<T> result;
    while (q.next())
        result << Part<T>::read(q);
    return result;
}

template <typename T> std::optional<T> one(const QSqlDatabase &db, Id id)
{
    sql::Query q(db, selectFrom<T>() + u" WHERE id = :id"_s);
    q.bind(u":id"_s, id).exec();
    if (!q.next())
        return std::nullopt;
    return Part<T>::read(q);
}

template <typename T> Id insertPart(const QSqlDatabase &db, const T &item)
{
    QStringList columns = Part<T>::columns;
    QVariantList values = Part<T>::values(item);
    if (item.id != 0) {
        columns.prepend(u"id"_s);
        values.prepend(item.id);
    }
    QStringList placeholders;
    for (qsizetype i = 0; i < columns.size(); ++i)
        placeholders << u":v%1"_s.arg(i);
    sql::Query q(db, u"INSERT INTO %1 (%2) VALUES (%3) RETURNING id"_s.arg(
                         Part<T>::table, columns.join(u", "_s), placeholders.join(u", "_s)));
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bind(placeholders.at(i), values.at(i));
    return q.insertReturningId();
}

template <typename T> void updatePart(const QSqlDatabase &db, const T &item)
{
    QStringList assignments;
    const QStringList &columns = Part<T>::columns;
    for (qsizetype i = 0; i < columns.size(); ++i)
        assignments << u"%1 = :v%2"_s.arg(columns.at(i)).arg(i);
    sql::Query q(db, u"UPDATE %1 SET %2 WHERE id = :id"_s.arg(Part<T>::table, assignments.join(u", "_s)));
    const QVariantList values = Part<T>::values(item);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bind(u":v%1"_s.arg(i), values.at(i));
    q.bind(u":id"_s, item.id).exec();
}

template <typename T> void removePart(const QSqlDatabase &db, Id id)
{
    sql::Query(db, u"DELETE FROM %1 WHERE id = :id"_s.arg(Part<T>::table)).bind(u":id"_s, id).exec();
}

QVector<Id> statementLinks(const QSqlDatabase &db, Id viewpointId)
{
    sql::Query q(db, u"SELECT statement_id FROM pia_viewpoint_statement WHERE viewpoint_id = :v "
                     "ORDER BY statement_id"_s);
    q.bind(u":v"_s, viewpointId).exec();
    QVector<Id> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace

QVector<PiaOpinion> PiaRepository::opinions(Id evaluationId) const
{
    return listOf<PiaOpinion>(m_db, evaluationId);
}
std::optional<PiaOpinion> PiaRepository::opinion(Id id) const
{
    return one<PiaOpinion>(m_db, id);
}
Id PiaRepository::insert(const PiaOpinion &opinion)
{
    return insertPart(m_db, opinion);
}
void PiaRepository::update(const PiaOpinion &opinion)
{
    updatePart(m_db, opinion);
}
void PiaRepository::removeOpinion(Id id)
{
    removePart<PiaOpinion>(m_db, id);
}

QVector<PiaViewpoint> PiaRepository::viewpoints(Id evaluationId) const
{
    QVector<PiaViewpoint> list = listOf<PiaViewpoint>(m_db, evaluationId);
    for (PiaViewpoint &v : list)
        v.statementIds = statementLinks(m_db, v.id);
    return list;
}
std::optional<PiaViewpoint> PiaRepository::viewpoint(Id id) const
{
    std::optional<PiaViewpoint> v = one<PiaViewpoint>(m_db, id);
    if (v)
        v->statementIds = statementLinks(m_db, id);
    return v;
}
Id PiaRepository::insert(const PiaViewpoint &viewpoint)
{
    sql::Transaction transaction(m_db);
    PiaViewpoint stored = viewpoint;
    stored.id = insertPart(m_db, viewpoint);
    writeStatementLinks(stored);
    transaction.commit();
    return stored.id;
}
void PiaRepository::update(const PiaViewpoint &viewpoint)
{
    sql::Transaction transaction(m_db);
    updatePart(m_db, viewpoint);
    writeStatementLinks(viewpoint);
    transaction.commit();
}
void PiaRepository::removeViewpoint(Id id)
{
    removePart<PiaViewpoint>(m_db, id);
}
void PiaRepository::writeStatementLinks(const PiaViewpoint &viewpoint)
{
    sql::Query(m_db, u"DELETE FROM pia_viewpoint_statement WHERE viewpoint_id = :v"_s)
        .bind(u":v"_s, viewpoint.id)
        .exec();
    QVector<Id> ids = viewpoint.statementIds;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (Id statement : std::as_const(ids))
        sql::Query(m_db,
                   u"INSERT INTO pia_viewpoint_statement (viewpoint_id, statement_id) VALUES (:v, :s)"_s)
            .bind(u":v"_s, viewpoint.id)
            .bind(u":s"_s, statement)
            .exec();
}

QVector<PiaQuestion> PiaRepository::questions(Id evaluationId) const
{
    return listOf<PiaQuestion>(m_db, evaluationId);
}
std::optional<PiaQuestion> PiaRepository::question(Id id) const
{
    return one<PiaQuestion>(m_db, id);
}
Id PiaRepository::insert(const PiaQuestion &question)
{
    return insertPart(m_db, question);
}
void PiaRepository::update(const PiaQuestion &question)
{
    updatePart(m_db, question);
}
void PiaRepository::removeQuestion(Id id)
{
    removePart<PiaQuestion>(m_db, id);
}
void PiaRepository::replaceQuestions(Id evaluationId, const QVector<PiaQuestion> &questions)
{
    sql::Transaction transaction(m_db);
    sql::Query(m_db, u"DELETE FROM pia_question WHERE evaluation_id = :e"_s)
        .bind(u":e"_s, evaluationId)
        .exec();
    for (PiaQuestion q : questions) {
        q.evaluationId = evaluationId;
        insertPart(m_db, q);
    }
    transaction.commit();
}
bool PiaRepository::questionNumberTaken(Id evaluationId, int number, Id exceptId) const
{
    sql::Query q(
        m_db, u"SELECT COUNT(*) FROM pia_question WHERE evaluation_id = :e AND number = :n AND id <> :x"_s);
    q.bind(u":e"_s, evaluationId).bind(u":n"_s, number).bind(u":x"_s, exceptId).exec();
    return q.next() && q.value(0).toInt() > 0;
}

QVector<PiaChange> PiaRepository::changes(Id evaluationId) const
{
    return listOf<PiaChange>(m_db, evaluationId);
}
std::optional<PiaChange> PiaRepository::change(Id id) const
{
    return one<PiaChange>(m_db, id);
}
Id PiaRepository::insert(const PiaChange &change)
{
    return insertPart(m_db, change);
}
void PiaRepository::update(const PiaChange &change)
{
    updatePart(m_db, change);
}
void PiaRepository::removeChange(Id id)
{
    removePart<PiaChange>(m_db, id);
}

} // namespace kiroku
