#include "archive/Sealing.h"

#include "archive/Backup.h"
#include "store/CouncilRepository.h"
#include "store/Dialect.h"
#include "store/MeetingRepository.h"
#include "store/SignatureRepository.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

// lupdate files tr() calls under the enclosing class or namespace: outside Sealing's own members
// (Verifier, SealMismatch, free functions) the context is spelled out.
QString tr(const char *text)
{
    return QCoreApplication::translate("kiroku::Sealing", text);
}

QString isoWithOffset(const QDateTime &at)
{
    return at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODate);
}

const QByteArray anchorFormat = "kiroku-seal-anchor/1";

// The seals as committed in the file, on a read-only connection of its own: a seal still inside a
// transaction (that may roll back) is not seen.
QVector<SealEntry> committedSeals(const QString &archivePath)
{
    const QString name = u"kiroku-anchor-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVector<SealEntry> entries;
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(Dialect::sqlite().driverName(), name);
        db.setDatabaseName(archivePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open()) {
            try {
                entries = SealRepository(db).entries();
            } catch (const StoreError &error) {
                problem = error.message();
            }
        } else {
            problem = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        throw StoreError(QCoreApplication::translate("kiroku::Sealing",
                                                     "The seals of %1 cannot be read for the anchor: %2")
                             .arg(archivePath, problem));
    return entries;
}

// The caller's transaction may still roll the new seal back, so the anchor is brought up to date once
// control is back in the event loop (the window); the command line anchors after its own commit.
void anchorLater(const QSqlDatabase &db)
{
    const QString path = Sealing::archivePathOf(db);
    QCoreApplication *app = QCoreApplication::instance();
    if (path.isEmpty() || !app)
        return;
    QTimer::singleShot(0, app, [path] {
        try {
            Sealing::anchor(path);
        } catch (const StoreError &error) {
            // The next kiroku verify says the anchor is behind; nothing here to show it in.
            qWarning("%s", qPrintable(error.message()));
        }
    });
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

QString SealMismatch::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Edited:
        return QCoreApplication::translate("kiroku::Sealing", "edited");
    case Kind::Deleted:
        return QCoreApplication::translate("kiroku::Sealing", "deleted");
    case Kind::Reordered:
        return QCoreApplication::translate("kiroku::Sealing", "reordered");
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
    anchorLater(db);
    return entry;
}

bool Sealing::sealIfComplete(const QSqlDatabase &db, Id meetingId, const QDateTime &at)
{
    if (!whyNotSealable(db, meetingId).isEmpty())
        return false;
    seal(db, meetingId, at);
    return true;
}

namespace {

QString materialName(const QString &label, const QString &title)
{
    if (label.isEmpty())
        return title;
    return title.isEmpty() ? label : label + u' ' + title;
}

// One verification run: the mismatches found, and each stored file hashed once however many records
// name it.
class Verifier
{
public:
    Verifier(const SealRepository &seals, VerifyReport &report)
        : m_seals(seals)
        , m_report(report)
    {}

    void add(SealMismatch::Kind kind, qint64 seq, Id meetingId, int version, const QString &detail)
    {
        m_report.mismatches.append({kind, seq, meetingId, version, detail});
    }

    // The sealed record names its files by hash; their bytes are read and hashed again, so that
    // bytes swapped under an unchanged hash column are found.
    void checkFiles(const QByteArray &canonical, const SealEntry &e)
    {
        const QJsonObject record = QJsonDocument::fromJson(canonical).object();
        for (const QJsonValue &value : record.value(u"materials"_s).toArray()) {
            const QJsonObject m = value.toObject();
            checkFile(m.value(u"file_sha256"_s).toString(), e, [&] {
                return QCoreApplication::translate("kiroku::Sealing", "The file of material “%1”")
                    .arg(materialName(m.value(u"label"_s).toString(), m.value(u"title"_s).toString()));
            });
        }
        for (const QJsonValue &value : record.value(u"signatures"_s).toArray()) {
            const QJsonObject s = value.toObject();
            checkFile(s.value(u"scan_sha256"_s).toString(), e, [&] {
                const QString name = s.value(u"name"_s).toString();
                return QCoreApplication::translate("kiroku::Sealing", "The scanned signature page of %1")
                    .arg(name.isEmpty() ? QString::number(s.value(u"member_id"_s).toInteger()) : name);
            });
        }
    }

    // The earlier files of a sealed meeting's materials are frozen with it but not part of the
    // canonical record: each must still hash to the hash it is stored under.
    void checkFileHistory(const SealEntry &e)
    {
        for (const MaterialHistoryFile &f : m_seals.materialFileHistory(e.meetingId)) {
            // No hash: the stored file row itself is gone.
            report(f.sha256.isEmpty() ? std::nullopt : fileIntact(f.sha256), e, [&] {
                return QCoreApplication::translate("kiroku::Sealing", "File version %1 of material “%2”")
                    .arg(f.version)
                    .arg(materialName(f.label, f.title));
            });
        }
    }

private:
    // A material without a file, a signature without a scan: no hash, nothing to check.
    template <typename What> void checkFile(const QString &sha, const SealEntry &e, What what)
    {
        if (!sha.isEmpty())
            report(fileIntact(sha), e, what);
    }

    template <typename What> void report(std::optional<bool> intact, const SealEntry &e, What what)
    {
        if (intact.value_or(false))
            return;
        add(intact ? SealMismatch::Kind::Edited : SealMismatch::Kind::Deleted, e.seq, e.meetingId,
            e.recordVersion,
            (intact
                 ? QCoreApplication::translate(
                       "kiroku::Sealing",
                       "%1 in meeting %2's record (version %3) differs from the file that was sealed.")
                 : QCoreApplication::translate(
                       "kiroku::Sealing", "%1 in meeting %2's record (version %3) is gone from the archive."))
                .arg(what(), QString::number(e.meetingId), QString::number(e.recordVersion)));
    }

    // true: the bytes hash to `sha`; false: they do not; nullopt: no stored file has that hash.
    std::optional<bool> fileIntact(const QString &sha)
    {
        const auto known = m_files.constFind(sha);
        if (known != m_files.cend())
            return known.value();
        std::optional<bool> result;
        if (const auto data = m_seals.storedFileData(sha))
            result = Sealing::sha256Hex(*data) == sha;
        m_files.insert(sha, result);
        return result;
    }

    const SealRepository &m_seals;
    VerifyReport &m_report;
    QHash<QString, std::optional<bool>> m_files;
};

} // namespace

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
    VerifyReport files;
    if (entry)
        Verifier(seals, files).checkFiles(superseded.canonical, *entry);
    if (!entry || sha256Hex(superseded.canonical) != entry->contentHash || !files.ok())
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
    Verifier check(seals, report);
    const QVector<SealEntry> entries = seals.entries();
    report.seals = int(entries.size());

    // The anchor names the seals the archive may no longer have.
    QVector<AnchoredSeal> anchored;
    report.anchorPath = anchorPath(archivePathOf(db));
    if (!report.anchorPath.isEmpty()) {
        report.anchorFound = QFileInfo::exists(report.anchorPath);
        try {
            anchored = readAnchor(report.anchorPath);
        } catch (const StoreError &error) {
            check.add(SealMismatch::Kind::Edited, 0, 0, 0, error.message());
        }
        if (!anchored.isEmpty())
            report.anchorHead = anchored.last();
    }
    QHash<QString, const AnchoredSeal *> anchoredByHash;
    for (const AnchoredSeal &a : anchored)
        anchoredByHash.insert(a.chainHash, &a);
    QSet<QString> missingReported;

    QHash<QString, qint64> seqByChainHash;
    for (const SealEntry &e : entries)
        seqByChainHash.insert(e.chainHash, e.seq);

    QString previous = genesisHash;
    qint64 expectedSeq = 1;
    QHash<Id, SealEntry> lastSeal;
    for (const SealEntry &e : entries) {
        // The chain: each entry names the one sealed before it.
        if (chainHash(e.previousHash, e.meetingId, e.recordVersion, e.sealedAt, e.contentHash) !=
            e.chainHash) {
            check.add(SealMismatch::Kind::Edited, e.seq, e.meetingId, e.recordVersion,
                      tr("The seal entry itself was altered."));
        } else if (e.previousHash != previous) {
            const auto linked = seqByChainHash.constFind(e.previousHash);
            const AnchoredSeal *gone = anchoredByHash.value(e.previousHash);
            if (linked != seqByChainHash.cend() || e.previousHash == genesisHash) {
                check.add(SealMismatch::Kind::Reordered, e.seq, e.meetingId, e.recordVersion,
                          tr("Seal %1 was made after seal %2, not after the seal now before it.")
                              .arg(e.seq)
                              .arg(linked != seqByChainHash.cend() ? linked.value() : 0));
            } else if (gone) {
                // The missing seal, not the one after it: its meeting is likely gone with it.
                missingReported.insert(gone->chainHash);
                check.add(SealMismatch::Kind::Deleted, gone->seq, gone->meetingId, gone->recordVersion,
                          tr("Seal %1 of meeting %2 (version %3), made just before seal %4, is missing.")
                              .arg(gone->seq)
                              .arg(gone->meetingId)
                              .arg(gone->recordVersion)
                              .arg(e.seq));
            } else {
                check.add(SealMismatch::Kind::Deleted, e.seq > expectedSeq ? e.seq - 1 : 0, 0, 0,
                          tr("The seal made just before seal %1 is missing; no anchor names the meeting "
                             "it sealed.")
                              .arg(e.seq));
            }
        } else if (e.seq != expectedSeq) {
            check.add(SealMismatch::Kind::Deleted, e.seq, e.meetingId, e.recordVersion,
                      tr("Seal numbers %1 to %2 are missing.").arg(expectedSeq).arg(e.seq - 1));
        }
        previous = e.chainHash;
        expectedSeq = e.seq + 1;

        // The content: the current record, or the version a correction kept.
        const MeetingSealState state = seals.state(e.meetingId);
        if (!lastSeal.contains(e.meetingId) || lastSeal.value(e.meetingId).recordVersion < e.recordVersion)
            lastSeal.insert(e.meetingId, e);
        if (!state.exists) {
            check.add(SealMismatch::Kind::Deleted, e.seq, e.meetingId, e.recordVersion,
                      tr("The sealed record of meeting %1 was deleted.").arg(e.meetingId));
            continue;
        }
        QByteArray canonical;
        if (e.recordVersion == state.recordVersion) {
            if (state.status != u"sealed"_s) {
                check.add(SealMismatch::Kind::Edited, e.seq, e.meetingId, e.recordVersion,
                          tr("The record of meeting %1 was unsealed without a correction.").arg(e.meetingId));
                continue;
            }
            canonical = seals.canonicalRecord(e.meetingId);
        } else if (e.recordVersion < state.recordVersion) {
            const auto kept = seals.version(e.meetingId, e.recordVersion);
            if (!kept) {
                check.add(SealMismatch::Kind::Deleted, e.seq, e.meetingId, e.recordVersion,
                          tr("Version %1 of meeting %2's record was deleted.")
                              .arg(e.recordVersion)
                              .arg(e.meetingId));
                continue;
            }
            canonical = kept->canonical;
        } else {
            check.add(SealMismatch::Kind::Edited, e.seq, e.meetingId, e.recordVersion,
                      tr("Meeting %1 claims an older version than its seal.").arg(e.meetingId));
            continue;
        }
        if (sha256Hex(canonical) != e.contentHash)
            check.add(SealMismatch::Kind::Edited, e.seq, e.meetingId, e.recordVersion,
                      tr("The content of meeting %1's record (version %2) differs from what was sealed.")
                          .arg(e.meetingId)
                          .arg(e.recordVersion));
        check.checkFiles(canonical, e);
    }
    if (!entries.isEmpty()) {
        report.headHash = entries.last().chainHash;
        report.headSeq = entries.last().seq;
    }
    for (const SealEntry &e : std::as_const(lastSeal)) {
        if (seals.state(e.meetingId).exists)
            check.checkFileHistory(e);
    }

    // A meeting shown as sealed must have the seal of its current version.
    for (Id meetingId : seals.sealedMeetings()) {
        const MeetingSealState state = seals.state(meetingId);
        if (!lastSeal.contains(meetingId) || lastSeal.value(meetingId).recordVersion != state.recordVersion)
            check.add(SealMismatch::Kind::Deleted, 0, meetingId, state.recordVersion,
                      tr("Meeting %1 is marked sealed but its seal entry is missing.").arg(meetingId));
    }

    // Every anchored seal must still be in the chain: the newest ones cannot be dropped unseen.
    QHash<QPair<Id, int>, const SealEntry *> byRecord;
    for (const SealEntry &e : entries)
        byRecord.insert({e.meetingId, e.recordVersion}, &e);
    for (qsizetype i = 0; i < anchored.size(); ++i) {
        const AnchoredSeal &a = anchored.at(i);
        if (seqByChainHash.contains(a.chainHash) || missingReported.contains(a.chainHash))
            continue;
        if (byRecord.contains({a.meetingId, a.recordVersion}))
            check.add(SealMismatch::Kind::Edited, a.seq, a.meetingId, a.recordVersion,
                      tr("Seal %1 of meeting %2 (version %3) is not the seal anchored on %4: the chain was "
                         "rewritten.")
                          .arg(a.seq)
                          .arg(a.meetingId)
                          .arg(a.recordVersion)
                          .arg(a.anchoredAt));
        else if (i == anchored.size() - 1)
            check.add(SealMismatch::Kind::Deleted, a.seq, a.meetingId, a.recordVersion,
                      tr("The chain ended at seal %1 (meeting %2, version %3) when it was anchored on %4; "
                         "now it ends at seal %5.")
                          .arg(QString::number(a.seq), QString::number(a.meetingId),
                               QString::number(a.recordVersion), a.anchoredAt,
                               QString::number(report.headSeq)));
        else
            check.add(SealMismatch::Kind::Deleted, a.seq, a.meetingId, a.recordVersion,
                      tr("Seal %1 of meeting %2 (version %3), anchored on %4, is missing.")
                          .arg(a.seq)
                          .arg(a.meetingId)
                          .arg(a.recordVersion)
                          .arg(a.anchoredAt));
    }
    return report;
}

