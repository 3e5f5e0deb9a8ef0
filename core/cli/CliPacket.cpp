#include "cli/CliPacket.h"

#include "cli/CliSupport.h"
#include "packet/PacketExport.h"
#include "store/StoreError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kiroku::cli {

int packetCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption meetingOption(u"meeting"_s, u"Meeting id (see kiroku list)."_s, u"ID"_s);
    const QCommandLineOption publicOption(u"public"_s, u"Leave out the materials that are not public."_s);
    const QCommandLineOption watermarkOption(QStringList{u"watermark"_s, u"member"_s},
                                             u"The member's name over every page."_s, u"MEMBER_ID"_s);
    const QCommandLineOption everyOption(u"watermark-all"_s, u"One packet per member, each with the name."_s);
    const QCommandLineOption outputOption(u"o"_s, u"Output PDF."_s, u"OUT.pdf"_s);
    const QCommandLineOption folderOption(u"folder"_s, u"A folder of numbered files."_s, u"DIR"_s);
    parser.addOptions(
        {meetingOption, publicOption, watermarkOption, everyOption, outputOption, folderOption});
    if (!parse(parser, arguments, err))
        return 2;
    bool ok = false;
    const qint64 meetingId = parser.value(meetingOption).toLongLong(&ok);
    const bool toFolder = parser.isSet(folderOption);
    if (!ok || meetingId <= 0 || toFolder == parser.isSet(outputOption)) {
        err << QCoreApplication::translate("kiroku::cli",
                                           "packet needs --meeting ID and either -o OUT.pdf or --folder DIR.")
            << Qt::endl;
        return 2;
    }
    packet::PacketRequest request;
    request.meetingId = meetingId;
    request.publicVersion = parser.isSet(publicOption);
    request.watermarkEveryMember = parser.isSet(everyOption);
    if (parser.isSet(watermarkOption)) {
        const qint64 member = parser.value(watermarkOption).toLongLong(&ok);
        if (!ok || member <= 0 || request.watermarkEveryMember) {
            err << QCoreApplication::translate(
                       "kiroku::cli", "--watermark takes a member id; it cannot go with --watermark-all.")
                << Qt::endl;
            return 2;
        }
        request.watermarkFor = member;
    }
    const QString output = toFolder ? parser.value(folderOption) : parser.value(outputOption);
    if (!toFolder && !output.endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        err << QCoreApplication::translate("kiroku::cli", "The packet is a PDF file (OUT.pdf).") << Qt::endl;
        return 2;
    }
    auto archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err,
                               Archive::IntegrityCheck::UnlessRecent);
    if (!archive)
        return 1;
    try {
        const packet::PacketOutcome outcome =
            toFolder ? packet::writePacketFolder(archive->database(), request, output)
                     : packet::writePacket(archive->database(), request, output);
        if (!outcome.error.isEmpty()) {
            err << outcome.error << Qt::endl;
            return 1;
        }
        for (const QString &written : outcome.written)
            out << QCoreApplication::translate("kiroku::cli", "Wrote %1: %2 materials, %3 pages.")
                       .arg(written)
                       .arg(outcome.materialCount)
                       .arg(outcome.pageCount)
                << Qt::endl;
        if (!outcome.missing.isEmpty())
            err << QCoreApplication::translate("kiroku::cli", "No font has a glyph for: %1")
                       .arg(outcome.missing)
                << Qt::endl;
    } catch (const StoreError &error) {
        return storeFailure(error, err);
    }
    return 0;
}

} // namespace kiroku::cli
