#pragma once
// Undoable edits of a council's subcommittees (小委員会): the subcommittee with its members, chair and
// referred consultations as one state, and each of its meetings. A command replaces a whole state by
// another (none before: an addition; none after: a removal), so undo of a removal brings back
// everything under the same ids. Each new state is checked first; a refused edit says why and never
// reaches the stack.
#include "commands/Document.h"
#include "model/Types.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace kiroku {

struct SubcommitteeState
{
    Subcommittee subcommittee;
    QVector<SubcommitteeMember> members;
    QVector<SubcommitteeReferral> referrals;
    QVector<SubcommitteeMeeting> meetings; // read by stateOf, written back only when the state is restored

    friend bool operator==(const SubcommitteeState &, const SubcommitteeState &) = default;
};

// The subcommittee as stored, with members, referrals and meetings. Throws StoreError.
std::optional<SubcommitteeState> subcommitteeState(const QSqlDatabase &db, Id subcommitteeId);

// Empty when the state can be stored, else why not (UI language): a name, at most one chair, members of
// the council, consultations of the council referred no earlier than they were received.
QString whyNotValid(const QSqlDatabase &db, const SubcommitteeState &state);
// Empty when the meeting can be stored: a number from 1 not yet used by the subcommittee, attendees on
// the subcommittee, consultations referred to it.
QString whyNotValid(const QSqlDatabase &db, const SubcommitteeMeeting &meeting);

class SetSubcommitteeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::SubcommitteeCommands)
public:
    SetSubcommitteeCommand(Document *document, std::optional<SubcommitteeState> before,
                           std::optional<SubcommitteeState> after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    Id subcommitteeId() const;

private:
    bool write(const std::optional<SubcommitteeState> &from, std::optional<SubcommitteeState> &to);

    Document *m_document;
    std::optional<SubcommitteeState> m_before;
    std::optional<SubcommitteeState> m_after;
    Id m_councilId = 0;
    bool m_checked = false;
};

class SetSubcommitteeMeetingCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::SubcommitteeCommands)
public:
    SetSubcommitteeMeetingCommand(Document *document, std::optional<SubcommitteeMeeting> before,
                                  std::optional<SubcommitteeMeeting> after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    Id meetingId() const { return m_after ? m_after->id : 0; }

private:
    bool write(const std::optional<SubcommitteeMeeting> &from, std::optional<SubcommitteeMeeting> &to);

    Document *m_document;
    std::optional<SubcommitteeMeeting> m_before;
    std::optional<SubcommitteeMeeting> m_after;
    Id m_councilId = 0;
    bool m_checked = false;
};

} // namespace kiroku
