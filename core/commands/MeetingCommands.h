#pragma once
// Undoable edits of meetings and their attendance (see Document.h for the rules every command follows).
#include "commands/Document.h"
#include "model/Types.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QUndoCommand>

#include <optional>

namespace kiroku {

// Adds a meeting; its 年度 follows from the date and it gets the next 第N回 of that year.
class AddMeetingCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::MeetingCommands)
public:
    AddMeetingCommand(Document *document, Meeting meeting, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    Id meetingId() const { return m_meeting.id; }
    const Meeting &meeting() const { return m_meeting; }

private:
    Document *m_document;
    Meeting m_meeting;
    QJsonObject m_snapshot; // set by undo(): redo() restores it so the id stays the same
};

// Writes the header fields. When the new date falls in another 年度 the meeting moves there and takes
// that year's next number (decided once, at the first redo).
class EditMeetingCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::MeetingCommands)
public:
    EditMeetingCommand(Document *document, Meeting before, Meeting after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    const Meeting &after() const { return m_after; }

private:
    void write(const Meeting &meeting, const Meeting &previous);
    Document *m_document;
    Meeting m_before;
    Meeting m_after;
    bool m_numbered = false;
};

class RemoveMeetingCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::MeetingCommands)
public:
    RemoveMeetingCommand(Document *document, Id meetingId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Id m_meetingId;
    Id m_councilId = 0;
    QJsonObject m_snapshot;
};

// Sets the attendance of one or more members of one meeting in one step. A member without a row
// counts as absent; undo puts back exactly what was there (a row, or none).
class SetAttendanceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::MeetingCommands)
public:
    SetAttendanceCommand(Document *document, Attendance before, Attendance after,
                         QUndoCommand *parent = nullptr);
    // Reads the current rows of the members in `after` itself (all of one meeting).
    SetAttendanceCommand(Document *document, const QVector<Attendance> &after,
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    // The stored attendance of a member, or an Absent one when there is no row.
    static Attendance current(const QSqlDatabase &db, Id meetingId, Id memberId);

private:
    struct Change
    {
        std::optional<Attendance> before; // nullopt: there was no row
        Attendance after;
    };
    void emitChanged();
    Document *m_document;
    Id m_meetingId = 0;
    QVector<Change> m_changes;
};

// Marks one staff member (事務局 or 説明員) present at a meeting, with the times, or not present
// (nullopt). Undo puts back the row that was there, or none.
class SetStaffAttendanceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::MeetingCommands)
public:
    SetStaffAttendanceCommand(Document *document, Id meetingId, Id staffId,
                              std::optional<StaffAttendance> after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    // The stored row of a staff member at a meeting, nullopt when not present.
    static std::optional<StaffAttendance> current(const QSqlDatabase &db, Id meetingId, Id staffId);

private:
    void write(const std::optional<StaffAttendance> &row);
    Document *m_document;
    Id m_meetingId;
    Id m_staffId;
    std::optional<StaffAttendance> m_before;
    std::optional<StaffAttendance> m_after;
};

} // namespace kiroku
