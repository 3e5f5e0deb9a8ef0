#pragma once
// Sealing signed records and verifying the archive's seal chain (docs/sealing.md). Core only: the
// window, the command line and the tests all come through here.
#include "model/Types.h"
#include "store/SealRepository.h"

#include <QSqlDatabase>

namespace kiroku {

struct SealMismatch
{
    enum class Kind
    {
        Edited,   // the content (or the seal entry itself) differs from what was sealed
        Deleted,  // a sealed record, a kept version or a seal entry is gone
        Reordered // seal entries no longer follow each other as they were sealed
    };
    Kind kind = Kind::Edited;
    qint64 seq = 0; // the seal entry concerned, 0 when none
    Id meetingId = 0;
    int recordVersion = 0;
    QString detail; // in the UI language

    static QString kindKey(Kind kind); // "edited", "deleted", "reordered"
};

struct VerifyReport
{
    int seals = 0;    // seal entries checked
    QString headHash; // chain hash of the last entry: note it outside the archive
    qint64 headSeq = 0;
    QVector<SealMismatch> mismatches;
    bool ok() const { return mismatches.isEmpty(); }
};

class Sealing
{
public:
    static QString sha256Hex(const QByteArray &bytes);
    static QString chainHash(const QString &previousHash, Id meetingId, int recordVersion,
                             const QString &sealedAt, const QString &contentHash);
    static const QString genesisHash; // 64 zeros: "previous" of the first entry

    // Empty when the meeting can be sealed now, else why not (UI language).
    static QString whyNotSealable(const QSqlDatabase &db, Id meetingId);
    // Freezes the meeting's record and appends it to the chain. Throws StoreError with a clear
    // message when it cannot be sealed.
    static SealEntry seal(const QSqlDatabase &db, Id meetingId,
                          const QDateTime &at = QDateTime::currentDateTime());
    // Seals when every designated signer has signed (the last signature is in); true when it did.
    static bool sealIfComplete(const QSqlDatabase &db, Id meetingId,
                               const QDateTime &at = QDateTime::currentDateTime());
    // A correction (正誤) of a sealed record: keeps the sealed version, reopens the record as the
    // next version with its signatures cleared. Throws StoreError when the record is not sealed, does
    // not verify, or the reason is empty.
    static void correct(const QSqlDatabase &db, Id meetingId, const QString &reason,
                        const QDateTime &at = QDateTime::currentDateTime());
    static bool isSealed(const QSqlDatabase &db, Id meetingId);

    // Recomputes every seal: content hashes of current and kept versions, and the chain.
    static VerifyReport verify(const QSqlDatabase &db);
};

} // namespace kiroku
