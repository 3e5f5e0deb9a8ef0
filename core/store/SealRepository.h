#pragma once
// The seal chain and the superseded versions of corrected records (docs/sealing.md), and the
// canonical serialisation of a meeting's record that sealing hashes.
#include "model/Types.h"

#include <QSqlDatabase>

#include <optional>

namespace kiroku {

struct SealEntry
{
    qint64 seq = 0; // 1, 2, ... in sealing order
    Id meetingId = 0;
    int recordVersion = 1;
    QString sealedAt; // ISO 8601 with offset, hashed as stored
    QString contentHash;
    QString previousHash;
    QString chainHash;

    friend bool operator==(const SealEntry &, const SealEntry &) = default;
};

// A sealed version replaced by a correction: its canonical record as it was sealed, and why.
struct RecordVersion
{
    Id meetingId = 0;
    int version = 0;
    QByteArray canonical;
    QString correctedAt; // ISO 8601 with offset
    QString reason;
};

// What verification needs of a meeting without going through the model (which would hide a tampered
// status behind a fallback).
struct MeetingSealState
{
    bool exists = false;
    QString status;
    int recordVersion = 1;
};

// An earlier file of a material (its file history, docs/packets.md), as verification checks it.
struct MaterialHistoryFile
{
    Id materialId = 0;
    QString label;
    QString title;
    int version = 0;
    QString sha256; // of its stored_file row; empty when the row is gone
};

class SealRepository
{
public:
    explicit SealRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    QVector<SealEntry> entries() const; // by seq
    std::optional<SealEntry> last() const;
    std::optional<SealEntry> entry(Id meetingId, int recordVersion) const;
    void append(const SealEntry &entry);

    QVector<RecordVersion> versions(Id meetingId) const; // superseded versions, oldest first
    std::optional<RecordVersion> version(Id meetingId, int version) const;

    MeetingSealState state(Id meetingId) const;
    QVector<Id> sealedMeetings() const;
    // The canonical serialisation of the meeting's current record (docs/sealing.md); empty when the
    // meeting does not exist.
    QByteArray canonicalRecord(Id meetingId) const;

    // The bytes stored under this SHA-256 (the stored_file row's own column), read so that
    // verification can hash them again; nullopt when no stored file has it.
    std::optional<QByteArray> storedFileData(const QString &sha256) const;
    // The earlier files of the meeting's materials, by material position and version.
    QVector<MaterialHistoryFile> materialFileHistory(Id meetingId) const;

    // Freezes the meeting (its rows become read-only through the triggers).
    void markSealed(Id meetingId);
    // Keeps the sealed version, reopens the meeting as the next version (Finalised) and clears its
    // signatures for signing again. One transaction.
    void openCorrection(const RecordVersion &superseded);

private:
    QSqlDatabase m_db;
};

} // namespace kiroku
