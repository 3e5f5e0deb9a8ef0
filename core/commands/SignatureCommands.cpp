#include "commands/SignatureCommands.h"

#include "archive/Sealing.h"
#include "store/CouncilRepository.h"
#include "store/MaterialRepository.h"
#include "store/MeetingRepository.h"
#include "store/SignatureRepository.h"
#include "store/Sql.h"

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

std::optional<Signature> signerOf(const QSqlDatabase &db, Id meetingId, Id memberId)
{
    for (const Signature &s : SignatureRepository(db).signatures(meetingId)) {
        if (s.memberId == memberId)
            return s;
    }
    return std::nullopt;
}

QString memberName(const QSqlDatabase &db, Id memberId)
{
    const auto member = CouncilRepository(db).member(memberId);
    return member ? member->name : QString::number(memberId);
}

// The store refuses too (schema triggers); this says it in the clerk's words before trying.
void refuseIfSealed(const QSqlDatabase &db, Id meetingId)
{
    if (Sealing::isSealed(db, meetingId))
        throw StoreError(QCoreApplication::translate(
            "kiroku::SignatureCommands",
            "The record is sealed: its signatures cannot change. Use Correct… to make a new version."));
}

} // namespace

bool isSigned(const Signature &signature)
{
    return signature.method != SignatureMethod::None && signature.signedAt.isValid();
}

DesignateSignersCommand::DesignateSignersCommand(Document *document, Id meetingId, QVector<Id> memberIds,
                                                 QUndoCommand *parent)
    : QUndoCommand(tr("Designate signers"), parent)
    , m_document(document)
    , m_meetingId(meetingId)
    , m_memberIds(std::move(memberIds))
{}

void DesignateSignersCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        refuseIfSealed(db, m_meetingId);
        if (!m_read) {
            m_before = SignatureRepository(db).signatures(m_meetingId);
            m_read = true;
        }
        SignatureRepository(db).designate(m_meetingId, m_memberIds);
    });
    if (ok)
        Q_EMIT m_document->signaturesChanged(m_meetingId);
}

void DesignateSignersCommand::undo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        refuseIfSealed(db, m_meetingId);
        sql::Transaction transaction(db);
        SignatureRepository repository(db);
        QVector<Id> members;
        for (const Signature &s : std::as_const(m_before))
            members.append(s.memberId);
        repository.designate(m_meetingId, members);
        // Signers who had been left out come back with the signature they had given.
        for (const Signature &before : std::as_const(m_before)) {
            if (auto now = signerOf(db, m_meetingId, before.memberId)) {
                Signature restored = before;
                restored.id = now->id;
                if (restored != *now)
                    repository.update(restored);
            }
        }
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->signaturesChanged(m_meetingId);
}

RecordSignatureCommand::RecordSignatureCommand(Document *document, Id meetingId, Id memberId,
                                               SignatureInput input, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_meetingId(meetingId)
    , m_memberId(memberId)
    , m_input(std::move(input))
{
    if (!m_input.signedAt.isValid())
        m_input.signedAt = QDateTime::currentDateTime();
    // Stored to the second: the canonical record writes ISO dates without milliseconds.
    m_input.signedAt = m_input.signedAt.addMSecs(-m_input.signedAt.time().msec());
    setText(m_input.method == SignatureMethod::Paper ? tr("Record a signature on paper")
                                                     : tr("Record a signature"));
}

void RecordSignatureCommand::redo()
{
    m_sealed = false;
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        refuseIfSealed(db, m_meetingId);
        const auto meeting = MeetingRepository(db).meeting(m_meetingId);
        if (!meeting)
            throw StoreError(tr("There is no meeting with the id %1.").arg(m_meetingId));
        // Signers sign the final text: a record still being drafted is not signed.
        if (meeting->status < MeetingStatus::Finalised)
            throw StoreError(tr("The record is not finalised yet; finalise it (Record ▸ Finalise) "
                                "before it is signed."));
        const auto signer = signerOf(db, m_meetingId, m_memberId);
        if (!signer)
            throw StoreError(tr("%1 is not designated to sign this record.").arg(memberName(db, m_memberId)));
        if (m_input.method == SignatureMethod::Pad && m_input.strokes.isEmpty())
            throw StoreError(tr("The signature pad is empty."));
        if (m_input.method == SignatureMethod::None)
            throw StoreError(tr("A signature needs its method: the pad or paper."));
        m_before = *signer;
        sql::Transaction transaction(db);
        Signature after = *signer;
        after.method = m_input.method;
        after.signedAt = m_input.signedAt;
        after.strokes = m_input.method == SignatureMethod::Pad ? m_input.strokes : QByteArray();
        after.scanFileId = 0;
        if (m_input.method == SignatureMethod::Paper && !m_input.scanData.isEmpty())
            after.scanFileId = MaterialRepository(db).storeFile(m_input.scanData);
        SignatureRepository(db).update(after);
        m_sealed = Sealing::sealIfComplete(db, m_meetingId, m_input.signedAt);
        transaction.commit();
    });
    if (!ok)
        return;
    if (m_sealed)
        setText(tr("Record the last signature (sealed the record)"));
    Q_EMIT m_document->signaturesChanged(m_meetingId);
    if (m_sealed)
        Q_EMIT m_document->meetingChanged(m_meetingId);
}

