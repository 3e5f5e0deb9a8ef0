// Sealing and verification (docs/sealing.md): sealed records are read-only in the store, and every
// tampering an attacker with raw SQL can do (drop the triggers first) is reported by verify.
#include "TestSupport.h"
#include "archive/Sealing.h"
#include "cli/CliSealing.h"
#include "io/ArchiveJson.h"
#include "io/DemoArchive.h"
#include "store/Archive.h"
#include "store/CouncilRepository.h"
#include "store/MaterialRepository.h"
#include "store/MeetingRepository.h"
#include "store/SignatureRepository.h"
#include "store/Sql.h"
#include "store/StatementRepository.h"
#include "store/StoreError.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace kiroku;

namespace {
using Kinds = QVector<SealMismatch::Kind>;
const Kinds edited{SealMismatch::Kind::Edited};
const Kinds deleted{SealMismatch::Kind::Deleted};
} // namespace

class TestSealing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void sealsOnlyWhenSigned();
    void lastSignatureSeals();
    void canonicalIsStable();
    void sealedRecordIsReadOnlyInTheStore();
    void tamperedStatementIsEdited();
    void deletedRecordIsDeleted();
    void deletedSealEntryIsDeleted();
    void reorderedSealsAreReordered();
    void unsealedStatusIsEdited();
    void correctionKeepsChainValid();
    void correctionNeedsReasonAndSeal();
    void tamperedKeptVersionIsEdited();
    void jsonRoundTripKeepsSeals();
    void demoHasSealedAndWaitingRecords();
    void swappedMaterialFileIsEdited();
    void swappedMaterialFileVersionIsEdited();
    void swappedSignatureScanIsEdited();
    void swappedFileOfKeptVersionIsFound();
    void anchorNamesTheMeetingOfAMissingSeal();
    void anchorCatchesDroppedHead();
    void anchorCatchesRewrittenChain();
    void whatTheAnchorCannotSee();
    void anchorHoldsCommittedSealsOnly();
    void damagedAnchorIsReported();
    void verifyPrintsKindsInTheUiLanguage();

private:
    QSqlDatabase db() const { return m_archive->database(); }
    // Drops every trigger, as an attacker with the file and sqlite3 would.
    void dropTriggers();
    Kinds kinds(const VerifyReport &report) const;
    // Gives the meeting's first material a file of its own (before sealing); the stored file's id.
    Id attachFile(Id meetingId, const QByteArray &bytes);
    // Replaces a stored file's bytes behind the store's back, its sha256 column left as it was.
    void swapBytes(Id fileId);
    // The archive as a file in m_dir (the anchor lives in its backup folder), like init()'s.
    void openFileArchive();
    QString archivePath() const { return m_dir->filePath(u"a.kiroku"_s); }
    QString anchorPath() const { return Sealing::anchorPath(archivePath()); }
    // Removes the meeting and its seal entry, as someone with sqlite3 would (triggers dropped first).
    void dropSealAndMeeting(qint64 seq);
    std::unique_ptr<Archive> m_archive;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSealing::init()
{
    m_archive = Archive::openInMemory();
    m_dir = std::make_unique<QTemporaryDir>();
    // Meetings 1-5 of the demo are signed, 6 is finalised; meeting 1 is sealed here as seal 1.
    DemoOptions options;
    options.sealOne = false;
    DemoArchive::write(db(), options);
    Sealing::seal(db(), 1);
}

void TestSealing::openFileArchive()
{
    m_archive.reset();
    QVERIFY(m_dir->isValid());
    Archive::Opened opened = Archive::open(archivePath(), Archive::OpenMode::CreateIfMissing);
    QVERIFY2(opened.archive, qPrintable(opened.message));
    m_archive = std::move(opened.archive);
    DemoOptions options;
    options.sealOne = false;
    DemoArchive::write(db(), options);
    Sealing::seal(db(), 1);
}

