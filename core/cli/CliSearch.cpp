#include "cli/CliSearch.h"

#include "cli/CliSupport.h"
#include "store/SearchRepository.h"
#include "store/Sql.h"
#include "text/Wareki.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace kiroku::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kiroku::cli", text);
}

// The snippet with its matches in 【】 brackets.
QString marked(const SearchHit &hit)
{
    QString result;
    int at = 0;
    for (const auto &[start, length] : hit.highlights) {
        if (start < at)
            continue;
        result += hit.snippet.mid(at, start - at) + u"【"_s + hit.snippet.mid(start, length) + u"】"_s;
        at = start + length;
    }
    return result + hit.snippet.mid(at);
}

} // namespace

int searchCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption councilOption(u"council"_s, u"Only this council."_s, u"ID"_s);
    const QCommandLineOption yearOption(u"year"_s, u"Only this fiscal year (2025 or 令和7)."_s, u"YEAR"_s);
    const QCommandLineOption speakerOption(u"speaker"_s, u"Only statements of this speaker."_s, u"NAME"_s);
    const QCommandLineOption kindOption(u"kind"_s, u"statement, agenda, consultation, response, material."_s,
                                        u"KIND"_s);
    const QCommandLineOption limitOption(u"limit"_s, u"At most N results (20)."_s, u"N"_s, u"20"_s);
    const QCommandLineOption timingOption(u"timing"_s, u"Print the time the search took."_s);
    const QCommandLineOption linearOption(u"linear"_s, u"Benchmark: scan every text, no index."_s);
    for (const auto &option :
         {councilOption, yearOption, speakerOption, kindOption, limitOption, timingOption, linearOption})
        parser.addOption(option);
    parser.addPositionalArgument(u"query"_s, u"Words to find, all of them."_s);
    if (!parse(parser, arguments, err))
        return 2;
    SearchQuery query;
    query.text = parser.positionalArguments().join(u' ');
    if (query.text.trimmed().isEmpty()) {
        err << tr("Give the words to search for.") << Qt::endl;
        return 2;
    }
    bool ok = true;
    if (parser.isSet(councilOption))
        query.councilId = parser.value(councilOption).toLongLong(&ok);
    if (!ok || query.councilId < 0) {
        err << tr("--council takes a council id (kiroku list).") << Qt::endl;
        return 2;
    }
    if (parser.isSet(yearOption)) {
        const auto year = wareki::parseFiscalYear(parser.value(yearOption));
        query.fiscalYear = year ? *year : parser.value(yearOption).toInt(&ok);
        if (!ok || query.fiscalYear < 1868 || query.fiscalYear > 2200) {
            err << tr("--year takes a fiscal year such as 2025 or 令和7年度.") << Qt::endl;
            return 2;
        }
    }
    query.speaker = parser.value(speakerOption);
    query.kind = parser.value(kindOption);
    if (!query.kind.isEmpty() && !SearchRepository::kinds.contains(query.kind)) {
        err << tr("--kind takes one of: %1.").arg(SearchRepository::kinds.join(u", "_s)) << Qt::endl;
        return 2;
    }
    query.limit = parser.value(limitOption).toInt(&ok);
    if (!ok || query.limit < 1 || query.limit > 10000) {
        err << tr("--limit takes a number from 1 to 10000.") << Qt::endl;
        return 2;
    }
    auto archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err,
                               Archive::IntegrityCheck::UnlessRecent);
    if (!archive)
        return 1;
    SearchRepository search(archive->database());
    QElapsedTimer timer;
    try {
        if (parser.isSet(linearOption)) {
            timer.start();
            const int count = search.linearScanCount(query);
            out << tr("%1 matching texts (linear scan, %2 ms).")
                       .arg(count)
                       .arg(timer.nsecsElapsed() / 1e6, 0, 'f', 2)
                << Qt::endl;
            return 0;
        }
        search.refresh();
        timer.start();
        const QVector<SearchHit> hits = search.search(query);
        const double elapsed = timer.nsecsElapsed() / 1e6;
        // Labels for the hits' meetings only: formatting every meeting's 年度 cost more than the search.
        QHash<int, QString> yearLabels;
        const auto yearLabel = [&](int fiscalYear) -> const QString & {
            auto it = yearLabels.find(fiscalYear);
            if (it == yearLabels.end())
                it = yearLabels.insert(fiscalYear, wareki::formatFiscalYear(fiscalYear));
            return *it;
        };
        QHash<Id, QString> meetingLabels;
        sql::Query meetings(archive->database(), u"SELECT fiscal_year, number FROM meeting WHERE id = :id"_s);
        for (const SearchHit &hit : hits) {
            if (!hit.meetingId || meetingLabels.contains(hit.meetingId))
                continue;
            meetings.bind(u":id"_s, hit.meetingId).exec();
            if (meetings.next())
                meetingLabels.insert(hit.meetingId,
                                     yearLabel(meetings.value(0).toInt()) +
                                         wareki::formatOrdinalMeeting(meetings.value(1).toInt()));
        }
        for (const SearchHit &hit : hits) {
            const QString where =
                hit.meetingId ? u"%1 (%2)"_s.arg(meetingLabels.value(hit.meetingId)).arg(hit.meetingId)
                              : yearLabel(hit.fiscalYear);
            out << where << u'\t' << hit.kind << u' ' << hit.refId << u'\t'
                << (hit.speaker.isEmpty() ? QString() : hit.speaker + u": "_s) << marked(hit) << Qt::endl;
        }
        if (hits.isEmpty())
            out << tr("Nothing found.") << Qt::endl;
        if (parser.isSet(timingOption)) {
            err << tr("search: %1 ms").arg(elapsed, 0, 'f', 2) << Qt::endl;
            timer.start();
            const int total = search.count(query);
            err << tr("matching texts: %1 (counted in %2 ms)")
                       .arg(total)
                       .arg(timer.nsecsElapsed() / 1e6, 0, 'f', 2)
                << Qt::endl;
        }
    } catch (const StoreError &error) {
        err << error.message() << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace kiroku::cli
