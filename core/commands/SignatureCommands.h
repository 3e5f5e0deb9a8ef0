#pragma once
// Undoable edits of a record's signers (会議録署名委員) and their signatures, and the correction (正誤)
// of a sealed record. The last signature seals the record through Sealing::sealIfComplete, the same
// path as `kiroku seal --all-signed`; a sealed record is never changed, so a signature that sealed
// cannot be undone (the command says so and leaves the stack).
//
// Commands name a signer by meeting and member, not by signature row: designating again recreates
// rows, and a command further down the stack must still find its signer.
#include "commands/Document.h"
#include "model/Types.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kiroku {

// Makes `memberIds` the meeting's signers in that order. Signatures already given by members who stay
// are kept; undo brings back the signers and signatures as they were.
class DesignateSignersCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::SignatureCommands)
public:
    DesignateSignersCommand(Document *document, Id meetingId, QVector<Id> memberIds,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Id m_meetingId;
    QVector<Id> m_memberIds;
    QVector<Signature> m_before; // read at the first redo
    bool m_read = false;
};

// What a signer gave: strokes from the pad, or a scanned page signed on paper.
struct SignatureInput
{
    SignatureMethod method = SignatureMethod::Pad;
    QDateTime signedAt;
    QByteArray strokes;  // SignatureStrokes JSON, for Pad
    QByteArray scanData; // the scanned page (PDF or image), for Paper; may be empty
};

// Records one designated signer's signature. When it is the last one missing, the record is sealed.
class RecordSignatureCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::SignatureCommands)
public:
    RecordSignatureCommand(Document *document, Id meetingId, Id memberId, SignatureInput input,
                           QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    // Whether the last redo sealed the record.
    bool sealedRecord() const { return m_sealed; }

private:
    Document *m_document;
    Id m_meetingId;
    Id m_memberId;
    SignatureInput m_input;
    Signature m_before;
    bool m_sealed = false;
};

// Clears a designated signer's signature (the signer stays designated). Refused once sealed.
class RemoveSignatureCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::SignatureCommands)
public:
    RemoveSignatureCommand(Document *document, Id meetingId, Id memberId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Id m_meetingId;
    Id m_memberId;
    Signature m_before;
};

// A correction (正誤) of a sealed record through Sealing::correct: the sealed version is kept and the
// record reopens as its next version. It cannot be taken back (the kept version and its seal stay in
// the chain), so the command leaves the stack after its redo; pushing it reports false only on
// failure, through Document::failed.
class CorrectRecordCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::SignatureCommands)
public:
    CorrectRecordCommand(Document *document, Id meetingId, QString reason, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override {}
    bool corrected() const { return m_corrected; }

private:
    Document *m_document;
    Id m_meetingId;
    QString m_reason;
    bool m_corrected = false;
};

// Whether a signature is given (a method and a time).
bool isSigned(const Signature &signature);

} // namespace kiroku
