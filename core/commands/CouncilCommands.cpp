#include "commands/CouncilCommands.h"

#include "io/ArchiveJson.h"
#include "store/CouncilListsRepository.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/Sql.h"
#include "store/StatementRepository.h"
#include "store/StoreError.h"

namespace kiroku {
// --- councils ---

AddCouncilCommand::AddCouncilCommand(Document *document, Council council, QUndoCommand *parent)
    : QUndoCommand(tr("Add council"), parent)
    , m_document(document)
    , m_council(std::move(council))
{}

void AddCouncilCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        if (m_snapshot.isEmpty()) {
            const QSqlDatabase db = m_document->database();
            sql::Transaction transaction(db);
            m_council.id = CouncilRepository(db).insert(m_council);
            // A new council starts with the usual palette and notation list, which it can edit.
            CouncilListsRepository lists(db);
            lists.setStageDirections(m_council.id, CouncilListsRepository::defaultStageDirections());
            lists.setNotationRules(m_council.id, CouncilListsRepository::defaultNotationRules());
            transaction.commit();
        } else
            ArchiveJson::restoreCouncil(m_document->database(), m_snapshot);
    });
    if (ok)
        Q_EMIT m_document->councilsChanged();
}

void AddCouncilCommand::undo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        sql::Transaction transaction(db);
        m_snapshot = ArchiveJson::snapshotCouncil(db, m_council.id);
        CouncilRepository(db).remove(m_council.id);
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->councilsChanged();
}

RemoveCouncilCommand::RemoveCouncilCommand(Document *document, Id councilId, QUndoCommand *parent)
    : QUndoCommand(tr("Remove council"), parent)
    , m_document(document)
    , m_councilId(councilId)
{}

void RemoveCouncilCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        if (!CouncilRepository(db).council(m_councilId))
            throw StoreError(tr("The council no longer exists in the archive."));
        sql::Transaction transaction(db);
        m_snapshot = ArchiveJson::snapshotCouncil(db, m_councilId);
        CouncilRepository(db).remove(m_councilId);
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->councilsChanged();
}

void RemoveCouncilCommand::undo()
{
    if (m_document->attempt(this, [&] { ArchiveJson::restoreCouncil(m_document->database(), m_snapshot); }))
        Q_EMIT m_document->councilsChanged();
}

EditCouncilCommand::EditCouncilCommand(Document *document, Council before, Council after,
                                       QUndoCommand *parent)
    : QUndoCommand(tr("Edit council"), parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditCouncilCommand::write(const Council &council)
{
    const bool ok = m_document->attempt(this, [&] {
        CouncilRepository repository(m_document->database());
        // An UPDATE of a missing row succeeds silently; the clerk must hear that nothing was saved.
        if (!repository.council(council.id))
            throw StoreError(tr("The council no longer exists in the archive."));
        repository.update(council);
    });
    if (ok)
        Q_EMIT m_document->councilChanged(council.id);
}

void EditCouncilCommand::redo()
{
    write(m_after);
}

void EditCouncilCommand::undo()
{
    write(m_before);
}

// --- members ---

AddMemberCommand::AddMemberCommand(Document *document, Member member, QUndoCommand *parent)
    : QUndoCommand(tr("Add member"), parent)
    , m_document(document)
    , m_member(std::move(member))
{}

void AddMemberCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        if (m_snapshot.isEmpty())
            m_member.id = CouncilRepository(m_document->database()).insert(m_member);
        else
            ArchiveJson::restoreMember(m_document->database(), m_member.councilId, m_snapshot);
    });
    if (ok)
        Q_EMIT m_document->membersChanged(m_member.councilId);
}

void AddMemberCommand::undo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        sql::Transaction transaction(db);
        m_snapshot = ArchiveJson::snapshotMember(db, m_member.id);
        CouncilRepository(db).removeMember(m_member.id);
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->membersChanged(m_member.councilId);
}

EditMemberCommand::EditMemberCommand(Document *document, Member before, Member after, MemberField field,
                                     QUndoCommand *parent)
    : QUndoCommand(tr("Edit member"), parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(field)
{}

void EditMemberCommand::write(const Member &member)
{
    const bool ok = m_document->attempt(this, [&] {
        CouncilRepository repository(m_document->database());
        if (!repository.member(member.id))
            throw StoreError(tr("The member no longer exists in the archive."));
        repository.update(member);
    });
    if (ok)
        Q_EMIT m_document->membersChanged(member.councilId);
}

void EditMemberCommand::redo()
{
    write(m_after);
}

void EditMemberCommand::undo()
{
    write(m_before);
}

bool EditMemberCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const EditMemberCommand *>(other);
    if (next->isObsolete() || m_field == MemberField::Several || next->m_field != m_field ||
        next->m_after.id != m_after.id)
        return false;
    m_after = next->m_after;
    if (m_before == m_after)
        setObsolete(true);
    return true;
}

