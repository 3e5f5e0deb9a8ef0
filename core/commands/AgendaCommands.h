#pragma once
// Undoable edits of a meeting's agenda (次第): add, edit (number, title, kind, publicity and reason,
// outcome and vote), remove and move items. A vote with more hands than members present is refused
// with the reason. Removing an item keeps its statements and materials, which are filed under it again
// on undo.
#include "commands/Document.h"
#include "model/Types.h"
#include "store/AgendaRepository.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kiroku {

// Empty when the item can be stored, else why not (UI language).
QString whyNotValid(const QSqlDatabase &db, const AgendaItem &item);

class AddAgendaItemCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::AgendaCommands)
public:
    AddAgendaItemCommand(Document *document, AgendaItem item, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    Id itemId() const { return m_item.id; }

private:
    Document *m_document;
    AgendaItem m_item;
};

class EditAgendaItemCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::AgendaCommands)
public:
    EditAgendaItemCommand(Document *document, AgendaItem before, AgendaItem after,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    AgendaItem m_before;
    AgendaItem m_after;
    // The stage direction 「（全員挙手）」 added after the item's last statement when its vote was set,
    // if the record did not say so already; id 0 when none was added.
    Statement m_direction;
    bool m_firstRedo = true;
};

class RemoveAgendaItemCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::AgendaCommands)
public:
    RemoveAgendaItemCommand(Document *document, AgendaItem item, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    AgendaItem m_item;
    AgendaLinks m_links;
};

class MoveAgendaItemCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::AgendaCommands)
public:
    MoveAgendaItemCommand(Document *document, AgendaItem item, int newPosition,
                          QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    AgendaItem m_item;
    int m_to;
};

} // namespace kiroku
