#include "commands/ConsultationCommands.h"

#include "store/AgendaRepository.h"
#include "store/ConsultationRepository.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/Sql.h"
#include "store/SubcommitteeRepository.h"
#include "text/Wareki.h"

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

QString date(QDate d)
{
    return wareki::formatDate(d, wareki::Digits::Half, false);
}

Id councilOf(const QSqlDatabase &db, Id consultationId)
{
    const auto c = ConsultationRepository(db).consultation(consultationId);
    return c ? c->councilId : 0;
}

} // namespace

QString whyNotValid(const QSqlDatabase &db, const Consultation &c)
{
    if (c.number <= 0)
        return QCoreApplication::translate("kiroku::ConsultationCommands",
                                           "A consultation number is a whole number from 1.");
    const auto council = CouncilRepository(db).council(c.councilId);
    if (!council)
        return QCoreApplication::translate("kiroku::ConsultationCommands", "There is no council %1.")
            .arg(c.councilId);
    const bool yearly = council->consultationNumberingYearly;
    if (ConsultationRepository(db).numberTaken(
            c.councilId, c.number, yearly ? std::optional<int>(c.fiscalYear) : std::nullopt, c.id))
        return yearly
                   ? QCoreApplication::translate(
                         "kiroku::ConsultationCommands",
                         "Consultation No. %1 already exists in %2. Choose another number.")
                         .arg(c.number)
                         .arg(wareki::formatFiscalYear(c.fiscalYear))
                   : QCoreApplication::translate("kiroku::ConsultationCommands",
                                                 "Consultation No. %1 already exists. Choose another number.")
                         .arg(c.number);
    if (c.withdrawnDate.isValid() && c.receivedDate.isValid() && c.withdrawnDate < c.receivedDate)
        return QCoreApplication::translate(
                   "kiroku::ConsultationCommands",
                   "The withdrawal (%1) cannot come before the consultation was received (%2).")
            .arg(date(c.withdrawnDate), date(c.receivedDate));
    if (c.id != 0 && c.receivedDate.isValid()) {
        for (const Response &r : ConsultationRepository(db).responses(c.id)) {
            if (r.date.isValid() && r.date < c.receivedDate)
                return QCoreApplication::translate("kiroku::ConsultationCommands",
                                                   "A response is dated %1, before this date received (%2).")
                    .arg(date(r.date), date(c.receivedDate));
        }
    }
    return {};
}

QString whyNotValid(const QSqlDatabase &db, const Response &r)
{
    const auto c = ConsultationRepository(db).consultation(r.consultationId);
    if (!c)
        return QCoreApplication::translate("kiroku::ConsultationCommands", "There is no consultation %1.")
            .arg(r.consultationId);
    if (r.date.isValid() && c->receivedDate.isValid() && r.date < c->receivedDate)
        return QCoreApplication::translate(
                   "kiroku::ConsultationCommands",
                   "The response is dated %1, before Consultation No. %2 was received (%3).")
            .arg(date(r.date))
            .arg(c->number)
            .arg(date(c->receivedDate));
    if (r.meetingId != 0) {
        const auto m = MeetingRepository(db).meeting(r.meetingId);
        if (!m || m->councilId != c->councilId)
            return QCoreApplication::translate("kiroku::ConsultationCommands",
                                               "The response's meeting is not a meeting of this council.");
        if (m->date.isValid() && c->receivedDate.isValid() && m->date < c->receivedDate)
            return QCoreApplication::translate("kiroku::ConsultationCommands",
                                               "The meeting that decided the response (%1) was held before "
                                               "Consultation No. %2 was received (%3).")
                .arg(date(m->date))
                .arg(c->number)
                .arg(date(c->receivedDate));
    }
    return {};
}

AddConsultationCommand::AddConsultationCommand(Document *document, Consultation consultation,
                                               QUndoCommand *parent)
    : QUndoCommand(tr("Add Consultation No. %1").arg(consultation.number), parent)
    , m_document(document)
    , m_consultation(std::move(consultation))
{}

void AddConsultationCommand::redo()
{
    if (m_consultation.id == 0) {
        if (const QString why = whyNotValid(m_document->database(), m_consultation); !why.isEmpty()) {
            setObsolete(true);
            m_document->reportFailure(why);
            return;
        }
    }
    const bool ok = m_document->attempt(this, [&] {
        m_consultation.id = ConsultationRepository(m_document->database()).insert(m_consultation);
    });
    if (ok)
        Q_EMIT m_document->consultationsChanged(m_consultation.councilId);
}

