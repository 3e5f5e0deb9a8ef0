// Sealing and verification (docs/sealing.md): sealed records are read-only in the store, and every
// tampering an attacker with raw SQL can do (drop the triggers first) is reported by verify.
#include "archive/Sealing.h"
#include "io/ArchiveJson.h"
#include "io/DemoArchive.h"
#include "store/Archive.h"
#include "store/MeetingRepository.h"
#include "store/SignatureRepository.h"
#include "store/Sql.h"
#include "store/StatementRepository.h"
#include "store/StoreError.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;

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

private:
    QSqlDatabase db() const { return m_archive->database(); }
    // Drops every trigger, as an attacker with the file and sqlite3 would.
    void dropTriggers();
    QVector<SealMismatch::Kind> kinds(const VerifyReport &report) const;
    std::unique_ptr<Archive> m_archive;
};

void TestSealing::init()
{
    m_archive = Archive::openInMemory();
    // Meetings 1-5 of the demo are signed, 6 is finalised; meeting 1 is sealed here as seal 1.
    DemoOptions options;
    options.sealOne = false;
    DemoArchive::write(db(), options);
    Sealing::seal(db(), 1);
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

QVector<SealMismatch::Kind> TestSealing::kinds(const VerifyReport &report) const
{
    QVector<SealMismatch::Kind> result;
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
    QCOMPARE(kinds(report), QVector<SealMismatch::Kind>{SealMismatch::Kind::Edited});
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
    QCOMPARE(kinds(report), QVector<SealMismatch::Kind>{SealMismatch::Kind::Deleted});
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
    QCOMPARE(kinds(report), QVector<SealMismatch::Kind>{SealMismatch::Kind::Deleted});
    QCOMPARE(report.mismatches.first().seq, 3);
    // Renumbering the rest does not hide it: the chain still misses a link.
    sql::execute(db(), u"UPDATE seal SET seq = 2 WHERE seq = 3"_s);
    QCOMPARE(kinds(Sealing::verify(db())), QVector<SealMismatch::Kind>{SealMismatch::Kind::Deleted});
    // Nor does unsealing a meeting by its status alone.
    sql::execute(db(), u"DELETE FROM seal WHERE meeting_id = 1"_s);
    QVERIFY(kinds(Sealing::verify(db())).contains(SealMismatch::Kind::Deleted));
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
    QCOMPARE(kinds(Sealing::verify(db())), QVector<SealMismatch::Kind>{SealMismatch::Kind::Edited});
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
    QCOMPARE(kinds(Sealing::verify(db())), QVector<SealMismatch::Kind>{SealMismatch::Kind::Edited});
    sql::execute(db(), u"DELETE FROM record_version"_s);
    QCOMPARE(kinds(Sealing::verify(db())), QVector<SealMismatch::Kind>{SealMismatch::Kind::Deleted});
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

QTEST_GUILESS_MAIN(TestSealing)
#include "TestSealing.moc"
