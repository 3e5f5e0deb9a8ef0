#pragma once
// The transcript import as one undoable step (see Document.h for the rules every command follows).
#include "commands/Document.h"
#include "model/Types.h"
#include "transcript/TranscriptPlan.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kiroku {

// Appends the statements of a confirmed transcript plan to a meeting in one transaction; undo removes
// exactly those statements again. The speaker mapping of the plan is applied; headings that name an
// agenda item put the turns after them into that item, the rest go to `targetItemId` (0: none).
class ImportTranscriptCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::TranscriptCommands)
public:
    ImportTranscriptCommand(Document *document, Id meetingId, transcript::TranscriptPlan plan,
                            Id targetItemId = 0, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    Id meetingId() const { return m_meetingId; }
    // The ids of the appended statements (after redo()).
    const QVector<Id> &statementIds() const { return m_ids; }
    int statementCount() const { return int(m_statements.size()); }

private:
    Document *m_document;
    Id m_meetingId;
    Id m_targetItemId;
    transcript::TranscriptPlan m_plan;
    QVector<Statement> m_statements; // built at the first redo(), against the agenda of that moment
    bool m_built = false;
    QVector<Id> m_ids;
};

} // namespace kiroku
