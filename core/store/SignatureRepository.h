#pragma once
#include "model/Types.h"

#include <QSqlDatabase>

#include <optional>

namespace kiroku {

// The members designated to sign a meeting's record (署名委員) and their signatures.
class SignatureRepository
{
public:
    explicit SignatureRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    QVector<Signature> signatures(Id meetingId) const; // by position
    std::optional<Signature> signature(Id id) const;
    Id insert(const Signature &signature);
    void update(const Signature &signature);
    void remove(Id id);
    // Makes memberIds the meeting's signers in that order (positions 0, 1, ...). Members who stay keep
    // their row, so a signature already given survives a reordering; members left out lose theirs.
    void designate(Id meetingId, const QVector<Id> &memberIds);

private:
    QSqlDatabase m_db;
};

} // namespace kiroku
