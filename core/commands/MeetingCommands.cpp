#include "commands/MeetingCommands.h"

#include "io/ArchiveJson.h"
#include "store/MeetingRepository.h"
#include "store/Sql.h"
#include "store/StoreError.h"
#include "text/Wareki.h"

namespace kiroku {
// --- meetings ---

AddMeetingCommand::AddMeetingCommand(Document *document, Meeting meeting, QUndoCommand *parent)
    : QUndoCommand(tr("Add meeting"), parent)
    , m_document(document)
    , m_meeting(std::move(meeting))
{}

void AddMeetingCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        if (!m_snapshot.isEmpty()) {
            ArchiveJson::restoreMeeting(db, m_meeting.councilId, m_snapshot);
            return;
        }
        MeetingRepository repository(db);
        if (m_meeting.date.isValid())
            m_meeting.fiscalYear = wareki::fiscalYearOf(m_meeting.date);
        m_meeting.number = repository.nextNumber(m_meeting.councilId, m_meeting.fiscalYear);
        m_meeting.id = repository.insert(m_meeting);
    });
    if (ok)
        Q_EMIT m_document->meetingsChanged(m_meeting.councilId);
}

void AddMeetingCommand::undo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        sql::Transaction transaction(db);
        m_snapshot = ArchiveJson::snapshotMeeting(db, m_meeting.id);
        MeetingRepository(db).remove(m_meeting.id);
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->meetingsChanged(m_meeting.councilId);
}

EditMeetingCommand::EditMeetingCommand(Document *document, Meeting before, Meeting after,
                                       QUndoCommand *parent)
    : QUndoCommand(tr("Edit meeting"), parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditMeetingCommand::write(const Meeting &meeting, const Meeting &previous)
{
    const bool ok = m_document->attempt(this, [&] {
        MeetingRepository repository(m_document->database());
        // An UPDATE of a missing row succeeds silently; the clerk must hear that nothing was saved.
        if (!repository.meeting(meeting.id))
            throw StoreError(tr("The meeting no longer exists in the archive."));
        repository.update(meeting);
    });
    if (!ok)
        return;
    Q_EMIT m_document->meetingChanged(meeting.id);
    if (meeting.fiscalYear != previous.fiscalYear || meeting.number != previous.number)
        Q_EMIT m_document->meetingsChanged(meeting.councilId);
}

void EditMeetingCommand::redo()
{
    if (!m_numbered) {
        m_numbered = true;
        const int year = m_after.date.isValid() ? wareki::fiscalYearOf(m_after.date) : m_after.fiscalYear;
        if (year != m_before.fiscalYear) {
            try {
                m_after.fiscalYear = year;
                m_after.number =
                    MeetingRepository(m_document->database()).nextNumber(m_after.councilId, year);
            } catch (const StoreError &error) {
                setObsolete(true);
                m_document->reportFailure(error.message());
                return;
            }
        }
    }
    write(m_after, m_before);
}

void EditMeetingCommand::undo()
{
    write(m_before, m_after);
}

RemoveMeetingCommand::RemoveMeetingCommand(Document *document, Id meetingId, QUndoCommand *parent)
    : QUndoCommand(tr("Remove meeting"), parent)
    , m_document(document)
    , m_meetingId(meetingId)
{}

void RemoveMeetingCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        MeetingRepository repository(db);
        const std::optional<Meeting> meeting = repository.meeting(m_meetingId);
        if (!meeting)
            throw StoreError(tr("The meeting no longer exists in the archive."));
        m_councilId = meeting->councilId;
        sql::Transaction transaction(db);
        m_snapshot = ArchiveJson::snapshotMeeting(db, m_meetingId);
        repository.remove(m_meetingId);
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->meetingsChanged(m_councilId);
}

void RemoveMeetingCommand::undo()
{
    const bool ok = m_document->attempt(
        this, [&] { ArchiveJson::restoreMeeting(m_document->database(), m_councilId, m_snapshot); });
    if (ok)
        Q_EMIT m_document->meetingsChanged(m_councilId);
}