void RecordSignatureCommand::undo()
{
    if (m_sealed) {
        // The record was frozen and chained with this signature in it; taking it out would break
        // the seal. The command leaves the stack so that Undo goes no further into the sealed record.
        setObsolete(true);
        m_document->reportFailure(
            tr("This signature sealed the record, and a sealed record is not changed. To change it, "
               "use Correct…: the record reopens as a new version, to be signed again."));
        return;
    }
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        refuseIfSealed(db, m_meetingId);
        const auto signer = signerOf(db, m_meetingId, m_memberId);
        if (!signer)
            return; // no longer designated: nothing of this signature is left
        Signature restored = m_before;
        restored.id = signer->id;
        restored.position = signer->position;
        SignatureRepository(db).update(restored);
    });
    if (ok)
        Q_EMIT m_document->signaturesChanged(m_meetingId);
}

RemoveSignatureCommand::RemoveSignatureCommand(Document *document, Id meetingId, Id memberId,
                                               QUndoCommand *parent)
    : QUndoCommand(tr("Remove a signature"), parent)
    , m_document(document)
    , m_meetingId(meetingId)
    , m_memberId(memberId)
{}

void RemoveSignatureCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        refuseIfSealed(db, m_meetingId);
        const auto signer = signerOf(db, m_meetingId, m_memberId);
        if (!signer)
            throw StoreError(tr("%1 is not designated to sign this record.").arg(memberName(db, m_memberId)));
        m_before = *signer;
        Signature cleared = *signer;
        cleared.method = SignatureMethod::None;
        cleared.signedAt = {};
        cleared.strokes.clear();
        cleared.scanFileId = 0;
        SignatureRepository(db).update(cleared);
    });
    if (ok)
        Q_EMIT m_document->signaturesChanged(m_meetingId);
}

void RemoveSignatureCommand::undo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        refuseIfSealed(db, m_meetingId);
        if (const auto signer = signerOf(db, m_meetingId, m_memberId)) {
            Signature restored = m_before;
            restored.id = signer->id;
            restored.position = signer->position;
            SignatureRepository(db).update(restored);
        }
    });
    if (ok)
        Q_EMIT m_document->signaturesChanged(m_meetingId);
}

CorrectRecordCommand::CorrectRecordCommand(Document *document, Id meetingId, QString reason,
                                           QUndoCommand *parent)
    : QUndoCommand(tr("Correct the record"), parent)
    , m_document(document)
    , m_meetingId(meetingId)
    , m_reason(std::move(reason))
{}

void CorrectRecordCommand::redo()
{
    m_corrected =
        m_document->attempt(this, [&] { Sealing::correct(m_document->database(), m_meetingId, m_reason); });
    // Nothing to undo: the kept version and its seal stay in the chain for good.
    setObsolete(true);
    if (!m_corrected)
        return;
    Q_EMIT m_document->meetingChanged(m_meetingId);
    Q_EMIT m_document->signaturesChanged(m_meetingId);
}

} // namespace kiroku