void TestSealing::dropSealAndMeeting(qint64 seq)
{
    const Id meeting =
        sql::scalar(db(), u"SELECT meeting_id FROM seal WHERE seq = %1"_s.arg(seq)).toLongLong();
    sql::execute(db(), u"DELETE FROM seal WHERE seq = %1"_s.arg(seq));
    MeetingRepository(db()).remove(meeting);
}

Id TestSealing::attachFile(Id meetingId, const QByteArray &bytes)
{
    MaterialRepository materials(db());
    Material m = materials.materials(meetingId).first();
    m.fileId = materials.storeFile(bytes);
    m.fileName = u"shiryo.pdf"_s;
    materials.update(m);
    return m.fileId;
}

void TestSealing::swapBytes(Id fileId)
{
    sql::Query(db(), u"UPDATE stored_file SET data = :data WHERE id = :id"_s)
        .bind(u":data"_s, QByteArray("%PDF-1.4 a different document"))
        .bind(u":id"_s, fileId)
        .exec();
}

void TestSealing::dropTriggers()
{
    QStringList names;
    sql::Query q(db(),
                 u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE 'search%'"_s);
    q.exec();
    while (q.next())
        names << q.value(0).toString();
    for (const QString &name : names)
        sql::execute(db(), u"DROP TRIGGER "_s + name);
}

Kinds TestSealing::kinds(const VerifyReport &report) const
{
    Kinds result;
    for (const SealMismatch &m : report.mismatches)
        result << m.kind;
    return result;
}

void TestSealing::sealsOnlyWhenSigned()
{
    QVERIFY(!Sealing::whyNotSealable(db(), 6).isEmpty()); // finalised, not signed
    QVERIFY(!Sealing::whyNotSealable(db(), 7).isEmpty()); // drafted
    QVERIFY_THROWS_EXCEPTION(StoreError, Sealing::seal(db(), 6));
    QVERIFY_THROWS_EXCEPTION(StoreError, Sealing::seal(db(), 999));
    QVERIFY(Sealing::isSealed(db(), 1));
    QCOMPARE(SealRepository(db()).entries().first().previousHash, Sealing::genesisHash);
    QVERIFY(Sealing::whyNotSealable(db(), 2).isEmpty());
    const SealEntry first = Sealing::seal(db(), 2);
    QCOMPARE(first.seq, 2);
    QCOMPARE(first.previousHash, SealRepository(db()).entries().first().chainHash);
    QCOMPARE(first.contentHash.size(), 64);
    QVERIFY(Sealing::isSealed(db(), 2));
    QCOMPARE(MeetingRepository(db()).meeting(2)->status, MeetingStatus::Sealed);
    QVERIFY_THROWS_EXCEPTION(StoreError, Sealing::seal(db(), 2)); // once
    const SealEntry second = Sealing::seal(db(), 3);
    QCOMPARE(second.seq, 3);
    QCOMPARE(second.previousHash, first.chainHash);
    QVERIFY(Sealing::verify(db()).ok());
    QCOMPARE(Sealing::verify(db()).seals, 3);
}

void TestSealing::lastSignatureSeals()
{
    SignatureRepository signatures(db());
    auto list = signatures.signatures(6);
    QCOMPARE(list.size(), 2);
    list[0].method = SignatureMethod::Pad;
    list[0].signedAt = QDateTime::currentDateTime();
    signatures.update(list[0]);
    QVERIFY(!Sealing::sealIfComplete(db(), 6));
    QVERIFY(Sealing::whyNotSealable(db(), 6).contains(u"Waiting"_s));
    list[1].method = SignatureMethod::Paper;
    list[1].signedAt = QDateTime::currentDateTime();
    signatures.update(list[1]);
    QVERIFY(Sealing::sealIfComplete(db(), 6));
    QVERIFY(Sealing::isSealed(db(), 6));
    QVERIFY(Sealing::verify(db()).ok());
}

void TestSealing::canonicalIsStable()
{
    SealRepository seals(db());
    const QByteArray a = seals.canonicalRecord(3);
    QVERIFY(a.startsWith("{\"agenda\":["));
    QVERIFY(a.contains("\"format\":\"kiroku-record/1\""));
    QCOMPARE(seals.canonicalRecord(3), a);
    QVERIFY(seals.canonicalRecord(999).isEmpty());
    // Sealing changes the status, which is not part of the content.
    Sealing::seal(db(), 3);
    QCOMPARE(seals.canonicalRecord(3), a);
    // Publication after sealing does not touch the content either.
    Meeting m = *MeetingRepository(db()).meeting(3);
    m.publishedDate = QDate(2026, 3, 1);
    MeetingRepository(db()).update(m);
    QVERIFY(Sealing::verify(db()).ok());
}

void TestSealing::sealedRecordIsReadOnlyInTheStore()
{
    StatementRepository statements(db());
    Statement s = statements.statements(1).at(2);
    const QString original = s.text;
    s.text = u"書き換え"_s;
    QVERIFY_THROWS_EXCEPTION(StoreError, statements.update(s));
    QVERIFY_THROWS_EXCEPTION(StoreError, statements.remove(s.id));
    Statement added;
    added.meetingId = 1;
    added.text = u"追加"_s;
    QVERIFY_THROWS_EXCEPTION(StoreError, statements.append(added));
    Meeting m = *MeetingRepository(db()).meeting(1);
    m.venue = u"別の会場"_s;
    QVERIFY_THROWS_EXCEPTION(StoreError, MeetingRepository(db()).update(m));
    m = *MeetingRepository(db()).meeting(1);
    m.status = MeetingStatus::Finalised;
    QVERIFY_THROWS_EXCEPTION(StoreError, MeetingRepository(db()).update(m));
    QVERIFY_THROWS_EXCEPTION(StoreError, MeetingRepository(db()).remove(1));
    auto sig = SignatureRepository(db()).signatures(1).first();
    QVERIFY_THROWS_EXCEPTION(StoreError, SignatureRepository(db()).remove(sig.id));
    QVERIFY_THROWS_EXCEPTION(StoreError, sql::execute(db(), u"DELETE FROM seal"_s));
    QCOMPARE(statements.statement(s.id)->text, original);
    QVERIFY(Sealing::verify(db()).ok());
    // Other meetings stay editable.
    Statement other = statements.statements(7).first();
    other.text = u"編集可"_s;
    statements.update(other);
}

void TestSealing::tamperedStatementIsEdited()
{
    Sealing::seal(db(), 2);
    QVERIFY_THROWS_EXCEPTION(StoreError,
                             sql::execute(db(), u"UPDATE statement SET text = 'x' WHERE meeting_id = 2"_s));
    dropTriggers();
    sql::execute(db(), u"UPDATE statement SET text = text || '。' WHERE meeting_id = 2 AND position = 5"_s);
    const VerifyReport report = Sealing::verify(db());
    QCOMPARE(kinds(report), edited);
    QCOMPARE(report.mismatches.first().meetingId, 2);
    QCOMPARE(report.mismatches.first().seq, 2);
}

void TestSealing::deletedRecordIsDeleted()
{
    Sealing::seal(db(), 2);
    QVERIFY_THROWS_EXCEPTION(StoreError, MeetingRepository(db()).remove(2));
    dropTriggers();
    MeetingRepository(db()).remove(2);
    const VerifyReport report = Sealing::verify(db());
    QCOMPARE(kinds(report), deleted);
    QCOMPARE(report.mismatches.first().meetingId, 2);
}

void TestSealing::deletedSealEntryIsDeleted()
{
    for (Id id : {2, 3})
        Sealing::seal(db(), id);
    dropTriggers();
    // The attacker removes the record and its seal entry.
    sql::execute(db(), u"DELETE FROM seal WHERE seq = 2"_s);
    MeetingRepository(db()).remove(2);
    const VerifyReport report = Sealing::verify(db());
    QCOMPARE(kinds(report), deleted);
    // Seal 2 is missing, not seal 3; its meeting went with it and no anchor names it (in memory), so no
    // meeting is blamed rather than meeting 3, whose record is intact.
    QCOMPARE(report.mismatches.first().seq, 2);
    QCOMPARE(report.mismatches.first().meetingId, 0);
    // Renumbering the rest does not hide it: the chain still misses a link.
    sql::execute(db(), u"UPDATE seal SET seq = 2 WHERE seq = 3"_s);
    QCOMPARE(kinds(Sealing::verify(db())), deleted);
    // Nor does unsealing a meeting by its status alone.
    sql::execute(db(), u"DELETE FROM seal WHERE meeting_id = 1"_s);
    QVERIFY(kinds(Sealing::verify(db())).contains(SealMismatch::Kind::Deleted));
    // With every seal gone, the meetings still marked sealed are what is left to tell.
    sql::execute(db(), u"DELETE FROM seal"_s);
    const VerifyReport empty = Sealing::verify(db());
    QCOMPARE(kinds(empty), (Kinds{SealMismatch::Kind::Deleted, SealMismatch::Kind::Deleted}));
    QCOMPARE(empty.mismatches.first().meetingId, 1);
}

void TestSealing::reorderedSealsAreReordered()
{
    for (Id id : {2, 3, 4})
        Sealing::seal(db(), id);
    dropTriggers();
    sql::execute(db(), u"UPDATE seal SET seq = 100 WHERE seq = 2"_s);
    sql::execute(db(), u"UPDATE seal SET seq = 2 WHERE seq = 3"_s);
    sql::execute(db(), u"UPDATE seal SET seq = 3 WHERE seq = 100"_s);
    const VerifyReport report = Sealing::verify(db());
    QVERIFY(!report.ok());
    for (const SealMismatch &m : report.mismatches)
        QCOMPARE(m.kind, SealMismatch::Kind::Reordered);
}

void TestSealing::unsealedStatusIsEdited()
{
    dropTriggers();
    sql::execute(db(), u"UPDATE meeting SET status = 'finalised' WHERE id = 1"_s);
    sql::execute(db(), u"UPDATE statement SET text = 'x' WHERE meeting_id = 1"_s);
    QCOMPARE(kinds(Sealing::verify(db())), edited);
}

void TestSealing::correctionKeepsChainValid()
{
    Sealing::seal(db(), 2);
    const QByteArray before = SealRepository(db()).canonicalRecord(1);
    Sealing::correct(db(), 1, u"発言者の誤記を訂正"_s);
    QVERIFY(!Sealing::isSealed(db(), 1));
    QCOMPARE(SealRepository(db()).state(1).recordVersion, 2);
    for (const Signature &s : SignatureRepository(db()).signatures(1))
        QCOMPARE(s.method, SignatureMethod::None);
    // The old version stays verifiable while the new one is edited.
    QVERIFY(Sealing::verify(db()).ok());
    QCOMPARE(SealRepository(db()).version(1, 1)->canonical, before);
    StatementRepository statements(db());
    Statement s = statements.statements(1).at(3);
    s.speaker = u"訂正後委員"_s;
    statements.update(s);
    QVERIFY(Sealing::verify(db()).ok());
    // Signed again: sealed as version 2 at the end of the chain.
    for (Signature sig : SignatureRepository(db()).signatures(1)) {
        sig.method = SignatureMethod::Paper;
        sig.signedAt = QDateTime::currentDateTime();
        SignatureRepository(db()).update(sig);
    }
    QVERIFY(Sealing::sealIfComplete(db(), 1));
    const auto entry = SealRepository(db()).entry(1, 2);
    QVERIFY(entry);
    QCOMPARE(entry->seq, 3);
    QVERIFY(SealRepository(db()).canonicalRecord(1).contains("発言者の誤記を訂正"));
    const VerifyReport report = Sealing::verify(db());
    QVERIFY(report.ok());
    QCOMPARE(report.seals, 3);
    // A second correction works the same way.
    Sealing::correct(db(), 1, u"再訂正"_s);
    QCOMPARE(SealRepository(db()).versions(1).size(), 2);
    QVERIFY(Sealing::verify(db()).ok());
}

void TestSealing::correctionNeedsReasonAndSeal()
{
    QVERIFY_THROWS_EXCEPTION(StoreError, Sealing::correct(db(), 2, u"理由"_s)); // not sealed
    QVERIFY_THROWS_EXCEPTION(StoreError, Sealing::correct(db(), 1, u"  "_s));
    QVERIFY_THROWS_EXCEPTION(StoreError, Sealing::correct(db(), 999, u"理由"_s));
    QVERIFY(Sealing::isSealed(db(), 1));
    // A tampered record is not corrected (that would launder the tampering into a new version).
    dropTriggers();
    sql::execute(db(), u"UPDATE statement SET text = 'x' WHERE meeting_id = 1 AND position = 1"_s);
    QVERIFY_THROWS_EXCEPTION(StoreError, Sealing::correct(db(), 1, u"理由"_s));
}

void TestSealing::tamperedKeptVersionIsEdited()
{
    Sealing::correct(db(), 1, u"訂正"_s);
    QVERIFY_THROWS_EXCEPTION(StoreError, sql::execute(db(), u"DELETE FROM record_version"_s));
    dropTriggers();
    sql::execute(db(), u"UPDATE record_version SET canonical = replace(canonical, '会議', '会合')"_s);
    QCOMPARE(kinds(Sealing::verify(db())), edited);
    sql::execute(db(), u"DELETE FROM record_version"_s);
    QCOMPARE(kinds(Sealing::verify(db())), deleted);
}

void TestSealing::jsonRoundTripKeepsSeals()
{
    Sealing::seal(db(), 2);
    Sealing::correct(db(), 1, u"訂正"_s);
    const QByteArray exported = ArchiveJson::exportArchiveBytes(db());
    auto copy = Archive::openInMemory();
    ArchiveJson::importArchiveBytes(copy->database(), exported);
    QCOMPARE(ArchiveJson::exportArchiveBytes(copy->database()), exported);
    const VerifyReport report = Sealing::verify(copy->database());
    QVERIFY(report.ok());
    QCOMPARE(report.seals, 2);
    QVERIFY(Sealing::isSealed(copy->database(), 2));
    // Still read-only after the import.
    QVERIFY_THROWS_EXCEPTION(
        StoreError,
        sql::execute(copy->database(), u"UPDATE statement SET text = 'x' WHERE meeting_id = 2"_s));
    QVERIFY(!sql::scalar(copy->database(), u"SELECT COUNT(*) FROM kiroku_meta WHERE key = 'importing'"_s)
                 .toBool());
}

void TestSealing::demoHasSealedAndWaitingRecords()
{
    auto archive = Archive::openInMemory();
    const auto demo = archive->database();
    DemoArchive::write(demo);
    const QVector<Id> sealed = SealRepository(demo).sealedMeetings();
    QCOMPARE(sealed.size(), 1);
    for (const Signature &s : SignatureRepository(demo).signatures(sealed.first())) {
        QCOMPARE(s.method, SignatureMethod::Pad);
        QVERIFY(s.strokes.contains("kiroku-strokes/1"));
    }
    QVERIFY(Sealing::verify(demo).ok());
    int waiting = 0;
    for (const Meeting &m : MeetingRepository(demo).meetings(1)) {
        const auto signatures = SignatureRepository(demo).signatures(m.id);
        const auto signedCount = std::count_if(signatures.begin(), signatures.end(), [](const Signature &s) {
            return s.method != SignatureMethod::None;
        });
        if (m.status == MeetingStatus::Finalised && signedCount == 1 && signatures.size() == 2)
            ++waiting;
    }
    QCOMPARE(waiting, 1);
}

void TestSealing::swappedMaterialFileIsEdited()
{
    const Id file = attachFile(2, "%PDF-1.4 資料1 of meeting 2");
    const QString label = MaterialRepository(db()).materials(2).first().label;
    Sealing::seal(db(), 2);
    QVERIFY(Sealing::verify(db()).ok());
    dropTriggers();
    swapBytes(file);
    const VerifyReport report = Sealing::verify(db());
    QCOMPARE(kinds(report), edited);
    const SealMismatch &m = report.mismatches.first();
    QCOMPARE(m.seq, 2);
    QCOMPARE(m.meetingId, 2);
    QCOMPARE(m.recordVersion, 1);
    QVERIFY2(m.detail.contains(label) && m.detail.contains(u"material"_s), qPrintable(m.detail));
    // Nor is such a record corrected: the swapped file would pass into the next version.
    QVERIFY_THROWS_EXCEPTION(StoreError, Sealing::correct(db(), 2, u"訂正"_s));
}

void TestSealing::swappedMaterialFileVersionIsEdited()
{
    // 資料1 had a first file, replaced by a second one before the record was sealed.
    const Id first = attachFile(2, "%PDF-1.4 first file of 資料1");
    MaterialRepository materials(db());
    Material m = materials.materials(2).first();
    materials.keepCurrentFile(m, QDateTime::currentDateTime());
    m.fileId = materials.storeFile("%PDF-1.4 second file of 資料1");
    materials.update(m);
    Sealing::seal(db(), 2);
    QVERIFY(Sealing::verify(db()).ok());
    dropTriggers();
    swapBytes(first);
    const VerifyReport report = Sealing::verify(db());
    QCOMPARE(kinds(report), edited);
    QCOMPARE(report.mismatches.first().meetingId, 2);
    QCOMPARE(report.mismatches.first().seq, 2);
    QVERIFY2(report.mismatches.first().detail.contains(u"File version 1 of material “%1"_s.arg(m.label)),
             qPrintable(report.mismatches.first().detail));
}

void TestSealing::swappedSignatureScanIsEdited()
{
    SignatureRepository signatures(db());
    const QVector<Signature> signers = signatures.signatures(6);
    Id lastScan = 0;
    for (Signature s : signers) {
        s.method = SignatureMethod::Paper;
        s.signedAt = QDateTime(QDate(2025, 7, 1), QTime(10, 0));
        s.scanFileId = lastScan =
            MaterialRepository(db()).storeFile("%PDF-1.4 scan " + QByteArray::number(s.memberId));
        signatures.update(s);
    }
    QVERIFY(Sealing::sealIfComplete(db(), 6));
    QVERIFY(Sealing::verify(db()).ok());
    dropTriggers();
    swapBytes(lastScan);
    const VerifyReport report = Sealing::verify(db());
    QCOMPARE(kinds(report), edited);
    QCOMPARE(report.mismatches.first().meetingId, 6);
    const QString signer = CouncilRepository(db()).member(signers.last().memberId)->name;
    QVERIFY2(report.mismatches.first().detail.contains(u"signature page of %1"_s.arg(signer)),
             qPrintable(report.mismatches.first().detail));
}

void TestSealing::swappedFileOfKeptVersionIsFound()
{
    const Id file = attachFile(2, "%PDF-1.4 資料1 as sealed in version 1");
    const QString label = MaterialRepository(db()).materials(2).first().label;
    Sealing::seal(db(), 2);
    Sealing::correct(db(), 2, u"誤字の訂正"_s);
    // Version 2 is open for editing: the file is checked through version 1's kept canonical record.
    dropTriggers();
    swapBytes(file);
    VerifyReport report = Sealing::verify(db());
    QCOMPARE(kinds(report), edited);
    QCOMPARE(report.mismatches.first().meetingId, 2);
    QCOMPARE(report.mismatches.first().recordVersion, 1);
    QVERIFY(report.mismatches.first().detail.contains(label));
    // Gone altogether (the attacker turned the foreign keys off first).
    sql::execute(db(), u"PRAGMA foreign_keys = OFF"_s);
    sql::execute(db(), u"DELETE FROM stored_file WHERE id = %1"_s.arg(file));
    report = Sealing::verify(db());
    QCOMPARE(kinds(report), deleted);
    QCOMPARE(report.mismatches.first().recordVersion, 1);
    QVERIFY(report.mismatches.first().detail.contains(u"gone"_s));
}

void TestSealing::anchorNamesTheMeetingOfAMissingSeal()
{
    openFileArchive();
    for (Id id : {2, 3})
        Sealing::seal(db(), id);
    QCOMPARE(Sealing::anchor(archivePath()), 3);
    dropTriggers();
    dropSealAndMeeting(2);
    const VerifyReport report = Sealing::verify(db());
    QCOMPARE(kinds(report), deleted);
    QCOMPARE(report.mismatches.first().seq, 2);
    QCOMPARE(report.mismatches.first().meetingId, 2);
    QVERIFY(report.mismatches.first().detail.contains(u"just before seal 3"_s));
}

void TestSealing::anchorCatchesDroppedHead()
{
    openFileArchive();
    for (Id id : {2, 3})
        Sealing::seal(db(), id);
    QCOMPARE(Sealing::anchor(archivePath()), 3);
    QCOMPARE(Sealing::anchor(archivePath()), 0); // nothing new
    VerifyReport report = Sealing::verify(db());
    QVERIFY(report.ok());
    QCOMPARE(report.anchorHead.seq, 3);
    QCOMPARE(report.anchorHead.chainHash, report.headHash);
    // The newest seal and its meeting dropped: the chain left is whole, the anchor is not.
    dropTriggers();
    dropSealAndMeeting(3);
    report = Sealing::verify(db());
    QCOMPARE(kinds(report), deleted);
    const SealMismatch &m = report.mismatches.first();
    QCOMPARE(m.seq, 3);
    QCOMPARE(m.meetingId, 3);
    QVERIFY2(m.detail.contains(u"ended at seal 3"_s) && m.detail.contains(u"now it ends at seal 2"_s),
             qPrintable(m.detail));
    // The anchor keeps the old head: it is not moved back to the shortened chain.
    const QByteArray anchor = kiroku::test::fingerprint(anchorPath());
    QCOMPARE(Sealing::anchor(archivePath()), 0);
    QCOMPARE(kiroku::test::fingerprint(anchorPath()), anchor);
    QVERIFY(!Sealing::verify(db()).ok());
}

void TestSealing::anchorCatchesRewrittenChain()
{
    openFileArchive();
    for (Id id : {2, 3, 4})
        Sealing::seal(db(), id);
    QCOMPARE(Sealing::anchor(archivePath()), 4);
    // Seal 2 and its meeting removed, and the seals after it chained and numbered anew.
    dropTriggers();
    dropSealAndMeeting(2);
    QString previous = SealRepository(db()).entries().first().chainHash;
    qint64 seq = 2;
    for (const SealEntry &e : SealRepository(db()).entries().mid(1)) {
        const QString chain =
            Sealing::chainHash(previous, e.meetingId, e.recordVersion, e.sealedAt, e.contentHash);
        sql::Query(db(), u"UPDATE seal SET seq = :seq, previous_hash = :previous, chain_hash = :chain "
                         "WHERE seq = :old"_s)
            .bind(u":seq"_s, seq++)
            .bind(u":previous"_s, previous)
            .bind(u":chain"_s, chain)
            .bind(u":old"_s, e.seq)
            .exec();
        previous = chain;
    }
    const VerifyReport report = Sealing::verify(db());
    QCOMPARE(kinds(report),
             (Kinds{SealMismatch::Kind::Deleted, SealMismatch::Kind::Edited, SealMismatch::Kind::Edited}));
    QCOMPARE(report.mismatches.at(0).meetingId, 2);
    QCOMPARE(report.mismatches.at(1).meetingId, 3);
    QVERIFY(report.mismatches.at(1).detail.contains(u"rewritten"_s));
    // Without its anchor the rewritten chain would pass.
    QVERIFY(QFile::rename(anchorPath(), anchorPath() + u".aside"_s));
    QVERIFY(Sealing::verify(db()).ok());
}

void TestSealing::whatTheAnchorCannotSee()
{
    openFileArchive();
    QCOMPARE(Sealing::anchor(archivePath()), 1);
    // A seal made and dropped with its meeting before anything anchored it: nothing outside the
    // archive ever held it (the window anchors as soon as the event loop runs again).
    Sealing::seal(db(), 2);
    dropTriggers();
    dropSealAndMeeting(2);
    QVERIFY(Sealing::verify(db()).ok());
    // The anchor file removed along with the newest seal: verify can only say there is no anchor.
    const SealEntry third = Sealing::seal(db(), 3);
    QCOMPARE(Sealing::anchor(archivePath()), 1);
    QVERIFY(QFile::remove(anchorPath()));
    dropSealAndMeeting(third.seq);
    const VerifyReport report = Sealing::verify(db());
    QVERIFY(report.ok());
    QVERIFY(!report.anchorFound);
}

void TestSealing::anchorHoldsCommittedSealsOnly()
{
    openFileArchive();
    // Sealing anchors once control is back in the event loop, as in the window.
    QCoreApplication::processEvents();
    QCOMPARE(Sealing::readAnchor(anchorPath()).size(), 1);
    {
        // A seal inside a larger unit that is then rolled back (a failed command) never reaches it.
        sql::Transaction transaction(db());
        Sealing::seal(db(), 2);
        QCOMPARE(Sealing::anchor(archivePath()), 0);
    }
    QCoreApplication::processEvents();
    QCOMPARE(Sealing::readAnchor(anchorPath()).size(), 1);
    QVERIFY(!Sealing::isSealed(db(), 2));
    const SealEntry sealed = Sealing::seal(db(), 2);
    QCoreApplication::processEvents();
    const QVector<AnchoredSeal> anchored = Sealing::readAnchor(anchorPath());
    QCOMPARE(anchored.size(), 2);
    QCOMPARE(anchored.last().seq, sealed.seq);
    QCOMPARE(anchored.last().meetingId, 2);
    QCOMPARE(anchored.last().chainHash, sealed.chainHash);
    QVERIFY(Sealing::verify(db()).ok());
}

void TestSealing::damagedAnchorIsReported()
{
    openFileArchive();
    QCOMPARE(Sealing::anchor(archivePath()), 1);
    QVERIFY(kiroku::test::writeBytes(anchorPath(), "kiroku-seal-anchor/1\n1\t1\tx\n"));
    const VerifyReport report = Sealing::verify(db());
    QCOMPARE(kinds(report), edited);
    QVERIFY2(report.mismatches.first().detail.contains(u"damaged at line 2"_s),
             qPrintable(report.mismatches.first().detail));
    QVERIFY_THROWS_EXCEPTION(StoreError, Sealing::anchor(archivePath()));
}

namespace {

// Marks every translated string, so that a test sees what went through the translators.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return u"«"_s + QString::fromUtf8(source) + u"»"_s;
    }
    bool isEmpty() const override { return false; }
};

} // namespace

void TestSealing::verifyPrintsKindsInTheUiLanguage()
{
    openFileArchive();
    Sealing::seal(db(), 2);
    dropTriggers();
    sql::execute(db(), u"UPDATE statement SET text = text || '。' WHERE meeting_id = 2 AND position = 5"_s);
    m_archive.reset();
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    QString output, errors;
    QTextStream out(&output), err(&errors);
    const int code = cli::verifyCommand({u"verify"_s, u"--archive"_s, archivePath()}, out, err);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(code, 1);
    QVERIFY2(output.contains(u": «edited» — «The content of meeting"_s), qPrintable(output));
    QVERIFY(!output.contains(u": edited"_s));
}

QTEST_GUILESS_MAIN(TestSealing)
#include "TestSealing.moc"
