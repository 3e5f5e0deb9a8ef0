#include "store/CouncilListsRepository.h"

#include "store/Sql.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kiroku::Store", text);
}

} // namespace

QVector<MaskTerm> CouncilListsRepository::maskTerms(Id councilId) const
{
    QVector<MaskTerm> result;
    sql::Query q(m_db, u"SELECT id, council_id, term, replacement, note FROM mask_term "
                       "WHERE council_id = :council ORDER BY term, id"_s);
    q.bind(u":council"_s, councilId).exec();
    while (q.next()) {
        MaskTerm t;
        t.id = q.value(0).toLongLong();
        t.councilId = q.value(1).toLongLong();
        t.term = sql::toText(q.value(2));
        t.replacement = sql::toText(q.value(3));
        t.note = sql::toText(q.value(4));
        result.append(t);
    }
    return result;
}

void CouncilListsRepository::setMaskTerms(Id councilId, const QVector<MaskTerm> &terms)
{
    QSet<QString> seen;
    for (const MaskTerm &t : terms) {
        const QString term = t.term.trimmed();
        if (term.isEmpty())
            throw StoreError(tr("A masking-list entry is empty."));
        if (seen.contains(term))
            throw StoreError(tr("\"%1\" is on the masking list twice.").arg(term));
        seen.insert(term);
    }
    sql::Transaction transaction(m_db);
    sql::Query(m_db, u"DELETE FROM mask_term WHERE council_id = :council"_s)
        .bind(u":council"_s, councilId)
        .exec();
    for (const MaskTerm &t : terms) {
        sql::Query q(m_db, u"INSERT INTO mask_term (id, council_id, term, replacement, note) "
                           "VALUES (:id, :council, :term, :replacement, :note)"_s);
        q.bind(u":id"_s, sql::fromId(t.id))
            .bind(u":council"_s, councilId)
            .bind(u":term"_s, t.term.trimmed())
            .bind(u":replacement"_s, sql::fromText(t.replacement))
            .bind(u":note"_s, sql::fromText(t.note))
            .exec();
    }
    transaction.commit();
}

QVector<NotationRule> CouncilListsRepository::notationRules(Id councilId) const
{
    QVector<NotationRule> result;
    sql::Query q(m_db, u"SELECT id, council_id, position, find, replacement, note FROM notation_rule "
                       "WHERE council_id = :council ORDER BY position, id"_s);
    q.bind(u":council"_s, councilId).exec();
    while (q.next()) {
        NotationRule r;
        r.id = q.value(0).toLongLong();
        r.councilId = q.value(1).toLongLong();
        r.position = q.value(2).toInt();
        r.find = sql::toText(q.value(3));
        r.replacement = sql::toText(q.value(4));
        r.note = sql::toText(q.value(5));
        result.append(r);
    }
    return result;
}

void CouncilListsRepository::setNotationRules(Id councilId, const QVector<NotationRule> &rules)
{
    for (const NotationRule &r : rules) {
        if (r.find.isEmpty())
            throw StoreError(tr("A notation rule has nothing to find."));
    }
    sql::Transaction transaction(m_db);
    sql::Query(m_db, u"DELETE FROM notation_rule WHERE council_id = :council"_s)
        .bind(u":council"_s, councilId)
        .exec();
    int position = 0;
    for (const NotationRule &r : rules) {
        sql::Query q(m_db, u"INSERT INTO notation_rule (id, council_id, position, find, replacement, note) "
                           "VALUES (:id, :council, :position, :find, :replacement, :note)"_s);
        q.bind(u":id"_s, sql::fromId(r.id))
            .bind(u":council"_s, councilId)
            .bind(u":position"_s, position++)
            .bind(u":find"_s, r.find)
            .bind(u":replacement"_s, sql::fromText(r.replacement))
            .bind(u":note"_s, sql::fromText(r.note))
            .exec();
    }
    transaction.commit();
}

QVector<StageDirectionTemplate> CouncilListsRepository::stageDirections(Id councilId) const
{
    QVector<StageDirectionTemplate> result;
    sql::Query q(m_db, u"SELECT id, council_id, position, text FROM stage_direction "
                       "WHERE council_id = :council ORDER BY position, id"_s);
    q.bind(u":council"_s, councilId).exec();
    while (q.next()) {
        StageDirectionTemplate d;
        d.id = q.value(0).toLongLong();
        d.councilId = q.value(1).toLongLong();
        d.position = q.value(2).toInt();
        d.text = sql::toText(q.value(3));
        result.append(d);
    }
    return result;
}

void CouncilListsRepository::setStageDirections(Id councilId,
                                                const QVector<StageDirectionTemplate> &directions)
{
    for (const StageDirectionTemplate &d : directions) {
        if (d.text.trimmed().isEmpty())
            throw StoreError(tr("A stage direction on the palette is empty."));
    }
    sql::Transaction transaction(m_db);
    sql::Query(m_db, u"DELETE FROM stage_direction WHERE council_id = :council"_s)
        .bind(u":council"_s, councilId)
        .exec();
    int position = 0;
    for (const StageDirectionTemplate &d : directions) {
        sql::Query q(m_db, u"INSERT INTO stage_direction (id, council_id, position, text) "
                           "VALUES (:id, :council, :position, :text)"_s);
        q.bind(u":id"_s, sql::fromId(d.id))
            .bind(u":council"_s, councilId)
            .bind(u":position"_s, position++)
            .bind(u":text"_s, d.text.trimmed())
            .exec();
    }
    transaction.commit();
}

QVector<StageDirectionTemplate> CouncilListsRepository::defaultStageDirections()
{
    // Placeholders: {department} the current presenter, {quorum} the attendance line.
    const QStringList texts{
        u"（委員の了承を得る。）"_s, u"（全員挙手）"_s,          u"（異議なし）"_s,
        u"（{department} 入室）"_s,  u"（{department} 退室）"_s, u"（諮問書を朗読し、会長に手渡す。）"_s,
        u"（{quorum}）"_s,           u"（傍聴人入室）"_s,        u"（傍聴人退室）"_s,
    };
    QVector<StageDirectionTemplate> result;
    for (const QString &text : texts) {
        StageDirectionTemplate d;
        d.position = int(result.size());
        d.text = text;
        result.append(d);
    }
    return result;
}

QVector<NotationRule> CouncilListsRepository::defaultNotationRules()
{
    const QVector<std::pair<QString, QString>> pairs{
        {u"ご審議"_s, u"御審議"_s},   {u"ご意見"_s, u"御意見"_s},       {u"ご質問"_s, u"御質問"_s},
        {u"下さい"_s, u"ください"_s}, {u"致します"_s, u"いたします"_s}, {u"頂き"_s, u"いただき"_s},
    };
    QVector<NotationRule> result;
    for (const auto &[find, replacement] : pairs) {
        NotationRule r;
        r.position = int(result.size());
        r.find = find;
        r.replacement = replacement;
        result.append(r);
    }
    return result;
}

} // namespace kiroku
