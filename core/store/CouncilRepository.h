#pragma once
#include "model/Types.h"

#include <QSqlDatabase>

#include <optional>

namespace kiroku {

// Councils with their members and staff (secretariat, presenters).
class CouncilRepository
{
public:
    explicit CouncilRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    QVector<Council> councils() const;
    std::optional<Council> council(Id id) const;
    Id insert(const Council &council);
    void update(const Council &council);
    void remove(Id id);

    QVector<Member> members(Id councilId) const; // by sort order, then reading
    std::optional<Member> member(Id id) const;
    Id insert(const Member &member);
    void update(const Member &member);
    void removeMember(Id id);

    QVector<Staff> staff(Id councilId) const;
    std::optional<Staff> staffMember(Id id) const;
    Id insert(const Staff &staff); // keeps staff.id when non-zero
    void update(const Staff &staff);
    void removeStaff(Id id);

private:
    QSqlDatabase m_db;
};

} // namespace kiroku