void AddConsultationCommand::undo()
{
    if (m_document->attempt(
            this, [&] { ConsultationRepository(m_document->database()).remove(m_consultation.id); }))
        Q_EMIT m_document->consultationsChanged(m_consultation.councilId);
}

EditConsultationCommand::EditConsultationCommand(Document *document, Consultation before, Consultation after,
                                                 QUndoCommand *parent)
    : QUndoCommand(tr("Edit Consultation No. %1").arg(after.number), parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditConsultationCommand::redo()
{
    if (const QString why = whyNotValid(m_document->database(), m_after); !why.isEmpty()) {
        setObsolete(true);
        m_document->reportFailure(why);
        return;
    }
    if (m_document->attempt(this, [&] { ConsultationRepository(m_document->database()).update(m_after); }))
        Q_EMIT m_document->consultationsChanged(m_after.councilId);
}

void EditConsultationCommand::undo()
{
    if (m_document->attempt(this, [&] { ConsultationRepository(m_document->database()).update(m_before); }))
        Q_EMIT m_document->consultationsChanged(m_before.councilId);
}

RemoveConsultationCommand::RemoveConsultationCommand(Document *document, Consultation consultation,
                                                     QUndoCommand *parent)
    : QUndoCommand(tr("Remove Consultation No. %1").arg(consultation.number), parent)
    , m_document(document)
    , m_consultation(std::move(consultation))
{}

void RemoveConsultationCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        ConsultationRepository repository(db);
        m_responses = repository.responses(m_consultation.id);
        m_agendaItems = AgendaRepository(db).itemsOfConsultation(m_consultation.id);
        const SubcommitteeRepository subcommittees(db);
        m_referrals = subcommittees.referralsOf(m_consultation.id);
        m_subcommitteeMeetings = subcommittees.meetingsOf(m_consultation.id);
        repository.remove(m_consultation.id); // responses go with it; agenda items keep their text
    });
    if (ok)
        Q_EMIT m_document->consultationsChanged(m_consultation.councilId);
}

void RemoveConsultationCommand::undo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        sql::Transaction transaction(db);
        ConsultationRepository repository(db);
        repository.insert(m_consultation);
        for (const Response &r : std::as_const(m_responses))
            repository.insert(r);
        AgendaRepository agenda(db);
        for (const AgendaItem &item : std::as_const(m_agendaItems))
            agenda.update(item);
        SubcommitteeRepository subcommittees(db);
        for (const SubcommitteeReferral &r : std::as_const(m_referrals)) {
            QVector<SubcommitteeReferral> referrals = subcommittees.referrals(r.subcommitteeId);
            referrals.append(r);
            subcommittees.setReferrals(r.subcommitteeId, referrals);
        }
        for (const SubcommitteeMeeting &m : std::as_const(m_subcommitteeMeetings))
            subcommittees.update(m);
        transaction.commit();
    });
    if (ok) {
        Q_EMIT m_document->consultationsChanged(m_consultation.councilId);
        for (const AgendaItem &item : std::as_const(m_agendaItems))
            Q_EMIT m_document->agendaChanged(item.meetingId);
    }
}

SetResponseCommand::SetResponseCommand(Document *document, Response response, QUndoCommand *parent)
    : QUndoCommand(response.id == 0 ? tr("Record response") : tr("Edit response"), parent)
    , m_document(document)
    , m_after(std::move(response))
{}

void SetResponseCommand::redo()
{
    const QSqlDatabase db = m_document->database();
    if (!m_done) {
        if (const QString why = whyNotValid(db, m_after); !why.isEmpty()) {
            setObsolete(true);
            m_document->reportFailure(why);
            return;
        }
    }
    const bool ok = m_document->attempt(this, [&] {
        ConsultationRepository repository(db);
        m_councilId = councilOf(db, m_after.consultationId);
        if (!m_done && m_after.id != 0)
            m_before = repository.response(m_after.id);
        if (m_before)
            repository.update(m_after);
        else
            m_after.id = repository.insert(m_after);
        m_done = true;
    });
    if (ok)
        Q_EMIT m_document->consultationsChanged(m_councilId);
}

void SetResponseCommand::undo()
{
    const bool ok = m_document->attempt(this, [&] {
        ConsultationRepository repository(m_document->database());
        if (m_before)
            repository.update(*m_before);
        else
            repository.removeResponse(m_after.id);
    });
    if (ok)
        Q_EMIT m_document->consultationsChanged(m_councilId);
}

} // namespace kiroku
