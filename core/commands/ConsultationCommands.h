#pragma once
// Undoable edits of a council's consultations (諮問) and their responses (答申). Each is checked
// before it is written (a number given twice, a response dated before its consultation was received,
// a withdrawal before the receipt): a refused edit says why and never reaches the stack.
#include "commands/Document.h"
#include "model/Types.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kiroku {

// Empty when the consultation can be stored as it is, else why not (UI language).
QString whyNotValid(const QSqlDatabase &db, const Consultation &consultation);
// Empty when the response can be stored for its consultation, else why not.
QString whyNotValid(const QSqlDatabase &db, const Response &response);

class AddConsultationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::ConsultationCommands)
public:
    AddConsultationCommand(Document *document, Consultation consultation, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    Id consultationId() const { return m_consultation.id; }

private:
    Document *m_document;
    Consultation m_consultation;
};

class EditConsultationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::ConsultationCommands)
public:
    EditConsultationCommand(Document *document, Consultation before, Consultation after,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Consultation m_before;
    Consultation m_after;
};

// Removes a consultation with its responses; undo brings both back under their ids and links the
// agenda items that named it again.
class RemoveConsultationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::ConsultationCommands)
public:
    RemoveConsultationCommand(Document *document, Consultation consultation, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Consultation m_consultation;
    QVector<Response> m_responses;
    QVector<AgendaItem> m_agendaItems; // as they were, consultation link included
    QVector<SubcommitteeReferral> m_referrals;
    QVector<SubcommitteeMeeting> m_subcommitteeMeetings; // that examined it, as they were
};

// Records a response (答申) to a consultation, or changes one (response.id set).
class SetResponseCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::ConsultationCommands)
public:
    SetResponseCommand(Document *document, Response response, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    Id responseId() const { return m_after.id; }

private:
    Document *m_document;
    std::optional<Response> m_before; // read at the first redo; none for a new response
    Response m_after;
    Id m_councilId = 0;
    bool m_done = false;
};

} // namespace kiroku
