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
            if (m_targetItemId != 0 &&
                std::none_of(agenda.begin(), agenda.end(),
                             [&](const AgendaItem &item) { return item.id == m_targetItemId; }))
                throw StoreError(
                    tr("The agenda item %1 is not on this meeting's agenda.").arg(m_targetItemId));
            m_statements =
                transcript::TranscriptImport::statements(m_plan, m_meetingId, agenda, m_targetItemId);
            if (m_statements.isEmpty())
                throw StoreError(tr("The transcript holds no statements to import."));
            m_built = true;
            m_plan = {}; // the statements say it all from here on
        }
        StatementRepository repository(db);
        sql::Transaction transaction(db);
        if (m_ids.isEmpty()) {
            QVector<Statement> appended = m_statements;
            repository.appendAll(m_meetingId, appended);
            m_ids.reserve(appended.size());
            for (const Statement &s : std::as_const(appended))
                m_ids << s.id;
        } else {
            // Redo after undo: the statements come back with their ids, so that the commands pushed
            // after this one (an edit of an imported statement) still find them.
            const int end = repository.count(m_meetingId);
            for (qsizetype i = 0; i < m_statements.size(); ++i) {
                Statement s = m_statements.at(i);
                s.id = m_ids.at(i);
                s.position = end + int(i);
                repository.insert(s);
            }
        }
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->statementsChanged(m_meetingId);
    else
        m_ids.clear();
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
    });
    if (ok)
        Q_EMIT m_document->statementsChanged(m_meetingId);
}

} // namespace kiroku
