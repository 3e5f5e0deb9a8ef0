#include "cli/CliLetter.h"

#include "cli/CliSupport.h"
#include "letters/Letter.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kiroku::cli {

int letterCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption kindOption(
        u"kind"_s, u"request (諮問書), response (答申書), agenda (次第), notice (開催通知)."_s, u"KIND"_s);
    const QCommandLineOption consultationOption(u"consultation"_s, u"Consultation id (see kiroku list)."_s,
                                                u"ID"_s);
    const QCommandLineOption meetingOption(u"meeting"_s, u"Meeting id (see kiroku list)."_s, u"ID"_s);
    const QCommandLineOption formatOption(u"format"_s, u"Letter format name (docs/letters.md)."_s, u"NAME"_s);
    const QCommandLineOption dateOption(u"date"_s, u"The letter's date (YYYY-MM-DD)."_s, u"DATE"_s);
    const QCommandLineOption outputOption(u"o"_s, u"Output PDF."_s, u"OUT.pdf"_s);
    parser.addOptions(
        {kindOption, consultationOption, meetingOption, formatOption, dateOption, outputOption});
    if (!parse(parser, arguments, err))
        return 2;
    letters::LetterRequest request;
    const QString kind = parser.value(kindOption);
    if (kind == u"request"_s)
        request.kind = letters::LetterKind::ConsultationRequest;
    else if (kind == u"response"_s)
        request.kind = letters::LetterKind::Response;
    else if (kind == u"agenda"_s)
        request.kind = letters::LetterKind::AgendaSheet;
    else if (kind == u"notice"_s)
        request.kind = letters::LetterKind::MeetingNotice;
    else {
        err << QCoreApplication::translate("kiroku::cli",
                                           "--kind is one of request, response, agenda, notice.")
            << Qt::endl;
        return 2;
    }
    const bool aboutConsultation = request.kind == letters::LetterKind::ConsultationRequest ||
                                   request.kind == letters::LetterKind::Response;
    const QCommandLineOption &idOption = aboutConsultation ? consultationOption : meetingOption;
    bool ok = false;
    const qint64 id = parser.value(idOption).toLongLong(&ok);
    if (!ok || id <= 0) {
        err << (aboutConsultation
                    ? QCoreApplication::translate("kiroku::cli", "This letter needs --consultation ID.")
                    : QCoreApplication::translate("kiroku::cli", "This sheet needs --meeting ID."))
            << Qt::endl;
        return 2;
    }
    (aboutConsultation ? request.consultationId : request.meetingId) = id;
    if (parser.isSet(dateOption)) {
        request.date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!request.date.isValid()) {
            err << QCoreApplication::translate("kiroku::cli", "--date takes a date as YYYY-MM-DD.")
                << Qt::endl;
            return 2;
        }
    }
    const QString output = parser.value(outputOption);
    if (!output.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        err << QCoreApplication::translate("kiroku::cli", "The option -o OUT.pdf is required.") << Qt::endl;
        return 2;
    }
    request.format = parser.value(formatOption);
    auto archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err,
                               Archive::IntegrityCheck::UnlessRecent);
    if (!archive)
        return 1;
    request.formatFolders << QFileInfo(archive->path()).absolutePath() + u"/letters"_s;
    const letters::LetterOutcome outcome = letters::writeLetter(archive->database(), request, output);
    if (!outcome.error.isEmpty()) {
        err << outcome.error << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("kiroku::cli", "Wrote %1 (%n page(s)).", nullptr, outcome.pageCount)
               .arg(output)
        << Qt::endl;
    if (!outcome.missing.isEmpty())
        err << QCoreApplication::translate("kiroku::cli", "No font has a glyph for: %1").arg(outcome.missing)
            << Qt::endl;
    return 0;
}

} // namespace kiroku::cli
