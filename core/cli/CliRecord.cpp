#include "cli/CliRecord.h"

#include "cli/CliSupport.h"
#include "record/Completeness.h"
#include "record/RecordExport.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kiroku::cli {
namespace {

// The clerk's view of what the public version replaced: a count, or every place with its context.
void printHits(const QVector<record::MaskHit> &hits, bool everyPlace, QTextStream &out)
{
    // A plain int(): lupdate does not see a translate() call whose count is a static_cast.
    out << QCoreApplication::translate("kiroku::cli", "Masked or renamed: %n place(s).", nullptr,
                                       int(hits.size()))
        << Qt::endl;
    if (!everyPlace)
        return;
    for (const record::MaskHit &hit : hits)
        out << "  " << hit.where << '\t' << hit.found << u" → "_s << hit.replacement << '\t' << hit.context
            << Qt::endl;
}

QString severityLabel(record::Finding::Severity severity)
{
    switch (severity) {
    case record::Finding::Severity::Missing:
        return QCoreApplication::translate("kiroku::cli", "missing");
    case record::Finding::Severity::Inconsistent:
        return QCoreApplication::translate("kiroku::cli", "inconsistent");
    case record::Finding::Severity::Notice:
        break;
    }
    return QCoreApplication::translate("kiroku::cli", "notice");
}

} // namespace

int printCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption meetingOption(u"meeting"_s, u"Meeting id (see kiroku list)."_s, u"ID"_s);
    const QCommandLineOption formatOption(u"format"_s, u"Record format name."_s, u"NAME"_s);
    const QCommandLineOption publicOption(u"public"_s, u"The publication version."_s);
    const QCommandLineOption pdfaOption(u"pdfa"_s, u"PDF/A-1b for archiving."_s);
    const QCommandLineOption showMaskedOption(u"show-masked"_s,
                                              u"List every place the public version masks."_s);
    const QCommandLineOption maskOption(u"mask"_s, u"A further string to mask (repeatable)."_s, u"TERM"_s);
    const QCommandLineOption outputOption(u"o"_s, u"Output file."_s, u"OUT.pdf"_s);
    parser.addOptions(
        {meetingOption, formatOption, publicOption, pdfaOption, showMaskedOption, maskOption, outputOption});
    if (!parse(parser, arguments, err))
        return 2;
    bool ok = false;
    const qint64 meetingId = parser.value(meetingOption).toLongLong(&ok);
    const QString output = parser.value(outputOption);
    if (!ok || meetingId <= 0 || output.isEmpty()) {
        err << QCoreApplication::translate("kiroku::cli",
                                           "print needs --meeting ID and -o OUT.pdf, OUT.odt or OUT.html.")
            << Qt::endl;
        return 2;
    }
    const QStringList suffixes{u".pdf"_s, u".odt"_s, u".html"_s, u".htm"_s};
    if (std::none_of(suffixes.begin(), suffixes.end(),
                     [&](const QString &s) { return output.endsWith(s, Qt::CaseInsensitive); })) {
        err << QCoreApplication::translate(
                   "kiroku::cli", "The output is a PDF, ODT or HTML file (OUT.pdf, OUT.odt, OUT.html).")
            << Qt::endl;
        return 2;
    }
    auto archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err,
                               Archive::IntegrityCheck::UnlessRecent);
    if (!archive)
        return 1;
    record::PrintRequest request;
    request.meetingId = meetingId;
    request.format = parser.value(formatOption);
    request.formatFolders << QFileInfo(archive->path()).absolutePath() + u"/formats"_s;
    request.publicVersion = parser.isSet(publicOption);
    request.pdfA = parser.isSet(pdfaOption);
    request.maskTerms = parser.values(maskOption);
    try {
        const record::PrintOutcome outcome = record::printRecord(archive->database(), request, output);
        if (!outcome.error.isEmpty()) {
            err << outcome.error << Qt::endl;
            return 1;
        }
        if (outcome.pageCount > 0)
            out << QCoreApplication::translate("kiroku::cli", "Wrote %1: %2 pages in the format %3.")
                       .arg(output)
                       .arg(outcome.pageCount)
                       .arg(outcome.formatName)
                << Qt::endl;
        else
            out << QCoreApplication::translate("kiroku::cli", "Wrote %1 in the format %2.")
                       .arg(output, outcome.formatName)
                << Qt::endl;
        if (request.publicVersion)
            printHits(outcome.hits, parser.isSet(showMaskedOption), out);
        if (!outcome.missing.isEmpty())
            err << QCoreApplication::translate("kiroku::cli", "No font has a glyph for: %1")
                       .arg(outcome.missing)
                << Qt::endl;
    } catch (const StoreError &error) {
        return storeFailure(error, err);
    }
    return 0;
}

int checkCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption meetingOption(u"meeting"_s, u"Meeting id (see kiroku list)."_s, u"ID"_s);
    parser.addOption(meetingOption);
    if (!parse(parser, arguments, err))
        return 2;
    bool ok = false;
    const qint64 meetingId = parser.value(meetingOption).toLongLong(&ok);
    if (!ok || meetingId <= 0) {
        err << QCoreApplication::translate("kiroku::cli", "check needs --meeting ID.") << Qt::endl;
        return 2;
    }
    auto archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err,
                               Archive::IntegrityCheck::UnlessRecent);
    if (!archive)
        return 1;
    try {
        const auto data = record::RecordData::load(archive->database(), meetingId);
        if (!data) {
            err << QCoreApplication::translate("kiroku::cli", "There is no meeting with id %1.")
                       .arg(meetingId)
                << Qt::endl;
            return 1;
        }
        const QVector<record::Finding> findings = record::checkCompleteness(*data);
        for (const record::Finding &f : findings)
            out << severityLabel(f.severity) << '\t' << f.message << Qt::endl;
        const QString deadline = record::describeDeadline(
            record::publicationDeadline(data->council, data->meeting, QDate::currentDate()));
        if (!deadline.isEmpty())
            out << deadline << Qt::endl;
        const bool ready = record::readyToFinalise(findings);
        out << (ready ? QCoreApplication::translate("kiroku::cli", "Ready to finalise.")
                      : QCoreApplication::translate("kiroku::cli", "Not ready to finalise."))
            << Qt::endl;
        return ready ? 0 : 1;
    } catch (const StoreError &error) {
        return storeFailure(error, err);
    }
}

} // namespace kiroku::cli
