#include "commands/PiaPartCommands.h"

#include "store/MeetingRepository.h"
#include "store/PiaRepository.h"
#include "store/Sql.h"
#include "store/StatementRepository.h"

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kiroku::PiaCommands", text);
}

// Why the evaluation cannot take a part citing `page`, or empty.
QString checkEvaluation(const QSqlDatabase &db, Id evaluationId, int page,
                        std::optional<PiaEvaluation> *out = nullptr)
{
    const auto e = PiaRepository(db).evaluation(evaluationId);
    if (out)
        *out = e;
    if (!e)
        return tr("There is no PIA evaluation %1.").arg(evaluationId);
    if (page < 0)
        return tr("A page number cannot be negative.");
    if (page > 0 && e->documentPageCount > 0 && page > e->documentPageCount)
        return tr("Page %1 is beyond the evaluation document, which has %2 pages.")
            .arg(page)
            .arg(e->documentPageCount);
    return {};
}

template <typename Item> QString addOrEditText(const Item &item);
template <> QString addOrEditText(const PiaOpinion &o)
{
    return o.id == 0 ? tr("Add opinion") : tr("Edit opinion");
}
template <> QString addOrEditText(const PiaViewpoint &v)
{
    return v.id == 0 ? tr("Add viewpoint") : tr("Edit viewpoint %1").arg(v.code);
}
template <> QString addOrEditText(const PiaQuestion &q)
{
    return q.id == 0 ? tr("Add question %1").arg(q.number) : tr("Edit question %1").arg(q.number);
}
template <> QString addOrEditText(const PiaChange &)
{
    return tr("Edit change list");
}
template <typename Item> QString removeText(const Item &item);
template <> QString removeText(const PiaOpinion &)
{
    return tr("Remove opinion");
}
template <> QString removeText(const PiaViewpoint &v)
{
    return tr("Remove viewpoint %1").arg(v.code);
}
template <> QString removeText(const PiaQuestion &q)
{
    return tr("Remove question %1").arg(q.number);
}
template <> QString removeText(const PiaChange &)
{
    return tr("Remove change");
}

} // namespace

QString whyNotValid(const QSqlDatabase &db, const PiaOpinion &o)
{
    return checkEvaluation(db, o.evaluationId, 0);
}

QString whyNotValid(const QSqlDatabase &db, const PiaViewpoint &v)
{
    std::optional<PiaEvaluation> e;
    if (const QString why = checkEvaluation(db, v.evaluationId, v.page, &e); !why.isEmpty())
        return why;
    if (v.round < 0)
        return tr("A round is a whole number from 1 (0 while not judged).");
    const StatementRepository statements(db);
    const MeetingRepository meetings(db);
    for (Id id : v.statementIds) {
        const auto s = statements.statement(id);
        const auto m = s ? meetings.meeting(s->meetingId) : std::nullopt;
        if (!m || m->councilId != e->councilId)
            return tr("Statement %1 is not a statement of this council's meetings.").arg(id);
    }
    return {};
}

QString whyNotValid(const QSqlDatabase &db, const PiaQuestion &q)
{
    if (const QString why = checkEvaluation(db, q.evaluationId, q.page); !why.isEmpty())
        return why;
    if (q.number <= 0)
        return tr("A question number is a whole number from 1.");
    if (PiaRepository(db).questionNumberTaken(q.evaluationId, q.number, q.id))
        return tr("Question %1 already exists. Choose another number.").arg(q.number);
    return {};
}

QString whyNotValid(const QSqlDatabase &db, const PiaChange &c)
{
    return checkEvaluation(db, c.evaluationId, c.page);
}

template <typename Item>
SetPiaPartCommand<Item>::SetPiaPartCommand(Document *document, Item item, QUndoCommand *parent)
    : QUndoCommand(addOrEditText(item), parent)
    , m_document(document)
    , m_after(std::move(item))
{}

template <typename Item> void SetPiaPartCommand<Item>::redo()
{
    const QSqlDatabase db = m_document->database();
    if (!m_done) {
        if (const QString why = whyNotValid(db, m_after); !why.isEmpty()) {
            setObsolete(true);
            m_document->reportFailure(why);
            return;
        }
    }
    const bool ok = m_document->attempt(this, [&] {
        PiaRepository repository(db);
        if (!m_done && m_after.id != 0) {
            m_before = repository.find(m_after);
            if (!m_before)
                throw StoreError(tr("The item to edit no longer exists."));
        }
        if (m_before)
            repository.update(m_after);
        else if (m_done)
            repository.insert(m_after); // redo after undo: under the same id
        else
            m_after.id = repository.insert(m_after);
        m_done = true;
    });
    if (ok)
        Q_EMIT m_document->piaEvaluationChanged(m_after.evaluationId);
}

