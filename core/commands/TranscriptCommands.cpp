#include "commands/TranscriptCommands.h"

#include "store/AgendaRepository.h"
#include "store/MeetingRepository.h"
#include "store/Sql.h"
#include "store/StatementRepository.h"
#include "store/StoreError.h"
#include "transcript/TranscriptImport.h"

namespace kiroku {

ImportTranscriptCommand::ImportTranscriptCommand(Document *document, Id meetingId,
                                                 transcript::TranscriptPlan plan, Id targetItemId,
                                                 QUndoCommand *parent)
    : QUndoCommand(tr("Import transcript"), parent)
    , m_document(document)
    , m_meetingId(meetingId)
    , m_targetItemId(targetItemId)
    , m_plan(std::move(plan))
{}

void ImportTranscriptCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        const std::optional<Meeting> meeting = MeetingRepository(db).meeting(m_meetingId);
        if (!meeting)
            throw StoreError(tr("The meeting no longer exists in the archive."));
        // A signed record must not change (a correction is a new version).
        if (meeting->status == MeetingStatus::Signed || meeting->status == MeetingStatus::Sealed)
            throw StoreError(tr("The record of this meeting is signed; nothing can be imported into it."));
        if (!m_built) {
            if (!m_plan.error.isEmpty())
                throw StoreError(m_plan.error);
            const QVector<AgendaItem> agenda = AgendaRepository(db).items(m_meetingId);
            m_statements =
                transcript::TranscriptImport::statements(m_plan, m_meetingId, agenda, m_targetItemId);
            if (m_statements.isEmpty())
                throw StoreError(tr("The transcript holds no statements to import."));
            m_built = true;
            m_plan = {}; // the statements say it all from here on
        }
        QVector<Statement> appended = m_statements;
        for (Statement &s : appended)
            s.id = 0;
        sql::Transaction transaction(db);
        StatementRepository(db).appendAll(m_meetingId, appended);
        transaction.commit();
        m_ids.clear();
        m_ids.reserve(appended.size());
        for (const Statement &s : std::as_const(appended))
            m_ids << s.id;
    });
    if (ok)
        Q_EMIT m_document->statementsChanged(m_meetingId);
}

void ImportTranscriptCommand::undo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        StatementRepository repository(db);
        sql::Transaction transaction(db);
        // From the end: the appended statements are the last ones, so no other position moves.
        for (auto id = m_ids.crbegin(); id != m_ids.crend(); ++id)
            repository.remove(*id);
        transaction.commit();
        m_ids.clear();
    });
    if (ok)
        Q_EMIT m_document->statementsChanged(m_meetingId);
}

} // namespace kiroku