RemoveMemberCommand::RemoveMemberCommand(Document *document, Id memberId, QUndoCommand *parent)
    : QUndoCommand(tr("Remove member"), parent)
    , m_document(document)
    , m_memberId(memberId)
{}

void RemoveMemberCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        CouncilRepository repository(db);
        const std::optional<Member> member = repository.member(m_memberId);
        if (!member)
            throw StoreError(tr("The member no longer exists in the archive."));
        m_councilId = member->councilId;
        sql::Transaction transaction(db);
        m_snapshot = ArchiveJson::snapshotMember(db, m_memberId);
        try {
            repository.removeMember(m_memberId);
        } catch (const StoreError &error) {
            // Typically a signature: a signed record keeps its signers.
            throw StoreError(tr("%1 cannot be removed: %2").arg(member->name, error.message()));
        }
        transaction.commit();
    });
    // Attendance and chairs went with the member; their views listen to membersChanged as well.
    if (ok)
        Q_EMIT m_document->membersChanged(m_councilId);
}

void RemoveMemberCommand::undo()
{
    const bool ok = m_document->attempt(
        this, [&] { ArchiveJson::restoreMember(m_document->database(), m_councilId, m_snapshot); });
    if (ok)
        Q_EMIT m_document->membersChanged(m_councilId);
}

// --- staff ---

AddStaffCommand::AddStaffCommand(Document *document, Staff staff, QUndoCommand *parent)
    : QUndoCommand(tr("Add staff"), parent)
    , m_document(document)
    , m_staff(std::move(staff))
{}

void AddStaffCommand::redo()
{
    if (m_document->attempt(this,
                            [&] { m_staff.id = CouncilRepository(m_document->database()).insert(m_staff); }))
        Q_EMIT m_document->staffChanged(m_staff.councilId);
}

void AddStaffCommand::undo()
{
    if (m_document->attempt(this, [&] { CouncilRepository(m_document->database()).removeStaff(m_staff.id); }))
        Q_EMIT m_document->staffChanged(m_staff.councilId);
}

EditStaffCommand::EditStaffCommand(Document *document, Staff before, Staff after, QUndoCommand *parent)
    : QUndoCommand(tr("Edit staff"), parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditStaffCommand::write(const Staff &staff)
{
    const bool ok = m_document->attempt(this, [&] {
        CouncilRepository repository(m_document->database());
        if (!repository.staffMember(staff.id))
            throw StoreError(tr("The staff entry no longer exists in the archive."));
        repository.update(staff);
    });
    if (ok)
        Q_EMIT m_document->staffChanged(staff.councilId);
}

void EditStaffCommand::redo()
{
    write(m_after);
}

void EditStaffCommand::undo()
{
    write(m_before);
}

RemoveStaffCommand::RemoveStaffCommand(Document *document, Id staffId, QUndoCommand *parent)
    : QUndoCommand(tr("Remove staff"), parent)
    , m_document(document)
{
    m_staff.id = staffId;
}

void RemoveStaffCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        CouncilRepository councils(db);
        const std::optional<Staff> staff = councils.staffMember(m_staff.id);
        if (!staff)
            throw StoreError(tr("The staff entry no longer exists in the archive."));
        m_staff = *staff;
        MeetingRepository meetings(db);
        m_presentAt.clear();
        for (const Meeting &meeting : meetings.meetings(m_staff.councilId)) {
            if (meetings.staffPresent(meeting.id).contains(m_staff.id))
                m_presentAt.append(meeting.id);
        }
        m_spoken = StatementRepository(db).idsSpokenByStaff(m_staff.id);
        councils.removeStaff(m_staff.id);
    });
    if (ok)
        Q_EMIT m_document->staffChanged(m_staff.councilId);
}

void RemoveStaffCommand::undo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        sql::Transaction transaction(db);
        // Same id as before, so older edits on the stack and the statements' speaker links still fit.
        m_staff.id = CouncilRepository(db).insert(m_staff);
        StatementRepository(db).linkStaff(m_spoken, m_staff.id);
        MeetingRepository meetings(db);
        for (Id meetingId : std::as_const(m_presentAt)) {
            QVector<Id> present = meetings.staffPresent(meetingId);
            present.append(m_staff.id);
            meetings.setStaffPresent(meetingId, present);
        }
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->staffChanged(m_staff.councilId);
}

} // namespace kiroku