template <typename Item> void SetPiaPartCommand<Item>::undo()
{
    const bool ok = m_document->attempt(this, [&] {
        PiaRepository repository(m_document->database());
        if (m_before)
            repository.update(*m_before);
        else
            repository.removeItem(m_after);
    });
    if (ok)
        Q_EMIT m_document->piaEvaluationChanged(m_after.evaluationId);
}

template <typename Item>
RemovePiaPartCommand<Item>::RemovePiaPartCommand(Document *document, Item item, QUndoCommand *parent)
    : QUndoCommand(removeText(item), parent)
    , m_document(document)
    , m_item(std::move(item))
{}

template <typename Item> void RemovePiaPartCommand<Item>::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        PiaRepository repository(m_document->database());
        // The stored row, statement links included, is what undo brings back.
        const std::optional<Item> stored = repository.find(m_item);
        if (!stored)
            throw StoreError(tr("The item to remove no longer exists."));
        m_item = *stored;
        repository.removeItem(m_item);
    });
    if (ok)
        Q_EMIT m_document->piaEvaluationChanged(m_item.evaluationId);
}

template <typename Item> void RemovePiaPartCommand<Item>::undo()
{
    if (m_document->attempt(this, [&] { PiaRepository(m_document->database()).insert(m_item); }))
        Q_EMIT m_document->piaEvaluationChanged(m_item.evaluationId);
}

template class SetPiaPartCommand<PiaOpinion>;
template class SetPiaPartCommand<PiaViewpoint>;
template class SetPiaPartCommand<PiaQuestion>;
template class SetPiaPartCommand<PiaChange>;
template class RemovePiaPartCommand<PiaOpinion>;
template class RemovePiaPartCommand<PiaViewpoint>;
template class RemovePiaPartCommand<PiaQuestion>;
template class RemovePiaPartCommand<PiaChange>;

ReplacePiaQuestionsCommand::ReplacePiaQuestionsCommand(Document *document, Id evaluationId,
                                                       QVector<PiaQuestion> questions, QUndoCommand *parent)
    : QUndoCommand(tr("Import question table (%n question(s))", nullptr, int(questions.size())), parent)
    , m_document(document)
    , m_evaluationId(evaluationId)
    , m_after(std::move(questions))
{}

void ReplacePiaQuestionsCommand::redo()
{
    const QSqlDatabase db = m_document->database();
    if (!m_done) {
        if (const QString why = checkEvaluation(db, m_evaluationId, 0); !why.isEmpty()) {
            setObsolete(true);
            m_document->reportFailure(why);
            return;
        }
    }
    const bool ok = m_document->attempt(this, [&] {
        PiaRepository repository(db);
        if (!m_done)
            m_before = repository.questions(m_evaluationId);
        repository.replaceQuestions(m_evaluationId, m_after);
        m_done = true;
    });
    if (ok)
        Q_EMIT m_document->piaEvaluationChanged(m_evaluationId);
}

void ReplacePiaQuestionsCommand::undo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        sql::Transaction transaction(db);
        PiaRepository repository(db);
        repository.replaceQuestions(m_evaluationId, {});
        for (const PiaQuestion &q : std::as_const(m_before))
            repository.insert(q);
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->piaEvaluationChanged(m_evaluationId);
}

QStringList importPiaQuestions(Document *document, Id evaluationId, const QByteArray &table)
{
    const pia::QuestionTableRead read = pia::QuestionTable::read(table);
    if (!read.ok())
        return read.errors;
    QString failure;
    const auto connection = QObject::connect(document, &Document::failed,
                                             [&failure](const QString &message) { failure = message; });
    const bool pushed =
        document->push(new ReplacePiaQuestionsCommand(document, evaluationId, read.questions));
    QObject::disconnect(connection);
    if (!pushed)
        return {failure.isEmpty() ? tr("The question table could not be stored.") : failure};
    return {};
}

} // namespace kiroku
