// The signature commands driven without the window: designating signers, signing by pad and on
// paper, removing a signature, the seal at the last signature, and the refused undo once sealed.
#include "archive/Sealing.h"
#include "archive/SignatureStrokes.h"
#include "commands/Document.h"
#include "commands/SignatureCommands.h"
#include "io/DemoArchive.h"
#include "store/Archive.h"
#include "store/CouncilRepository.h"
#include "store/MaterialRepository.h"
#include "store/MeetingRepository.h"
#include "store/SealRepository.h"
#include "store/SignatureRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;

class TestSignatureCommands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup() { m_document.reset(); }
    void designateAndUndo();
    void signingTheLastSeals();
    void undoAfterSealIsRefused();
    void removeAndUndo();
    void refusedWhileDrafted();
    void correctionReopens();

private:
    QSqlDatabase db() const { return m_document->database(); }
    QVector<Signature> signatures(Id meetingId) const
    {
        return SignatureRepository(db()).signatures(meetingId);
    }
    SignatureInput pad() const
    {
        SignatureInput input;
        input.method = SignatureMethod::Pad;
        input.signedAt = QDateTime(QDate(2025, 9, 1), QTime(10, 0));
        input.strokes = SignatureStrokes::demo(7).toJson();
        return input;
    }
    std::unique_ptr<Document> m_document;
    // Meeting 6 of the demo is finalised with two designated signers who have not signed; 7 is drafted.
    static constexpr Id finalised = 6;
    static constexpr Id drafted = 7;
};

void TestSignatureCommands::init()
{
    m_document = std::make_unique<Document>(Archive::openInMemory());
    DemoOptions options;
    options.sealOne = false;
    DemoArchive::write(db(), options);
    QCOMPARE(signatures(finalised).size(), 2);
    QVERIFY(!isSigned(signatures(finalised).at(0)));
}

void TestSignatureCommands::designateAndUndo()
{
    const QVector<Signature> before = signatures(finalised);
    // Sign the first, then designate a new list keeping the first signer second.
    QVERIFY(m_document->push(
        new RecordSignatureCommand(m_document.get(), finalised, before.at(0).memberId, pad())));
    const auto meeting = MeetingRepository(db()).meeting(finalised);
    Id other = 0;
    for (const Member &m : CouncilRepository(db()).members(meeting->councilId)) {
        if (m.id != before.at(0).memberId && m.id != before.at(1).memberId) {
            other = m.id;
            break;
        }
    }
    QVERIFY(other != 0);
    QSignalSpy changed(m_document.get(), &Document::signaturesChanged);
    QVERIFY(m_document->push(
        new DesignateSignersCommand(m_document.get(), finalised, {other, before.at(0).memberId})));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toLongLong(), finalised);
    auto now = signatures(finalised);
    QCOMPARE(now.size(), 2);
    QCOMPARE(now.at(0).memberId, other);
    QVERIFY(!isSigned(now.at(0)));
    QCOMPARE(now.at(1).memberId, before.at(0).memberId);
    QVERIFY(isSigned(now.at(1))); // a signer who stays keeps the signature
    QVERIFY(!Sealing::isSealed(db(), finalised));

    m_document->undoStack()->undo();
    now = signatures(finalised);
    QCOMPARE(now.size(), 2);
    QCOMPARE(now.at(0).memberId, before.at(0).memberId);
    QVERIFY(isSigned(now.at(0)));
    QCOMPARE(now.at(1).memberId, before.at(1).memberId);
    m_document->undoStack()->undo();
    // As before, but a signer who had been left out comes back under a new row id.
    now = signatures(finalised);
    QCOMPARE(now.size(), before.size());
    for (int i = 0; i < now.size(); ++i) {
        Signature expected = before.at(i);
        expected.id = now.at(i).id;
        QCOMPARE(now.at(i), expected);
    }
    QCOMPARE(now.at(0).id, before.at(0).id);
}

void TestSignatureCommands::signingTheLastSeals()
{
    const QVector<Signature> before = signatures(finalised);
    auto *first = new RecordSignatureCommand(m_document.get(), finalised, before.at(0).memberId, pad());
    QVERIFY(m_document->push(first));
    QVERIFY(!first->sealedRecord());
    QVERIFY(!Sealing::isSealed(db(), finalised));

    SignatureInput paper;
    paper.method = SignatureMethod::Paper;
    paper.signedAt = QDateTime(QDate(2025, 9, 2), QTime(9, 30));
    paper.scanData = "%PDF-1.4 a scanned page"_ba;
    QSignalSpy meetingChanged(m_document.get(), &Document::meetingChanged);
    auto *last = new RecordSignatureCommand(m_document.get(), finalised, before.at(1).memberId, paper);
    QVERIFY(m_document->push(last));
    QVERIFY(last->sealedRecord());
    QVERIFY(last->text().contains(u"sealed"_s));
    QVERIFY(Sealing::isSealed(db(), finalised));
    QCOMPARE(meetingChanged.size(), 1);
    const auto now = signatures(finalised);
    QCOMPARE(now.at(0).method, SignatureMethod::Pad);
    QCOMPARE(SignatureStrokes::fromJson(now.at(0).strokes).strokes.size(),
             SignatureStrokes::demo(7).strokes.size());
    QCOMPARE(now.at(1).method, SignatureMethod::Paper);
    QCOMPARE(now.at(1).signedAt, paper.signedAt);
    QVERIFY(now.at(1).scanFileId != 0);
    QCOMPARE(MaterialRepository(db()).file(now.at(1).scanFileId)->data, paper.scanData);
    const auto entry = SealRepository(db()).entry(finalised, 1);
    QVERIFY(entry);
    QCOMPARE(entry->sealedAt,
             paper.signedAt.toOffsetFromUtc(paper.signedAt.offsetFromUtc()).toString(Qt::ISODate));
    QVERIFY(Sealing::verify(db()).ok());
}