QString Sealing::archivePathOf(const QSqlDatabase &db)
{
    const QString name = db.databaseName();
    if (db.driverName() != Dialect::sqlite().driverName() || name.isEmpty() || name == u":memory:"_s ||
        name.startsWith(u"file:"_s))
        return {};
    return QFileInfo(name).absoluteFilePath();
}

QString Sealing::anchorPath(const QString &archivePath)
{
    if (archivePath.isEmpty())
        return {};
    return Backup::folderFor(archivePath) + u"/seal-anchor.txt"_s;
}

QVector<AnchoredSeal> Sealing::readAnchor(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(tr("The anchor file %1 cannot be read: %2").arg(path, file.errorString()));
    const QList<QByteArray> lines = file.readAll().split('\n');
    if (lines.first() != anchorFormat)
        throw StoreError(tr("%1 is not the anchor of a seal chain.").arg(path));
    QVector<AnchoredSeal> result;
    for (qsizetype n = 1; n < lines.size(); ++n) {
        if (lines.at(n).isEmpty())
            continue;
        const QList<QByteArray> fields = lines.at(n).split('\t');
        AnchoredSeal a;
        bool seqOk = false, meetingOk = false, versionOk = false;
        if (fields.size() == 6) {
            a.seq = fields.at(0).toLongLong(&seqOk);
            a.meetingId = fields.at(1).toLongLong(&meetingOk);
            a.recordVersion = fields.at(2).toInt(&versionOk);
            a.sealedAt = QString::fromUtf8(fields.at(3));
            a.chainHash = QString::fromLatin1(fields.at(4));
            a.anchoredAt = QString::fromUtf8(fields.at(5));
        }
        if (!seqOk || !meetingOk || !versionOk || a.chainHash.size() != 64)
            throw StoreError(tr("The anchor file %1 is damaged at line %2.").arg(path).arg(n + 1));
        result.append(a);
    }
    return result;
}

