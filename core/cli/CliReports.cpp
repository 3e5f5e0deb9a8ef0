#include "cli/CliReports.h"

#include "commands/ReportCommands.h"
#include "store/ConsultationRepository.h"
#include "store/CouncilRepository.h"
#include "store/ReportRepository.h"
#include "store/SubcommitteeRepository.h"
#include "text/Wareki.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kiroku::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kiroku::cli", text);
}

QString date(QDate d)
{
    return d.isValid() ? wareki::formatDate(d, wareki::Digits::Half, false) : u"—"_s;
}

QString kindLabel(ReportKind kind)
{
    switch (kind) {
    case ReportKind::HandlingNotices:
        return tr("handling notices");
    case ReportKind::Audit:
        return tr("audit");
    case ReportKind::Leak:
        return tr("leak report");
    case ReportKind::Other:
        break;
    }
    return tr("other");
}

} // namespace

void printReports(const QSqlDatabase &db, const Council &council, QTextStream &out)
{
    const QVector<Report> reports = ReportRepository(db).reports(council.id);
    if (reports.isEmpty())
        out << "  " << tr("No reports yet.") << Qt::endl;
    for (const Report &r : reports) {
        out << "  " << tr("Report No. %1  %2  [%3]").arg(r.number).arg(r.title, kindLabel(r.kind))
            << Qt::endl;
        out << "    "
            << tr("received %1 from %2%3")
                   .arg(date(r.receivedDate), r.reportingBody.isEmpty() ? u"—"_s : r.reportingBody,
                        r.department.isEmpty() ? QString() : u"（"_s + r.department + u"）"_s)
            << Qt::endl;
        if (r.kind == ReportKind::HandlingNotices)
            out << "    "
                << tr("%1 to %2: %3").arg(date(r.periodStart), date(r.periodEnd), handlingCountsText(r))
                << Qt::endl;
        if (r.kind == ReportKind::Leak) {
            const QString criteria = leakCriteriaText(r);
            out << "    "
                << tr("known %1, %2 people affected; criteria of Article 68: %3")
                       .arg(date(r.knownDate))
                       .arg(r.affectedCount)
                       .arg(criteria.isEmpty() ? tr("none") : criteria)
                << Qt::endl;
        }
        if (!r.summary.isEmpty())
            out << "    " << r.summary << Qt::endl;
        if (!r.measures.isEmpty())
            out << "    " << tr("measures: %1").arg(r.measures) << Qt::endl;
    }
}

void printSubcommittees(const QSqlDatabase &db, const Council &council, QTextStream &out)
{
    const SubcommitteeRepository repository(db);
    const CouncilRepository councils(db);
    const ConsultationRepository consultations(db);
    const QVector<Subcommittee> all = repository.subcommittees(council.id);
    if (all.isEmpty())
        out << "  " << tr("No subcommittees.") << Qt::endl;
    for (const Subcommittee &s : all) {
        out << "  " << s.name << "  " << tr("established %1").arg(date(s.establishedDate));
        if (s.dissolvedDate.isValid())
            out << "  " << tr("dissolved %1").arg(date(s.dissolvedDate));
        out << Qt::endl;
        QStringList names;
        for (const SubcommitteeMember &m : repository.members(s.id)) {
            const auto member = councils.member(m.memberId);
            const QString name = member ? member->name : QString::number(m.memberId);
            names << (m.isChair ? tr("%1 (chair)").arg(name) : name);
        }
        out << "    " << tr("members: %1").arg(names.isEmpty() ? u"—"_s : names.join(u"、"_s)) << Qt::endl;
        for (const SubcommitteeReferral &r : repository.referrals(s.id)) {
            const auto c = consultations.consultation(r.consultationId);
            out << "    "
                << tr("referred %1: Consultation No. %2 %3")
                       .arg(date(r.referredDate))
                       .arg(c ? c->number : 0)
                       .arg(c ? c->subject : QString())
                << Qt::endl;
        }
        for (const SubcommitteeMeeting &m : repository.meetings(s.id)) {
            out << "    "
                << QCoreApplication::translate("kiroku::cli", "meeting %1  %2  %n attending", nullptr,
                                               int(m.attendees.size()))
                       .arg(m.number)
                       .arg(date(m.date))
                << Qt::endl;
            for (const SubcommitteeItem &item : m.items) {
                const auto c = consultations.consultation(item.consultationId);
                out << "      "
                    << tr("Consultation No. %1: %2%3")
                           .arg(c ? c->number : 0)
                           .arg(item.concluded ? tr("examination concluded") : tr("examined"),
                                item.result.isEmpty() ? QString() : u"（"_s + item.result + u"）"_s)
                    << Qt::endl;
            }
        }
    }
}

} // namespace kiroku::cli
