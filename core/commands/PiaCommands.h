#pragma once
// Undoable edits of a council's PIA evaluations (特定個人情報保護評価書): add one (with the council's
// checklist copied in), edit its header, remove it with all its parts, start the next version of a
// re-evaluation, attach its document (PDF). Each edit is checked before it is written: a refused edit
// says why (UI language) and never reaches the stack. The parts (opinions, viewpoints, questions,
// changes) are edited through PiaPartCommands.h.
#include "commands/Document.h"
#include "model/Types.h"
#include "pia/PiaLibrary.h"
#include "store/PiaRepository.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kiroku {

// Empty when the evaluation can be stored as it is, else why not: the council exists, the linked
// consultation is the council's, counts are not negative, the number and version are not taken by
// another row, the comment period does not end before it starts.
QString whyNotValid(const QSqlDatabase &db, const PiaEvaluation &evaluation);

// Viewpoints for a new evaluation from a checklist template (positions 1…N, not judged).
QVector<PiaViewpoint> viewpointsFrom(const pia::ChecklistTemplate &checklist);

class AddPiaEvaluationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::PiaCommands)
public:
    // `viewpoints`: usually viewpointsFrom(library.checklist()); their evaluationId is filled in.
    AddPiaEvaluationCommand(Document *document, PiaEvaluation evaluation, QVector<PiaViewpoint> viewpoints,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    Id evaluationId() const { return m_snapshot.evaluation.id; }

private:
    Document *m_document;
    PiaSnapshot m_snapshot;
    bool m_done = false;
};

class EditPiaEvaluationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::PiaCommands)
public:
    EditPiaEvaluationCommand(Document *document, PiaEvaluation before, PiaEvaluation after,
                             QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    PiaEvaluation m_before;
    PiaEvaluation m_after;
};

// Removes an evaluation with its opinions, checklist, questions and changes; undo restores all of it
// under the same ids.
class RemovePiaEvaluationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::PiaCommands)
public:
    RemovePiaEvaluationCommand(Document *document, Id evaluationId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Id m_evaluationId;
    std::optional<PiaSnapshot> m_snapshot;
};

// The next version of an evaluation (a re-evaluation: 重要な変更, the five-year one, a voluntary one):
// a copy of the latest version's header and threshold inputs with the next version number, the given
// trigger and description, no dates, document, opinions or questions, and a fresh checklist.
class NewPiaVersionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::PiaCommands)
public:
    NewPiaVersionCommand(Document *document, Id fromEvaluationId, PiaTrigger trigger,
                         QString changeDescription, QVector<PiaViewpoint> viewpoints,
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    Id evaluationId() const { return m_snapshot.evaluation.id; }

private:
    Document *m_document;
    Id m_fromId;
    PiaTrigger m_trigger;
    QString m_changeDescription;
    PiaSnapshot m_snapshot;
    bool m_prepared = false;
};

// Attaches the evaluation document (評価書, a PDF): checked with qpdf first (an encrypted, damaged or
// non-PDF file is refused and nothing changes), stored once by its SHA-256, its page count kept.
class SetPiaDocumentCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::PiaCommands)
public:
    SetPiaDocumentCommand(Document *document, Id evaluationId, QByteArray pdf, QString fileName,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    // The page count of a usable PDF, or the reason it cannot be used (UI language) in `error`.
    static int checkDocument(const QByteArray &pdf, const QString &fileName, QString *error);

private:
    Document *m_document;
    Id m_evaluationId;
    QByteArray m_pdf;
    QString m_fileName;
    std::optional<PiaEvaluation> m_before;
    PiaEvaluation m_after;
};

} // namespace kiroku