int Sealing::anchor(const QString &archivePath, const QDateTime &now)
{
    const QString path = anchorPath(archivePath);
    if (path.isEmpty() || !QFileInfo::exists(archivePath))
        return 0; // an archive closed and removed since (a test's): no folder is made for it
    QDir().mkpath(QFileInfo(path).absolutePath());
    QLockFile lock(path + u".lock"_s);
    if (!lock.tryLock(10000))
        throw StoreError(tr("The anchor file %1 is in use.").arg(path));
    QVector<AnchoredSeal> anchored = readAnchor(path);
    const QVector<SealEntry> entries = committedSeals(archivePath);
    qsizetype from = 0;
    QString previous = genesisHash;
    if (!anchored.isEmpty()) {
        const QString head = anchored.last().chainHash;
        const auto it = std::find_if(entries.cbegin(), entries.cend(),
                                     [&](const SealEntry &e) { return e.chainHash == head; });
        if (it == entries.cend())
            return 0; // the anchored head is gone: verify says so, and the anchor keeps it
        from = it - entries.cbegin() + 1;
        previous = head;
    }
    const qsizetype before = anchored.size();
    for (qsizetype i = from; i < entries.size(); ++i) {
        const SealEntry &e = entries.at(i);
        // Only what links on from the anchored head: a broken chain is not anchored.
        if (e.previousHash != previous ||
            chainHash(e.previousHash, e.meetingId, e.recordVersion, e.sealedAt, e.contentHash) != e.chainHash)
            break;
        anchored.append({e.seq, e.meetingId, e.recordVersion, e.sealedAt, e.chainHash, isoWithOffset(now)});
        previous = e.chainHash;
    }
    if (anchored.size() == before)
        return 0;
    QByteArray text = anchorFormat + '\n';
    for (const AnchoredSeal &a : std::as_const(anchored))
        text += u"%1\t%2\t%3\t%4\t%5\t%6\n"_s.arg(a.seq)
                    .arg(a.meetingId)
                    .arg(a.recordVersion)
                    .arg(a.sealedAt, a.chainHash, a.anchoredAt)
                    .toUtf8();
    // Whole or not at all: written beside and renamed into place.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        throw StoreError(tr("The anchor file %1 cannot be written: %2").arg(path, file.errorString()));
    return int(anchored.size() - before);
}

} // namespace kiroku
