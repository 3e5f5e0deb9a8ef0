#pragma once
// Undoable edits of councils, their members and their staff (see Document.h for the rules every
// command follows). Deletions keep a JSON snapshot of the row and what hangs off it, so undo brings
// everything back with the same ids and later commands on the stack still find their rows.
#include "commands/Document.h"
#include "model/Types.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUndoCommand>

namespace kiroku {

// Command ids for QUndoCommand::id(): only commands with the same id are offered a merge.
enum CommandId
{
    EditMemberId = 1001,
};

class AddCouncilCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::CouncilCommands)
public:
    AddCouncilCommand(Document *document, Council council, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    Id councilId() const { return m_council.id; }

private:
    Document *m_document;
    Council m_council;
    QJsonObject m_snapshot; // set by undo(): redo() restores it so the id stays the same
};

class RemoveCouncilCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::CouncilCommands)
public:
    RemoveCouncilCommand(Document *document, Id councilId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Id m_councilId;
    QJsonObject m_snapshot;
};

class EditCouncilCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::CouncilCommands)
public:
    EditCouncilCommand(Document *document, Council before, Council after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void write(const Council &council);
    Document *m_document;
    Council m_before;
    Council m_after;
};

class AddMemberCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::CouncilCommands)
public:
    AddMemberCommand(Document *document, Member member, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    Id memberId() const { return m_member.id; }

private:
    Document *m_document;
    Member m_member;
    QJsonObject m_snapshot;
};

// The fields a member table edits one at a time; consecutive edits of the same one merge.
enum class MemberField
{
    Name,
    Reading,
    Role,
    TermStart,
    TermEnd,
    RecommendingBody,
    Affiliation,
    SortOrder,
    Several
};

class EditMemberCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::CouncilCommands)
public:
    // `field` says which field changed; Several never merges.
    EditMemberCommand(Document *document, Member before, Member after,
                      MemberField field = MemberField::Several, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return EditMemberId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void write(const Member &member);
    Document *m_document;
    Member m_before;
    Member m_after;
    MemberField m_field;
};

class RemoveMemberCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::CouncilCommands)
public:
    RemoveMemberCommand(Document *document, Id memberId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Id m_memberId;
    Id m_councilId = 0;
    QJsonObject m_snapshot; // member, attendance, signatures and references (chair, speakers)
};

class AddStaffCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::CouncilCommands)
public:
    AddStaffCommand(Document *document, Staff staff, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    Id staffId() const { return m_staff.id; }

private:
    Document *m_document;
    Staff m_staff;
};

class EditStaffCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::CouncilCommands)
public:
    EditStaffCommand(Document *document, Staff before, Staff after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void write(const Staff &staff);
    Document *m_document;
    Staff m_before;
    Staff m_after;
};

class RemoveStaffCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::CouncilCommands)
public:
    RemoveStaffCommand(Document *document, Id staffId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Staff m_staff;
    QVector<Id> m_presentAt;
    QVector<Id> m_spoken; // statements whose speaker link the removal clears // meetings that listed this
                          // person as present
};

} // namespace kiroku
