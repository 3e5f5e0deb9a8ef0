#pragma once
// Undoable edits of a meeting's statements (see Document.h for the rules every command follows): the
// live-drafting commit, in-place edits, split, merge, move to another agenda item, removal, and text
// replacement over the record (find & replace, the council's notation list). A statement keeps its id
// through undo and redo, so later commands on the stack still find it.
#include "commands/Document.h"
#include "model/Types.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kiroku {

// Appends a statement (position < 0) or inserts it at its position, shifting the later ones.
class AddStatementCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::StatementCommands)
public:
    AddStatementCommand(Document *document, Statement statement, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    Id statementId() const { return m_statement.id; }
    const Statement &statement() const { return m_statement; }

private:
    Document *m_document;
    Statement m_statement;
    bool m_append;
};

// Changes what a statement says and who says it: kind, speaker (label and member/staff link), text and
// time. Its place in the record (position, agenda item) is left as it is.
class EditStatementCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::StatementCommands)
public:
    EditStatementCommand(Document *document, Statement before, Statement after,
                         QUndoCommand *parent = nullptr);
    // The usual edits, named for the undo menu.
    static EditStatementCommand *editText(Document *document, const Statement &statement,
                                          const QString &text);
    static EditStatementCommand *changeSpeaker(Document *document, const Statement &statement,
                                               const QString &speaker, Id memberId, Id staffId);
    void redo() override;
    void undo() override;

private:
    void write(const Statement &values);
    Document *m_document;
    Statement m_before;
    Statement m_after;
};

// Splits a statement at a character offset: the text before stays, the rest becomes a new statement
// right after it with the same speaker, agenda item and time.
class SplitStatementCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::StatementCommands)
public:
    SplitStatementCommand(Document *document, Id statementId, int offset, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    Id newStatementId() const { return m_second.id; }

private:
    Document *m_document;
    Id m_id;
    int m_offset;
    Statement m_before; // the whole statement before the split
    Statement m_second;
};

// Joins a statement with the one after it in the record; the first keeps its speaker and place.
class MergeStatementsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::StatementCommands)
public:
    MergeStatementsCommand(Document *document, Id statementId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Id m_id;
    Statement m_first;
    Statement m_second;
};

// Moves a statement to another agenda item (0: outside the agenda): it goes after the last statement
// of that item, or where the item's turn in the agenda puts it when it has none yet.
class MoveStatementCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::StatementCommands)
public:
    MoveStatementCommand(Document *document, Id statementId, Id agendaItemId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Id m_id;
    Id m_target;
    Statement m_before;
    int m_position = -1; // decided at the first redo
};

class RemoveStatementCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::StatementCommands)
public:
    RemoveStatementCommand(Document *document, Id statementId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Id m_id;
    Statement m_removed;
};

// One statement's text before and after a replacement over the record.
struct TextChange
{
    Id statementId = 0;
    QString speaker; // for the preview list
    QString before;
    QString after;
    int count = 0; // replacements in this statement

    friend bool operator==(const TextChange &, const TextChange &) = default;
};

// What a find & replace would change, without changing anything (the preview list). An empty `find`
// or an invalid regular expression changes nothing.
QVector<TextChange> previewReplace(const QVector<Statement> &statements, const QString &find,
                                   const QString &replacement, Qt::CaseSensitivity cs = Qt::CaseSensitive,
                                   bool regularExpression = false);
// What applying the council's notation list would change: each rule in order, over every statement.
QVector<TextChange> previewNotation(const QVector<Statement> &statements, const QVector<NotationRule> &rules);

// Writes the changes of a preview in one step. Refuses (and changes nothing) when a statement's text
// is no longer what the preview saw.
class ReplaceTextCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::StatementCommands)
public:
    ReplaceTextCommand(Document *document, Id meetingId, QVector<TextChange> changes, const QString &text,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void write(bool forward);
    Document *m_document;
    Id m_meetingId;
    QVector<TextChange> m_changes;
};

} // namespace kiroku
