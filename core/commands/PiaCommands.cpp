#include "commands/PiaCommands.h"

#include "packet/PdfInspect.h"
#include "store/ConsultationRepository.h"
#include "store/CouncilRepository.h"
#include "store/MaterialRepository.h"
#include "store/Sql.h"

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

QString label(const PiaEvaluation &e)
{
    return e.affair.isEmpty() ? e.evaluationNumber : e.affair;
}

} // namespace

QString whyNotValid(const QSqlDatabase &db, const PiaEvaluation &e)
{
    if (!CouncilRepository(db).council(e.councilId))
        return QCoreApplication::translate("kiroku::PiaCommands", "There is no council %1.").arg(e.councilId);
    if (e.consultationId != 0) {
        const auto c = ConsultationRepository(db).consultation(e.consultationId);
        if (!c || c->councilId != e.councilId)
            return QCoreApplication::translate(
                "kiroku::PiaCommands", "The linked consultation is not a consultation of this council.");
    }
    if (e.targetCount < 0 || e.handlerCount < 0)
        return QCoreApplication::translate(
            "kiroku::PiaCommands", "The number of people and of staff handling the file cannot be negative.");
    if (e.version < 1)
        return QCoreApplication::translate("kiroku::PiaCommands", "A version is a whole number from 1.");
    if (!e.evaluationNumber.trimmed().isEmpty()) {
        for (const PiaEvaluation &other : PiaRepository(db).versions(e.councilId, e.evaluationNumber)) {
            if (other.id != e.id && other.version == e.version)
                return QCoreApplication::translate("kiroku::PiaCommands",
                                                   "Evaluation No. %1 already has a version %2.")
                    .arg(e.evaluationNumber)
                    .arg(e.version);
        }
    }
    if (e.publicCommentStart.isValid() && e.publicCommentEnd.isValid() &&
        e.publicCommentEnd < e.publicCommentStart)
        return QCoreApplication::translate("kiroku::PiaCommands",
                                           "The public comment period ends before it starts.");
    return {};
}

QVector<PiaViewpoint> viewpointsFrom(const pia::ChecklistTemplate &checklist)
{
    QVector<PiaViewpoint> result;
    int position = 0;
    for (const pia::ChecklistItem &item : checklist.items) {
        PiaViewpoint v;
        v.position = ++position;
        v.area = item.area;
        v.code = item.code;
        v.text = item.text;
        result << v;
    }
    return result;
}

AddPiaEvaluationCommand::AddPiaEvaluationCommand(Document *document, PiaEvaluation evaluation,
                                                 QVector<PiaViewpoint> viewpoints, QUndoCommand *parent)
    : QUndoCommand(tr("Add PIA evaluation %1").arg(label(evaluation)), parent)
    , m_document(document)
{
    m_snapshot.evaluation = std::move(evaluation);
    m_snapshot.viewpoints = std::move(viewpoints);
}

void AddPiaEvaluationCommand::redo()
{
    const QSqlDatabase db = m_document->database();
    if (!m_done) {
        if (const QString why = whyNotValid(db, m_snapshot.evaluation); !why.isEmpty()) {
            setObsolete(true);
            m_document->reportFailure(why);
            return;
        }
    }
    const bool ok = m_document->attempt(this, [&] {
        PiaRepository repository(db);
        if (m_done) {
            repository.restore(m_snapshot);
            return;
        }
        sql::Transaction transaction(db);
        const Id id = repository.insert(m_snapshot.evaluation);
        for (PiaViewpoint v : std::as_const(m_snapshot.viewpoints)) {
            v.id = 0;
            v.evaluationId = id;
            repository.insert(v);
        }
        m_snapshot = *repository.snapshot(id);
        transaction.commit();
        m_done = true;
    });
    if (ok)
        Q_EMIT m_document->piaEvaluationsChanged(m_snapshot.evaluation.councilId);
}

void AddPiaEvaluationCommand::undo()
{
    if (m_document->attempt(this,
                            [&] { PiaRepository(m_document->database()).remove(m_snapshot.evaluation.id); }))
        Q_EMIT m_document->piaEvaluationsChanged(m_snapshot.evaluation.councilId);
}

EditPiaEvaluationCommand::EditPiaEvaluationCommand(Document *document, PiaEvaluation before,
                                                   PiaEvaluation after, QUndoCommand *parent)
    : QUndoCommand(tr("Edit PIA evaluation %1").arg(label(after)), parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditPiaEvaluationCommand::redo()
{
    if (const QString why = whyNotValid(m_document->database(), m_after); !why.isEmpty()) {
        setObsolete(true);
        m_document->reportFailure(why);
        return;
    }
    if (m_document->attempt(this, [&] { PiaRepository(m_document->database()).update(m_after); })) {
        Q_EMIT m_document->piaEvaluationsChanged(m_after.councilId);
        Q_EMIT m_document->piaEvaluationChanged(m_after.id);
    }
}

void EditPiaEvaluationCommand::undo()
{
    if (m_document->attempt(this, [&] { PiaRepository(m_document->database()).update(m_before); })) {
        Q_EMIT m_document->piaEvaluationsChanged(m_before.councilId);
        Q_EMIT m_document->piaEvaluationChanged(m_before.id);
    }
}

RemovePiaEvaluationCommand::RemovePiaEvaluationCommand(Document *document, Id evaluationId,
                                                       QUndoCommand *parent)
    : QUndoCommand(tr("Remove PIA evaluation"), parent)
    , m_document(document)
    , m_evaluationId(evaluationId)
{}

void RemovePiaEvaluationCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        PiaRepository repository(m_document->database());
        m_snapshot = repository.snapshot(m_evaluationId);
        if (!m_snapshot)
            throw StoreError(tr("There is no PIA evaluation %1.").arg(m_evaluationId));
        repository.remove(m_evaluationId);
    });
    if (ok)
        Q_EMIT m_document->piaEvaluationsChanged(m_snapshot->evaluation.councilId);
}

