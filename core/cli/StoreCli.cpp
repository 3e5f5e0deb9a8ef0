#include "cli/StoreCli.h"

#include "cli/CliBackup.h"
#include "cli/CliRecovery.h"
#include "cli/CliSealing.h"
#include "cli/CliSearch.h"

#include "cli/CliSupport.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace kiroku::cli {
namespace {

struct Command
{
    QStringView name;
    int (*run)(const QStringList &, QTextStream &, QTextStream &);
};

constexpr std::array commands{
    Command{u"search", &searchCommand},     Command{u"seal", &sealCommand},
    Command{u"verify", &verifyCommand},     Command{u"correct", &correctCommand},
    Command{u"versions", &versionsCommand}, Command{u"backup", &backupCommand},
    Command{u"restore", &restoreCommand},   Command{u"recover-journal", &recoverJournalCommand},
};

bool isVersion(const QString &name)
{
    return name == u"--version"_s || name == u"-v"_s;
}

bool isHelp(const QString &name)
{
    return name == u"--help"_s || name == u"-h"_s || name == u"help"_s;
}

} // namespace

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
        "  kiroku recover-journal --archive FILE         open an archive whose journal (WAL) is damaged,\n"
        "                                                without the damaged part (a copy is kept)\n"
        "  kiroku --version\n");
}

bool isStoreCommand(const QString &name)
{
    return isVersion(name) || isHelp(name) ||
           std::any_of(commands.begin(), commands.end(), [&](const Command &c) { return c.name == name; });
}

int runStoreCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString first = arguments.value(1);
    if (isVersion(first)) {
        out << "kiroku " << KIROKU_VERSION << Qt::endl;
        return 0;
    }
    if (isHelp(first)) {
        out << usage();
        return 0;
    }
    for (const Command &command : commands) {
        if (command.name == first) {
            // What a command did not catch itself still reaches the clerk as a message, not an abort.
            try {
                return command.run(arguments.mid(1), out, err);
            } catch (const StoreError &error) {
                return storeFailure(error, err);
            }
        }
    }
    err << QCoreApplication::translate("kiroku::cli", "Unknown command \"%1\".").arg(first) << Qt::endl
        << usage();
    return 2;
}

} // namespace kiroku::cli
