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

    static QString kindKey(Kind kind);  // "edited", "deleted", "reordered": for programs
    static QString kindName(Kind kind); // the same in the UI language, for people
};

// One line of the anchor file: a seal as it was when the chain was anchored (docs/sealing.md).
struct AnchoredSeal
{
    qint64 seq = 0;
    Id meetingId = 0;
    int recordVersion = 0;
    QString sealedAt;
    QString chainHash;
    QString anchoredAt; // ISO 8601 with offset
};

struct VerifyReport
{
    int seals = 0;    // seal entries checked
    QString headHash; // chain hash of the last entry: note it outside the archive
    qint64 headSeq = 0;
    QString anchorPath;       // the anchor file of the archive; empty for an archive in memory
    bool anchorFound = false; // the anchor file exists (and was read)
    AnchoredSeal anchorHead;  // its newest line
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

    // Recomputes every seal: content hashes of current and kept versions, the stored bytes of the files
    // they name, the chain, and the chain against its anchor.
    static VerifyReport verify(const QSqlDatabase &db);

    // The anchor: the chain's seals, one line each, in a file outside the archive (in its backup
    // folder), so that the newest seals cannot vanish with their records unnoticed.
    static QString anchorPath(const QString &archivePath);
    // The archive file behind a connection; empty for an archive in memory.
    static QString archivePathOf(const QSqlDatabase &db);
    // The anchor's lines, oldest first; empty when there is no file. Throws StoreError when the file
    // cannot be read or is not an anchor.
    static QVector<AnchoredSeal> readAnchor(const QString &path);
    // Appends every seal after the anchored head that links to it, as committed in the archive file
    // (read on a connection of its own). Writes nothing when the anchored head is no longer in the
    // chain: verify reports that. Returns how many seals it added; throws StoreError when the file
    // cannot be read or written.
    static int anchor(const QString &archivePath, const QDateTime &now = QDateTime::currentDateTime());
};

} // namespace kiroku
