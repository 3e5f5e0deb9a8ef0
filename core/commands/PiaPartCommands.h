#pragma once
// Undoable edits of an evaluation's parts: opinions of the public comment period, checklist viewpoints
// (judgment, finding, answer, round, cited page, linked statements), questions, changes. One template
// per kind of edit; the aliases below are what the window uses. A question table imported from CSV or
// TSV replaces the whole table in one step (ReplacePiaQuestionsCommand).
#include "commands/Document.h"
#include "model/Types.h"
#include "pia/QuestionTable.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kiroku {

// Empty when the part can be stored, else why not (UI language): its evaluation exists, a cited page
// is within the document, a question number is from 1 and not taken, linked statements belong to a
// meeting of the evaluation's council.
QString whyNotValid(const QSqlDatabase &db, const PiaOpinion &opinion);
QString whyNotValid(const QSqlDatabase &db, const PiaViewpoint &viewpoint);
QString whyNotValid(const QSqlDatabase &db, const PiaQuestion &question);
QString whyNotValid(const QSqlDatabase &db, const PiaChange &change);

// Adds a part (item.id == 0) or changes one (item.id set).
template <typename Item> class SetPiaPartCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::PiaCommands)
public:
    SetPiaPartCommand(Document *document, Item item, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    Id itemId() const { return m_after.id; }

private:
    Document *m_document;
    std::optional<Item> m_before; // read at the first redo; none for a new part
    Item m_after;
    bool m_done = false;
};

// Removes a part; undo brings it back under its id.
template <typename Item> class RemovePiaPartCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::PiaCommands)
public:
    RemovePiaPartCommand(Document *document, Item item, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Item m_item;
};

using SetPiaOpinionCommand = SetPiaPartCommand<PiaOpinion>;
using RemovePiaOpinionCommand = RemovePiaPartCommand<PiaOpinion>;
using SetPiaViewpointCommand = SetPiaPartCommand<PiaViewpoint>;
using RemovePiaViewpointCommand = RemovePiaPartCommand<PiaViewpoint>;
using SetPiaQuestionCommand = SetPiaPartCommand<PiaQuestion>;
using RemovePiaQuestionCommand = RemovePiaPartCommand<PiaQuestion>;
using SetPiaChangeCommand = SetPiaPartCommand<PiaChange>;
using RemovePiaChangeCommand = RemovePiaPartCommand<PiaChange>;

extern template class SetPiaPartCommand<PiaOpinion>;
extern template class SetPiaPartCommand<PiaViewpoint>;
extern template class SetPiaPartCommand<PiaQuestion>;
extern template class SetPiaPartCommand<PiaChange>;
extern template class RemovePiaPartCommand<PiaOpinion>;
extern template class RemovePiaPartCommand<PiaViewpoint>;
extern template class RemovePiaPartCommand<PiaQuestion>;
extern template class RemovePiaPartCommand<PiaChange>;

// Replaces an evaluation's whole question table (an import), one undo step; undo puts the old table
// back under its ids.
class ReplacePiaQuestionsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::PiaCommands)
public:
    ReplacePiaQuestionsCommand(Document *document, Id evaluationId, QVector<PiaQuestion> questions,
                               QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Id m_evaluationId;
    QVector<PiaQuestion> m_before;
    QVector<PiaQuestion> m_after;
    bool m_done = false;
};

// Reads a CSV/TSV question table and, when it is sound, pushes one ReplacePiaQuestionsCommand.
// On any error nothing is pushed, the table stays as it was, and the errors are returned.
QStringList importPiaQuestions(Document *document, Id evaluationId, const QByteArray &table);

} // namespace kiroku
