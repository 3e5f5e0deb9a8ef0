#include "cli/CliCommands.h"

#include "cli/CliSupport.h"

#include "io/ArchiveJson.h"
#include "io/DemoArchive.h"
#include "io/SaveFile.h"
#include "model/Quorum.h"
#include "record/RecordExport.h"
#include "store/Archive.h"
#include "store/ConsultationRepository.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/SearchRepository.h"
#include "store/Sql.h"
#include "store/StatementRepository.h"
#include "text/Wareki.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kiroku::cli {
namespace {

// Removes an archive this command created when the command failed, so nothing half-made remains.
void discardNew(std::unique_ptr<Archive> &archive, const QString &path)
{
    archive.reset();
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

} // namespace

int demoCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption scaleOption(u"scale"_s, u"Years of full-size meetings to add."_s, u"N"_s,
                                         u"0"_s);
    parser.addOption(scaleOption);
    if (!parse(parser, arguments, err))
        return 2;
    bool ok = false;
    const int scale = parser.value(scaleOption).toInt(&ok);
    if (!ok || scale < 0 || scale > 1000) {
        err << QCoreApplication::translate("kiroku::cli", "--scale takes a whole number from 0 to 1000.")
            << Qt::endl;
        return 2;
    }
    const QString path = parser.value(archiveOption);
    const bool existed = QFileInfo::exists(path);
    auto archive = openArchive(path, Archive::OpenMode::CreateIfMissing, err);
    if (!archive)
        return 1;
    if (!archive->isEmpty()) {
        err << QCoreApplication::translate(
                   "kiroku::cli",
                   "The archive %1 already holds councils; the demo is written only into a new archive.")
                   .arg(path)
            << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    try {
        DemoOptions options;
        options.extraYears = scale;
        options.longMeeting = scale > 0;
        DemoArchive::write(archive->database(), options);
        SearchRepository(archive->database()).refresh();
    } catch (const StoreError &error) {
        err << error.message() << Qt::endl;
        if (!existed)
            discardNew(archive, path);
        return 1;
    }
    const auto db = archive->database();
    out << QCoreApplication::translate(
               "kiroku::cli", "Wrote the demo archive %1: %2 meetings, %3 statements, %4 characters (%5 ms).")
               .arg(path)
               .arg(sql::scalar(db, u"SELECT COUNT(*) FROM meeting"_s).toLongLong())
               .arg(sql::scalar(db, u"SELECT COUNT(*) FROM statement"_s).toLongLong())
               .arg(sql::scalar(db, u"SELECT COALESCE(SUM(LENGTH(text)), 0) FROM statement"_s).toLongLong())
               .arg(timer.elapsed())
        << Qt::endl;
    return 0;
}

int listCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, err))
        return 2;
    auto archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err,
                               Archive::IntegrityCheck::UnlessRecent);
    if (!archive)
        return 1;
    try {
        const auto db = archive->database();
        CouncilRepository councils(db);
        MeetingRepository meetings(db);
        StatementRepository statements(db);
        ConsultationRepository consultations(db);
        for (const Council &council : councils.councils()) {
            out << QCoreApplication::translate("kiroku::cli",
                                               "Council %1: %2%3 (quota %4, quorum %5, %6 signers)")
                       .arg(council.id)
                       .arg(council.municipality, council.name)
                       .arg(council.quota)
                       .arg(japaneseLabel(council.quorumRule))
                       .arg(council.signerCount)
                << Qt::endl;
            out << "  "
                << QCoreApplication::translate("kiroku::cli",
                                               "Meetings (id, fiscal year, number, date, statements):")
                << Qt::endl;
            for (const Meeting &m : meetings.meetings(council.id)) {
                out << "    " << m.id << '\t' << wareki::formatFiscalYear(m.fiscalYear) << '\t'
                    << wareki::formatOrdinalMeeting(m.number) << '\t' << wareki::formatDate(m.date) << '\t'
                    << statements.count(m.id) << Qt::endl;
            }
            out << "  "
                << QCoreApplication::translate("kiroku::cli", "Consultations (number, received, subject):")
                << Qt::endl;
            for (const Consultation &k : consultations.consultations(council.id)) {
                out << "    " << u"諮問第%1号"_s.arg(k.number) << '\t'
                    << wareki::formatDate(k.receivedDate, {}, false) << '\t' << k.subject << Qt::endl;
            }
        }
    } catch (const StoreError &error) {
        return storeFailure(error, err);
    }
    return 0;
}

int exportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOption(u"o"_s, u"Output file (- for standard output)."_s, u"OUT.json"_s);
    parser.addOption(outputOption);
    if (!parse(parser, arguments, err))
        return 2;
    const QString output = parser.value(outputOption);
    if (output.isEmpty()) {
        err << QCoreApplication::translate("kiroku::cli", "The option -o OUT.json is required.") << Qt::endl;
        return 2;
    }
    // An export is a copy of everything: the whole file is checked, however recently (docs/backup.md).
    auto archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err);
    if (!archive)
        return 1;
    QByteArray json;
    try {
        json = ArchiveJson::exportArchiveBytes(archive->database());
    } catch (const StoreError &error) {
        return storeFailure(error, err);
    }
    if (output == u"-"_s) {
        out.flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(json) != json.size())
            return 1;
        return 0;
    }
    const QString problem = writeFileAtomically(output, json);
    if (!problem.isEmpty()) {
        err << problem << Qt::endl;
        return 1;
    }
    return 0;
}

int importCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"IN.json"_s, u"A Kiroku JSON export."_s);
    if (!parse(parser, arguments, err))
        return 2;
    if (parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate("kiroku::cli", "Name exactly one JSON file to import.")
            << Qt::endl;
        return 2;
    }
    const QString input = parser.positionalArguments().first();
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly)) {
        err << QCoreApplication::translate("kiroku::cli", "Cannot read %1: %2").arg(input, file.errorString())
            << Qt::endl;
        return 1;
    }
    const QByteArray json = file.readAll();
    const QString path = parser.value(archiveOption);
    const bool existed = QFileInfo::exists(path);
    auto archive = openArchive(path, Archive::OpenMode::CreateIfMissing, err);
    if (!archive)
        return 1;
    try {
        ArchiveJson::importArchiveBytes(archive->database(), json);
        SearchRepository(archive->database()).refresh();
    } catch (const StoreError &error) {
        err << QCoreApplication::translate("kiroku::cli", "Nothing was imported from %1: %2")
                   .arg(input, error.message())
            << Qt::endl;
        if (!existed)
            discardNew(archive, path);
        return 1;
    }
    out << QCoreApplication::translate("kiroku::cli", "Imported %1 into %2.").arg(input, path) << Qt::endl;
    return 0;
}

} // namespace kiroku::cli