// --- attendance ---

SetAttendanceCommand::SetAttendanceCommand(Document *document, Attendance before, Attendance after,
                                           QUndoCommand *parent)
    : QUndoCommand(tr("Change attendance"), parent)
    , m_document(document)
    , m_meetingId(after.meetingId)
{
    m_changes.append({std::move(before), std::move(after)});
}

SetAttendanceCommand::SetAttendanceCommand(Document *document, const QVector<Attendance> &after,
                                           QUndoCommand *parent)
    : QUndoCommand(tr("Change attendance"), parent)
    , m_document(document)
{
    if (after.isEmpty())
        return;
    m_meetingId = after.first().meetingId;
    QHash<Id, Attendance> stored;
    try {
        for (const Attendance &a : MeetingRepository(document->database()).attendance(m_meetingId))
            stored.insert(a.memberId, a);
    } catch (const StoreError &) {
        // Nothing readable: redo() meets the same problem and reports it.
    }
    for (const Attendance &a : after) {
        const auto found = stored.constFind(a.memberId);
        m_changes.append({found == stored.constEnd() ? std::nullopt : std::optional<Attendance>(*found), a});
    }
}

Attendance SetAttendanceCommand::current(const QSqlDatabase &db, Id meetingId, Id memberId)
{
    for (const Attendance &a : MeetingRepository(db).attendance(meetingId)) {
        if (a.memberId == memberId)
            return a;
    }
    Attendance absent;
    absent.meetingId = meetingId;
    absent.memberId = memberId;
    absent.status = AttendanceStatus::Absent;
    return absent;
}

void SetAttendanceCommand::emitChanged()
{
    Q_EMIT m_document->attendanceChanged(m_meetingId);
}

void SetAttendanceCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        MeetingRepository repository(db);
        sql::Transaction transaction(db);
        for (const Change &change : std::as_const(m_changes))
            repository.setAttendance(change.after);
        transaction.commit();
    });
    if (ok)
        emitChanged();
}

void SetAttendanceCommand::undo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        MeetingRepository repository(db);
        sql::Transaction transaction(db);
        for (const Change &change : std::as_const(m_changes)) {
            if (change.before)
                repository.setAttendance(*change.before);
            else
                repository.removeAttendance(change.after.meetingId, change.after.memberId);
        }
        transaction.commit();
    });
    if (ok)
        emitChanged();
}

// --- staff attendance ---

SetStaffAttendanceCommand::SetStaffAttendanceCommand(Document *document, Id meetingId, Id staffId,
                                                     std::optional<StaffAttendance> after,
                                                     QUndoCommand *parent)
    : QUndoCommand(tr("Change staff attendance"), parent)
    , m_document(document)
    , m_meetingId(meetingId)
    , m_staffId(staffId)
    , m_after(std::move(after))
{
    try {
        m_before = current(document->database(), meetingId, staffId);
    } catch (const StoreError &) {
        // Nothing readable: redo() meets the same problem and reports it.
    }
}

std::optional<StaffAttendance> SetStaffAttendanceCommand::current(const QSqlDatabase &db, Id meetingId,
                                                                  Id staffId)
{
    for (const StaffAttendance &a : MeetingRepository(db).staffAttendance(meetingId)) {
        if (a.staffId == staffId)
            return a;
    }
    return std::nullopt;
}

void SetStaffAttendanceCommand::write(const std::optional<StaffAttendance> &row)
{
    const bool ok = m_document->attempt(this, [&] {
        MeetingRepository repository(m_document->database());
        if (row)
            repository.setStaffAttendance(*row);
        else
            repository.removeStaffAttendance(m_meetingId, m_staffId);
    });
    if (ok)
        Q_EMIT m_document->attendanceChanged(m_meetingId);
}

void SetStaffAttendanceCommand::redo()
{
    write(m_after);
}

void SetStaffAttendanceCommand::undo()
{
    write(m_before);
}

} // namespace kiroku
