#include "cli/CliConsultations.h"

#include "cli/CliReports.h"
#include "cli/CliSupport.h"
#include "consultation/ConsultationRegister.h"
#include "store/CouncilRepository.h"
#include "store/StoreError.h"
#include "text/Wareki.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kiroku::cli {
namespace {

void printEntry(const consultation::RegisterEntry &e, QTextStream &out)
{
    const Consultation &c = e.consultation;
    out << QCoreApplication::translate("kiroku::cli", "Consultation No. %1  %2  [%3]")
               .arg(c.number)
               .arg(c.subject, consultation::statusLabel(e.status))
        << Qt::endl;
    out << "    "
        << QCoreApplication::translate("kiroku::cli", "received %1 from %2%3, %n day(s) open", nullptr,
                                       e.daysOpen)
               .arg(c.receivedDate.isValid() ? wareki::formatDate(c.receivedDate, wareki::Digits::Half, false)
                                             : u"—"_s,
                    c.consultingBody.isEmpty() ? u"—"_s : c.consultingBody,
                    c.department.isEmpty() ? QString() : u"（"_s + c.department + u"）"_s)
        << Qt::endl;
    for (const consultation::HistoryEntry &h : e.history) {
        QString line = u"    %1 %2 %3"_s.arg(
            consultation::meetingText(h),
            h.date.isValid() ? wareki::formatDate(h.date, wareki::Digits::Half, false) : u"—"_s,
            consultation::outcomeText(h));
        const QString vote = consultation::voteText(h);
        if (!vote.isEmpty())
            line += u"（"_s + vote + u"）"_s;
        out << line.trimmed().prepend(u"    "_s) << Qt::endl;
    }
    for (const Response &r : e.responses)
        out << "    "
            << QCoreApplication::translate("kiroku::cli", "response %1: %2")
                   .arg(r.date.isValid() ? wareki::formatDate(r.date, wareki::Digits::Half, false) : u"—"_s,
                        r.conclusion)
            << Qt::endl;
}

} // namespace

int consultationsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption councilOption(u"council"_s, u"Only this council (see kiroku list)."_s, u"ID"_s);
    const QCommandLineOption todayOption(u"today"_s, u"The day to look from (YYYY-MM-DD)."_s, u"DATE"_s);
    const QCommandLineOption checkOption(u"check"_s, u"List the register's problems (exit 1 when any)."_s);
    const QCommandLineOption reportsOption(u"reports"_s, u"List the reports received instead."_s);
    const QCommandLineOption subcommitteesOption(u"subcommittees"_s, u"List the subcommittees instead."_s);
    parser.addOptions({councilOption, todayOption, checkOption, reportsOption, subcommitteesOption});
    if (!parse(parser, arguments, err))
        return 2;
    QDate today = QDate::currentDate();
    if (parser.isSet(todayOption)) {
        today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!today.isValid()) {
            err << QCoreApplication::translate("kiroku::cli", "--today takes a date as YYYY-MM-DD.")
                << Qt::endl;
            return 2;
        }
    }
    Id only = 0;
    if (parser.isSet(councilOption)) {
        bool ok = false;
        only = parser.value(councilOption).toLongLong(&ok);
        if (!ok || only <= 0) {
            err << QCoreApplication::translate("kiroku::cli",
                                               "--council takes a council id (see kiroku list).")
                << Qt::endl;
            return 2;
        }
    }
    auto archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err,
                               Archive::IntegrityCheck::UnlessRecent);
    if (!archive)
        return 1;
    try {
        const QSqlDatabase db = archive->database();
        QVector<Council> councils = CouncilRepository(db).councils();
        if (only != 0) {
            councils.removeIf([only](const Council &c) { return c.id != only; });
            if (councils.isEmpty()) {
                err << QCoreApplication::translate("kiroku::cli", "There is no council %1 in the archive.")
                           .arg(only)
                    << Qt::endl;
                return 1;
            }
        }
        int problemCount = 0;
        for (const Council &council : std::as_const(councils)) {
            out << council.municipality + council.name << Qt::endl;
            if (parser.isSet(reportsOption)) {
                printReports(db, council, out);
                continue;
            }
            if (parser.isSet(subcommitteesOption)) {
                printSubcommittees(db, council, out);
                continue;
            }
            if (parser.isSet(checkOption)) {
                const QVector<consultation::Problem> problems = consultation::check(db, council.id);
                for (const consultation::Problem &p : problems)
                    out << "  ! " << p.message << Qt::endl;
                if (problems.isEmpty())
                    out << "  " << QCoreApplication::translate("kiroku::cli", "No problems found.")
                        << Qt::endl;
                problemCount += int(problems.size());
                continue;
            }
            const QVector<consultation::RegisterEntry> entries =
                consultation::registerOf(db, council.id, today);
            for (const consultation::RegisterEntry &e : entries)
                printEntry(e, out);
            if (entries.isEmpty())
                out << "  " << QCoreApplication::translate("kiroku::cli", "No consultations yet.")
                    << Qt::endl;
            out << "  "
                << QCoreApplication::translate("kiroku::cli", "Next number for %1: No. %2")
                       .arg(wareki::formatFiscalYear(wareki::fiscalYearOf(today)))
                       .arg(consultation::suggestedNumber(db, council.id, wareki::fiscalYearOf(today)))
                << Qt::endl;
        }
        return problemCount > 0 ? 1 : 0;
    } catch (const StoreError &error) {
        return storeFailure(error, err);
    }
}

} // namespace kiroku::cli
