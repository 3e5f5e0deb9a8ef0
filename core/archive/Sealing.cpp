#include "archive/Sealing.h"

#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/SignatureRepository.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kiroku::Sealing", text);
}

QString isoWithOffset(const QDateTime &at)
{
    return at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace

const QString Sealing::genesisHash = QString(64, u'0');

QString SealMismatch::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Edited:
        return u"edited"_s;
    case Kind::Deleted:
        return u"deleted"_s;
    case Kind::Reordered:
        return u"reordered"_s;
    }
    return {};
}

QString Sealing::sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString Sealing::chainHash(const QString &previousHash, Id meetingId, int recordVersion,
                           const QString &sealedAt, const QString &contentHash)
{
    const QString input = u"kiroku-seal/1\n%1\n%2\n%3\n%4\n%5\n"_s.arg(previousHash)
                              .arg(meetingId)
                              .arg(recordVersion)
                              .arg(sealedAt, contentHash);
    return sha256Hex(input.toUtf8());
}

bool Sealing::isSealed(const QSqlDatabase &db, Id meetingId)
{
    return SealRepository(db).state(meetingId).status == u"sealed"_s;
}

QString Sealing::whyNotSealable(const QSqlDatabase &db, Id meetingId)
{
    const auto meeting = MeetingRepository(db).meeting(meetingId);
    if (!meeting)
        return tr("There is no meeting with the id %1.").arg(meetingId);
    if (meeting->status == MeetingStatus::Sealed)
        return tr("The record is already sealed.");
    if (meeting->status != MeetingStatus::Finalised && meeting->status != MeetingStatus::Signed)
        return tr("The record is not finalised yet.");
    const auto signatures = SignatureRepository(db).signatures(meetingId);
    const auto council = CouncilRepository(db).council(meeting->councilId);
    const int needed = council ? council->signerCount : 0;
    if (signatures.size() < needed)
        return tr("The chair has designated %1 of the %2 signing members.")
            .arg(signatures.size())
            .arg(needed);
    QStringList waiting;
    for (const Signature &s : signatures) {
        if (s.method == SignatureMethod::None || !s.signedAt.isValid()) {
            const auto member = CouncilRepository(db).member(s.memberId);
            waiting << (member ? member->name : QString::number(s.memberId));
        }
    }
    if (!waiting.isEmpty())
        return tr("Waiting for the signature of %1.").arg(waiting.join(u", "_s));
    return {};
}

SealEntry Sealing::seal(const QSqlDatabase &db, Id meetingId, const QDateTime &at)
{
    sql::Transaction transaction(db);
    const QString why = whyNotSealable(db, meetingId);
    if (!why.isEmpty())
        throw StoreError(why);
    SealRepository seals(db);
    const MeetingSealState state = seals.state(meetingId);
    SealEntry entry;
    const auto last = seals.last();
    entry.seq = last ? last->seq + 1 : 1;
    entry.previousHash = last ? last->chainHash : genesisHash;
    entry.meetingId = meetingId;
    entry.recordVersion = state.recordVersion;
    entry.sealedAt = isoWithOffset(at);
    // Sealed content says "sealed" nowhere, so the hash is taken before the status changes.
    entry.contentHash = sha256Hex(seals.canonicalRecord(meetingId));
    entry.chainHash = chainHash(entry.previousHash, entry.meetingId, entry.recordVersion, entry.sealedAt,
                                entry.contentHash);
    seals.append(entry);
    seals.markSealed(meetingId);
    transaction.commit();
    return entry;
}

bool Sealing::sealIfComplete(const QSqlDatabase &db, Id meetingId, const QDateTime &at)
{
    if (!whyNotSealable(db, meetingId).isEmpty())
        return false;
    seal(db, meetingId, at);
    return true;
}

void Sealing::correct(const QSqlDatabase &db, Id meetingId, const QString &reason, const QDateTime &at)
{
    if (reason.trimmed().isEmpty())
        throw StoreError(tr("A correction needs its reason."));
    sql::Transaction transaction(db);
    SealRepository seals(db);
    const MeetingSealState state = seals.state(meetingId);
    if (!state.exists)
        throw StoreError(tr("There is no meeting with the id %1.").arg(meetingId));
    if (state.status != u"sealed"_s)
        throw StoreError(tr("Only a sealed record is corrected; this one can still be edited."));
    const auto entry = seals.entry(meetingId, state.recordVersion);
    RecordVersion superseded;
    superseded.meetingId = meetingId;
    superseded.version = state.recordVersion;
    superseded.canonical = seals.canonicalRecord(meetingId);
    if (!entry || sha256Hex(superseded.canonical) != entry->contentHash)
        throw StoreError(
            tr("The sealed record does not match its seal; run kiroku verify before correcting it."));
    superseded.correctedAt = isoWithOffset(at);
    superseded.reason = reason.trimmed();
    seals.openCorrection(superseded);
    transaction.commit();
}