void TestSignatureCommands::undoAfterSealIsRefused()
{
    const QVector<Signature> before = signatures(finalised);
    QVERIFY(m_document->push(
        new RecordSignatureCommand(m_document.get(), finalised, before.at(0).memberId, pad())));
    QVERIFY(m_document->push(
        new RecordSignatureCommand(m_document.get(), finalised, before.at(1).memberId, pad())));
    QVERIFY(Sealing::isSealed(db(), finalised));
    const QByteArray canonical = SealRepository(db()).canonicalRecord(finalised);
    const int count = m_document->undoStack()->count();

    QSignalSpy failed(m_document.get(), &Document::failed);
    m_document->undoStack()->undo();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(u"sealed the record"_s));
    QVERIFY(failed.first().first().toString().contains(u"Correct"_s));
    QCOMPARE(m_document->undoStack()->count(), count - 1); // the command left the stack
    QVERIFY(Sealing::isSealed(db(), finalised));
    QCOMPARE(SealRepository(db()).canonicalRecord(finalised), canonical);
    QVERIFY(Sealing::verify(db()).ok());

    // The signature before it cannot be undone either: the store refuses, the clerk is told.
    m_document->undoStack()->undo();
    QCOMPARE(failed.size(), 2);
    QVERIFY(failed.last().first().toString().contains(u"sealed"_s));
    QVERIFY(isSigned(signatures(finalised).at(0)));
    QVERIFY(Sealing::verify(db()).ok());

    // Nothing else on a sealed record goes through either.
    QVERIFY(
        !m_document->push(new RemoveSignatureCommand(m_document.get(), finalised, before.at(0).memberId)));
    QVERIFY(
        !m_document->push(new DesignateSignersCommand(m_document.get(), finalised, {before.at(1).memberId})));
    QCOMPARE(signatures(finalised).size(), 2);
}

void TestSignatureCommands::removeAndUndo()
{
    const QVector<Signature> before = signatures(finalised);
    QVERIFY(m_document->push(
        new RecordSignatureCommand(m_document.get(), finalised, before.at(0).memberId, pad())));
    const Signature signedOne = signatures(finalised).at(0);
    QVERIFY(isSigned(signedOne));
    QVERIFY(m_document->push(new RemoveSignatureCommand(m_document.get(), finalised, before.at(0).memberId)));
    QVERIFY(!isSigned(signatures(finalised).at(0)));
    QVERIFY(signatures(finalised).at(0).strokes.isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(signatures(finalised).at(0), signedOne);
    m_document->undoStack()->redo();
    QVERIFY(!isSigned(signatures(finalised).at(0)));
    // Removing a signature that was never given is refused with a reason, not a silent no-op write.
    QVERIFY(!m_document->push(new RemoveSignatureCommand(m_document.get(), finalised, 99999)));
}

void TestSignatureCommands::refusedWhileDrafted()
{
    QVERIFY(MeetingRepository(db()).meeting(drafted)->status < MeetingStatus::Finalised);
    QVERIFY(m_document->push(
        new DesignateSignersCommand(m_document.get(), drafted, {signatures(finalised).at(0).memberId})));
    QSignalSpy failed(m_document.get(), &Document::failed);
    QVERIFY(!m_document->push(
        new RecordSignatureCommand(m_document.get(), drafted, signatures(finalised).at(0).memberId, pad())));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(u"finalise"_s));
    SignatureInput empty = pad();
    empty.strokes.clear();
    QVERIFY(!m_document->push(new RecordSignatureCommand(m_document.get(), finalised,
                                                         signatures(finalised).at(0).memberId, empty)));
    QVERIFY(!isSigned(signatures(finalised).at(0)));
}

void TestSignatureCommands::correctionReopens()
{
    const QVector<Signature> before = signatures(finalised);
    for (const Signature &s : before)
        QVERIFY(m_document->push(new RecordSignatureCommand(m_document.get(), finalised, s.memberId, pad())));
    QVERIFY(Sealing::isSealed(db(), finalised));
    QVERIFY(!m_document->push(new CorrectRecordCommand(m_document.get(), finalised, u"  "_s)));
    QVERIFY(Sealing::isSealed(db(), finalised));
    const int count = m_document->undoStack()->count();
    QVERIFY(m_document->push(new CorrectRecordCommand(m_document.get(), finalised, u"誤字の訂正"_s)));
    QCOMPARE(m_document->undoStack()->count(), count); // not undoable: it leaves no command behind
    QVERIFY(!Sealing::isSealed(db(), finalised));
    QCOMPARE(SealRepository(db()).state(finalised).recordVersion, 2);
    QVERIFY(!isSigned(signatures(finalised).at(0)));
    // Signed again, version 2 is sealed at the end of the chain.
    for (const Signature &s : before)
        QVERIFY(m_document->push(new RecordSignatureCommand(m_document.get(), finalised, s.memberId, pad())));
    QVERIFY(Sealing::isSealed(db(), finalised));
    QVERIFY(SealRepository(db()).entry(finalised, 2));
    QVERIFY(Sealing::verify(db()).ok());
}

QTEST_GUILESS_MAIN(TestSignatureCommands)
#include "TestSignatureCommands.moc"
