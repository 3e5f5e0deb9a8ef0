#include "cli/CliDashboard.h"

#include "cli/CliSupport.h"
#include "overview/Dashboard.h"
#include "store/StoreError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kiroku::cli {

int dashboardCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption todayOption(u"today"_s, u"The day to look from (YYYY-MM-DD)."_s, u"DATE"_s);
    parser.addOption(todayOption);
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
    auto archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err);
    if (!archive)
        return 1;
    try {
        const QVector<overview::DashboardItem> items = overview::dashboard(archive->database(), today);
        bool first = true;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (i == 0 || items.at(i).kind != items.at(i - 1).kind) {
                out << (first ? "" : "\n") << overview::kindTitle(items.at(i).kind) << Qt::endl;
                first = false;
            }
            const char *mark = items.at(i).urgency == overview::DashboardItem::Urgency::Overdue ? "  ! "
                               : items.at(i).urgency == overview::DashboardItem::Urgency::Soon  ? "  * "
                                                                                                : "    ";
            out << mark << items.at(i).council << u'　' << items.at(i).text << Qt::endl;
        }
        if (items.isEmpty())
            out << QCoreApplication::translate("kiroku::cli", "Nothing needs attention.") << Qt::endl;
    } catch (const StoreError &error) {
        return storeFailure(error, err);
    }
    return 0;
}

} // namespace kiroku::cli