VerifyReport Sealing::verify(const QSqlDatabase &db)
{
    SealRepository seals(db);
    VerifyReport report;
    const QVector<SealEntry> entries = seals.entries();
    report.seals = int(entries.size());

    QHash<QString, qint64> seqByChainHash;
    for (const SealEntry &e : entries)
        seqByChainHash.insert(e.chainHash, e.seq);

    auto add = [&](SealMismatch::Kind kind, const SealEntry *e, Id meetingId, int version,
                   const QString &detail) {
        SealMismatch m;
        m.kind = kind;
        m.seq = e ? e->seq : 0;
        m.meetingId = meetingId;
        m.recordVersion = version;
        m.detail = detail;
        report.mismatches.append(m);
    };

    QString previous = genesisHash;
    qint64 expectedSeq = 1;
    QHash<Id, int> lastSealedVersion;
    for (const SealEntry &e : entries) {
        // The chain: each entry names the one sealed before it.
        if (chainHash(e.previousHash, e.meetingId, e.recordVersion, e.sealedAt, e.contentHash) !=
            e.chainHash) {
            add(SealMismatch::Kind::Edited, &e, e.meetingId, e.recordVersion,
                tr("The seal entry itself was altered."));
        } else if (e.previousHash != previous) {
            const auto linked = seqByChainHash.constFind(e.previousHash);
            if (linked != seqByChainHash.cend() || e.previousHash == genesisHash)
                add(SealMismatch::Kind::Reordered, &e, e.meetingId, e.recordVersion,
                    tr("Seal %1 was made after seal %2, not after the seal now before it.")
                        .arg(e.seq)
                        .arg(linked != seqByChainHash.cend() ? linked.value() : 0));
            else
                add(SealMismatch::Kind::Deleted, &e, e.meetingId, e.recordVersion,
                    tr("The seal made just before seal %1 is missing.").arg(e.seq));
        } else if (e.seq != expectedSeq) {
            add(SealMismatch::Kind::Deleted, &e, e.meetingId, e.recordVersion,
                tr("Seal numbers %1 to %2 are missing.").arg(expectedSeq).arg(e.seq - 1));
        }
        previous = e.chainHash;
        expectedSeq = e.seq + 1;

        // The content: the current record, or the version a correction kept.
        const MeetingSealState state = seals.state(e.meetingId);
        lastSealedVersion[e.meetingId] = std::max(lastSealedVersion.value(e.meetingId), e.recordVersion);
        if (!state.exists) {
            add(SealMismatch::Kind::Deleted, &e, e.meetingId, e.recordVersion,
                tr("The sealed record of meeting %1 was deleted.").arg(e.meetingId));
            continue;
        }
        QByteArray canonical;
        if (e.recordVersion == state.recordVersion) {
            if (state.status != u"sealed"_s) {
                add(SealMismatch::Kind::Edited, &e, e.meetingId, e.recordVersion,
                    tr("The record of meeting %1 was unsealed without a correction.").arg(e.meetingId));
                continue;
            }
            canonical = seals.canonicalRecord(e.meetingId);
        } else if (e.recordVersion < state.recordVersion) {
            const auto kept = seals.version(e.meetingId, e.recordVersion);
            if (!kept) {
                add(SealMismatch::Kind::Deleted, &e, e.meetingId, e.recordVersion,
                    tr("Version %1 of meeting %2's record was deleted.")
                        .arg(e.recordVersion)
                        .arg(e.meetingId));
                continue;
            }
            canonical = kept->canonical;
        } else {
            add(SealMismatch::Kind::Edited, &e, e.meetingId, e.recordVersion,
                tr("Meeting %1 claims an older version than its seal.").arg(e.meetingId));
            continue;
        }
        if (sha256Hex(canonical) != e.contentHash)
            add(SealMismatch::Kind::Edited, &e, e.meetingId, e.recordVersion,
                tr("The content of meeting %1's record (version %2) differs from what was sealed.")
                    .arg(e.meetingId)
                    .arg(e.recordVersion));
    }
    if (!entries.isEmpty()) {
        report.headHash = entries.last().chainHash;
        report.headSeq = entries.last().seq;
    }

    // A meeting shown as sealed must have the seal of its current version.
    for (Id meetingId : seals.sealedMeetings()) {
        const MeetingSealState state = seals.state(meetingId);
        if (lastSealedVersion.value(meetingId) != state.recordVersion)
            add(SealMismatch::Kind::Deleted, nullptr, meetingId, state.recordVersion,
                tr("Meeting %1 is marked sealed but its seal entry is missing.").arg(meetingId));
    }
    return report;
}

} // namespace kiroku
