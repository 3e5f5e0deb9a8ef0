#pragma once
#include "model/Types.h"

#include <QSqlDatabase>

#include <optional>

namespace kiroku {

// Subcommittees (小委員会) of a council: their members, the consultations referred to them and their
// meetings (with attendance and the consultations each examined).
class SubcommitteeRepository
{
public:
    explicit SubcommitteeRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    QVector<Subcommittee> subcommittees(Id councilId) const; // by establishment, id
    std::optional<Subcommittee> subcommittee(Id id) const;
    Id insert(const Subcommittee &subcommittee); // keeps subcommittee.id when it is set
    void update(const Subcommittee &subcommittee);
    void remove(Id id);

    QVector<SubcommitteeMember> members(Id subcommitteeId) const; // by position
    void setMembers(Id subcommitteeId, const QVector<SubcommitteeMember> &members);

    QVector<SubcommitteeReferral> referrals(Id subcommitteeId) const; // by date
    // The referrals of one consultation, across the council's subcommittees.
    QVector<SubcommitteeReferral> referralsOf(Id consultationId) const;
    void setReferrals(Id subcommitteeId, const QVector<SubcommitteeReferral> &referrals);

    QVector<SubcommitteeMeeting> meetings(Id subcommitteeId) const; // by number
    std::optional<SubcommitteeMeeting> meeting(Id id) const;
    Id insert(const SubcommitteeMeeting &meeting); // with attendees and items; keeps meeting.id when set
    void update(const SubcommitteeMeeting &meeting);
    void removeMeeting(Id id);
    // Subcommittee meetings that examined a consultation, by date.
    QVector<SubcommitteeMeeting> meetingsOf(Id consultationId) const;

private:
    void writeDetails(const SubcommitteeMeeting &meeting);
    QVector<SubcommitteeMeeting> readMeetings(const QString &where, const QVariant &key) const;

    QSqlDatabase m_db;
};

} // namespace kiroku
