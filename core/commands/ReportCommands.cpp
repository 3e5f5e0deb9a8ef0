#include "commands/ReportCommands.h"

#include "store/AgendaRepository.h"
#include "store/CouncilRepository.h"
#include "store/ReportRepository.h"
#include "store/Sql.h"
#include "text/Wareki.h"

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

QString date(QDate d)
{
    return wareki::formatDate(d, wareki::Digits::Half, false);
}

bool yearly(const QSqlDatabase &db, Id councilId)
{
    const auto council = CouncilRepository(db).council(councilId);
    return council && council->consultationNumberingYearly;
}

} // namespace

QString whyNotValid(const QSqlDatabase &db, const Report &r)
{
    if (r.number <= 0)
        return SetReportCommand::tr("A report number is a whole number from 1.");
    if (!CouncilRepository(db).council(r.councilId))
        return SetReportCommand::tr("There is no council %1.").arg(r.councilId);
    const bool restart = yearly(db, r.councilId);
    if (ReportRepository(db).numberTaken(r.councilId, r.number,
                                         restart ? std::optional<int>(r.fiscalYear) : std::nullopt, r.id))
        return SetReportCommand::tr("Report No. %1 already exists. Choose another number.").arg(r.number);
    if (r.startedCount < 0 || r.changedCount < 0 || r.abolishedCount < 0 || r.affectedCount < 0)
        return SetReportCommand::tr("Counts cannot be negative.");
    if (r.periodStart.isValid() && r.periodEnd.isValid() && r.periodEnd < r.periodStart)
        return SetReportCommand::tr("The period ends (%1) before it starts (%2).")
            .arg(date(r.periodEnd), date(r.periodStart));
    if (r.kind == ReportKind::Leak && r.knownDate.isValid() && r.receivedDate.isValid() &&
        r.receivedDate < r.knownDate)
        return SetReportCommand::tr("The leak cannot be reported (%1) before it became known (%2).")
            .arg(date(r.receivedDate), date(r.knownDate));
    if (r.kind == ReportKind::Leak && r.overHundred && r.affectedCount > 0 && r.affectedCount <= 100)
        return SetReportCommand::tr("\"More than 100 people\" is marked, but %1 people are affected.")
            .arg(r.affectedCount);
    return {};
}

int suggestedReportNumber(const QSqlDatabase &db, Id councilId, int fiscalYear)
{
    return ReportRepository(db).maxNumber(councilId, yearly(db, councilId) ? std::optional<int>(fiscalYear)
                                                                           : std::nullopt) +
           1;
}

QString leakCriteriaText(const Report &r)
{
    // The wording of 個人情報保護法 第68条 and its rules, as printed in reports to councils.
    QStringList met;
    if (r.sensitiveData)
        met << u"要配慮個人情報"_s;
    if (r.financialDamage)
        met << u"財産的被害のおそれ"_s;
    if (r.wrongfulPurpose)
        met << u"不正の目的"_s;
    if (r.overHundred)
        met << u"100人超"_s;
    return met.join(u"・"_s);
}

QString handlingCountsText(const Report &r)
{
    return u"開始%1件・変更%2件・廃止%3件"_s.arg(r.startedCount).arg(r.changedCount).arg(r.abolishedCount);
}

SetReportCommand::SetReportCommand(Document *document, std::optional<Report> before,
                                   std::optional<Report> after, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    const int number = m_after ? m_after->number : m_before ? m_before->number : 0;
    setText(!m_before  ? tr("Add Report No. %1").arg(number)
            : !m_after ? tr("Remove Report No. %1").arg(number)
                       : tr("Edit Report No. %1").arg(number));
}

bool SetReportCommand::write(const std::optional<Report> &from, std::optional<Report> &to)
{
    return m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        sql::Transaction transaction(db);
        ReportRepository reports(db);
        AgendaRepository agenda(db);
        if (!to) {
            m_agendaItems = agenda.itemsOfReport(from->id);
            reports.remove(from->id); // agenda items keep their text, the link goes
        } else if (!from) {
            to->id = reports.insert(*to); // keeps the id on a restore
            for (const AgendaItem &item : std::as_const(m_agendaItems))
                agenda.update(item);
        } else {
            reports.update(*to);
        }
        transaction.commit();
    });
}

void SetReportCommand::redo()
{
    if (!m_checked && m_after) {
        if (const QString why = whyNotValid(m_document->database(), *m_after); !why.isEmpty()) {
            setObsolete(true);
            m_document->reportFailure(why);
            return;
        }
    }
    m_checked = true;
    if (write(m_before, m_after)) {
        Q_EMIT m_document->reportsChanged(m_after ? m_after->councilId : m_before->councilId);
        for (const AgendaItem &item : std::as_const(m_agendaItems))
            Q_EMIT m_document->agendaChanged(item.meetingId);
    }
}

void SetReportCommand::undo()
{
    if (write(m_after, m_before)) {
        Q_EMIT m_document->reportsChanged(m_before ? m_before->councilId : m_after->councilId);
        for (const AgendaItem &item : std::as_const(m_agendaItems))
            Q_EMIT m_document->agendaChanged(item.meetingId);
    }
}

} // namespace kiroku
