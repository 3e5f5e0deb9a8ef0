#include "cli/Cli.h"

#include "cli/CliBackup.h"
#include "cli/CliCommands.h"
#include "cli/CliConsultations.h"
#include "cli/CliDashboard.h"
#include "cli/CliLetter.h"
#include "cli/CliPacket.h"
#include "cli/CliPia.h"
#include "cli/CliRecord.h"
#include "cli/CliSealing.h"
#include "cli/CliSearch.h"
#include "cli/CliTranscript.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kiroku::cli {
namespace {

struct Command
{
    QString name;
    int (*run)(const QStringList &, QTextStream &, QTextStream &);
};

const QVector<Command> &commands()
{
    static const QVector<Command> table{
        {u"demo"_s, &demoCommand},
        {u"list"_s, &listCommand},
        {u"export"_s, &exportCommand},
        {u"import"_s, &importCommand},
        {u"print"_s, &printCommand},
        {u"import-transcript"_s, &importTranscriptCommand},
        {u"check"_s, &checkCommand},
        {u"dashboard"_s, &dashboardCommand},
        {u"packet"_s, &packetCommand},
        {u"seal"_s, &sealCommand},
        {u"verify"_s, &verifyCommand},
        {u"correct"_s, &correctCommand},
        {u"versions"_s, &versionsCommand},
        {u"search"_s, &searchCommand},
        {u"backup"_s, &backupCommand},
        {u"restore"_s, &restoreCommand},
        {u"consultations"_s, &consultationsCommand},
        {u"letter"_s, &letterCommand},
        {u"pia"_s, &piaCommand},
    };
    return table;
}

QString usage()
{
    return QCoreApplication::translate(
        "kiroku::cli",
        "Usage:\n"
        "  kiroku [--archive FILE]                       open the window\n"
        "  kiroku demo --archive FILE [--scale N]        write the fictional demo council\n"
        "  kiroku list --archive FILE                    councils, meetings and consultations\n"
        "  kiroku export --archive FILE -o OUT.json      the whole archive as JSON\n"
        "  kiroku import --archive FILE IN.json          load a JSON export into an empty archive\n"
        "  kiroku import-transcript --archive FILE --meeting ID [--agenda-item ID] [--dry-run [--show]] "
        "TEXT\n"
        "                                                append a transcript's statements (UTF-8, UTF-16, "
        "Shift_JIS)\n"
        "  kiroku print --archive FILE --meeting ID [--format NAME] [--public [--show-masked] [--mask "
        "TERM]]\n"
        "               [--pdfa] -o OUT.pdf|.odt|.html   the meeting's record in its council's format\n"
        "  kiroku check --archive FILE --meeting ID      what the record lacks before it is finalised\n"
        "  kiroku dashboard --archive FILE [--today DATE] what needs attention: meetings, consultations,\n"
        "                                                signatures, publication, terms\n"
        "  kiroku consultations --archive FILE [--council ID] [--today DATE] [--check | --reports | "
        "--subcommittees]\n"
        "                                                the consultation register: status, history, next "
        "number; the reports received; the subcommittees\n"
        "  kiroku letter --archive FILE --kind request|response --consultation ID [--format NAME] [--date D] "
        "-o OUT.pdf\n"
        "  kiroku letter --archive FILE --kind agenda|notice --meeting ID [--format NAME] [--date D] -o "
        "OUT.pdf\n"
        "                                                諮問書, 答申書, 次第 or 開催通知 from a letter "
        "format\n"
        "  kiroku pia list|show|threshold|import-questions|export-questions|attach-document|result-sheet|\n"
        "             toshin-paragraph --archive FILE …\n"
        "                                                PIA evaluations: threshold judgment, deadlines, "
        "question "
        "table,\n"
        "                                                点検結果 and the 答申 paragraph (kiroku pia help)\n"
        "  kiroku packet --archive FILE --meeting ID [--public] [--watermark MEMBER_ID | --watermark-all]\n"
        "                (-o OUT.pdf | --folder DIR)     the meeting's materials for tablets\n"
        "  kiroku seal --archive FILE (--meeting ID | --all-signed)\n"
        "                                                freeze signed records (SHA-256, chained)\n"
        "  kiroku verify --archive FILE                  recompute every seal; exit 1 on a mismatch\n"
        "  kiroku correct --archive FILE --meeting ID --reason TEXT\n"
        "                                                a correction (正誤): a new version of a sealed "
        "record\n"
        "  kiroku versions --archive FILE --meeting ID [--show N]\n"
        "                                                a record's versions and seals\n"
        "  kiroku search --archive FILE [--council ID] [--year 年度] [--speaker NAME] [--kind KIND] "
        "[--limit N] QUERY\n"
        "                                                ranked full-text search with snippets\n"
        "  kiroku backup --archive FILE [-o FILE | --rotate N]\n"
        "                                                a consistent copy (default: FILE-backups/)\n"
        "  kiroku restore --archive FILE BACKUP          replace the archive by a checked backup\n"
        "  kiroku --version\n");
}

} // namespace

bool needsGui(const QStringList &arguments)
{
    // print, packet, letter and pia lay out text; demo draws its material PDFs.
    const QString command = arguments.value(1);
    return command == u"print"_s || command == u"packet"_s || command == u"demo"_s ||
           command == u"letter"_s || command == u"pia"_s;
}

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    if (first == u"--version"_s || first == u"-v"_s || first == u"--help"_s || first == u"-h"_s ||
        first == u"help"_s)
        return true;
    return std::any_of(commands().begin(), commands().end(),
                       [&](const Command &c) { return c.name == first; });
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString first = arguments.value(1);
    if (first == u"--version"_s || first == u"-v"_s) {
        out << "kiroku " << KIROKU_VERSION << Qt::endl;
        return 0;
    }
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        out << usage();
        return 0;
    }
    for (const Command &command : commands()) {
        if (command.name == first)
            return command.run(arguments.mid(1), out, err);
    }
    err << QCoreApplication::translate("kiroku::cli", "Unknown command \"%1\".").arg(first) << Qt::endl
        << usage();
    return 2;
}

} // namespace kiroku::cli