void RemovePiaEvaluationCommand::undo()
{
    if (!m_snapshot)
        return;
    if (m_document->attempt(this, [&] { PiaRepository(m_document->database()).restore(*m_snapshot); }))
        Q_EMIT m_document->piaEvaluationsChanged(m_snapshot->evaluation.councilId);
}

NewPiaVersionCommand::NewPiaVersionCommand(Document *document, Id fromEvaluationId, PiaTrigger trigger,
                                           QString changeDescription, QVector<PiaViewpoint> viewpoints,
                                           QUndoCommand *parent)
    : QUndoCommand(tr("New version of a PIA evaluation"), parent)
    , m_document(document)
    , m_fromId(fromEvaluationId)
    , m_trigger(trigger)
    , m_changeDescription(std::move(changeDescription))
{
    m_snapshot.viewpoints = std::move(viewpoints);
}

void NewPiaVersionCommand::redo()
{
    const QSqlDatabase db = m_document->database();
    if (!m_prepared) {
        const auto from = PiaRepository(db).evaluation(m_fromId);
        if (!from) {
            setObsolete(true);
            m_document->reportFailure(tr("There is no PIA evaluation %1.").arg(m_fromId));
            return;
        }
        PiaEvaluation next;
        next.councilId = from->councilId;
        next.affair = from->affair;
        next.evaluatingBody = from->evaluatingBody;
        next.department = from->department;
        next.evaluationNumber = from->evaluationNumber;
        next.version = PiaRepository(db).maxVersion(from->councilId, from->evaluationNumber) + 1;
        next.declaredType = from->declaredType;
        next.targetCount = from->targetCount;
        next.targetCountDate = from->targetCountDate;
        next.targetCountSource = from->targetCountSource;
        next.handlerCount = from->handlerCount;
        next.handlerCountDate = from->handlerCountDate;
        next.handlerCountSource = from->handlerCountSource;
        next.seriousIncident = from->seriousIncident;
        next.incidentCheckDate = from->incidentCheckDate;
        next.incidentSource = from->incidentSource;
        next.trigger = m_trigger;
        next.changeDescription = m_changeDescription;
        m_snapshot.evaluation = next;
        setText(tr("New version %1 of %2").arg(next.version).arg(label(next)));
        m_prepared = true;
    }
    const bool ok = m_document->attempt(this, [&] {
        PiaRepository repository(db);
        if (m_snapshot.evaluation.id != 0) {
            repository.restore(m_snapshot);
            return;
        }
        sql::Transaction transaction(db);
        const Id id = repository.insert(m_snapshot.evaluation);
        for (PiaViewpoint v : std::as_const(m_snapshot.viewpoints)) {
            v.id = 0;
            v.evaluationId = id;
            repository.insert(v);
        }
        m_snapshot = *repository.snapshot(id);
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->piaEvaluationsChanged(m_snapshot.evaluation.councilId);
}

void NewPiaVersionCommand::undo()
{
    if (m_document->attempt(this,
                            [&] { PiaRepository(m_document->database()).remove(m_snapshot.evaluation.id); }))
        Q_EMIT m_document->piaEvaluationsChanged(m_snapshot.evaluation.councilId);
}

int SetPiaDocumentCommand::checkDocument(const QByteArray &pdf, const QString &fileName, QString *error)
{
    const packet::PdfInspection inspection = packet::inspectPdf(pdf, fileName);
    if (error)
        *error = inspection.error;
    return inspection.ok() ? inspection.pageCount : 0;
}

SetPiaDocumentCommand::SetPiaDocumentCommand(Document *document, Id evaluationId, QByteArray pdf,
                                             QString fileName, QUndoCommand *parent)
    : QUndoCommand(tr("Attach evaluation document %1").arg(fileName), parent)
    , m_document(document)
    , m_evaluationId(evaluationId)
    , m_pdf(std::move(pdf))
    , m_fileName(std::move(fileName))
{}

void SetPiaDocumentCommand::redo()
{
    const QSqlDatabase db = m_document->database();
    if (!m_before) {
        m_before = PiaRepository(db).evaluation(m_evaluationId);
        QString error;
        const int pages = checkDocument(m_pdf, m_fileName, &error);
        if (!m_before)
            error = tr("There is no PIA evaluation %1.").arg(m_evaluationId);
        if (!error.isEmpty()) {
            setObsolete(true);
            m_document->reportFailure(error);
            return;
        }
        m_after = *m_before;
        m_after.documentFileName = m_fileName;
        m_after.documentPageCount = pages;
    }
    const bool ok = m_document->attempt(this, [&] {
        sql::Transaction transaction(db);
        m_after.documentFileId = MaterialRepository(db).storeFile(m_pdf);
        PiaRepository(db).update(m_after);
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->piaEvaluationChanged(m_evaluationId);
}

void SetPiaDocumentCommand::undo()
{
    if (m_document->attempt(this, [&] { PiaRepository(m_document->database()).update(*m_before); }))
        Q_EMIT m_document->piaEvaluationChanged(m_evaluationId);
}

} // namespace kiroku
