#include "cli/Cli.h"

#include "cli/CliCommands.h"
#include "cli/CliConsultations.h"
#include "cli/CliDashboard.h"
#include "cli/CliLetter.h"
#include "cli/CliPacket.h"
#include "cli/CliPia.h"
#include "cli/CliRecord.h"
#include "cli/CliSupport.h"
#include "cli/CliTranscript.h"
#include "cli/StoreCli.h"

#include <algorithm>

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
        {u"demo"_s, &demoCommand},     {u"list"_s, &listCommand},
        {u"export"_s, &exportCommand}, {u"import"_s, &importCommand},
        {u"print"_s, &printCommand},   {u"import-transcript"_s, &importTranscriptCommand},
        {u"check"_s, &checkCommand},   {u"dashboard"_s, &dashboardCommand},
        {u"packet"_s, &packetCommand}, {u"consultations"_s, &consultationsCommand},
        {u"letter"_s, &letterCommand}, {u"pia"_s, &piaCommand},
    };
    return table;
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
    return isStoreCommand(first) || std::any_of(commands().begin(), commands().end(),
                                                [&](const Command &c) { return c.name == first; });
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString first = arguments.value(1);
    for (const Command &command : commands()) {
        if (command.name == first) {
            // What a command did not catch itself still reaches the clerk as a message, not an abort.
            try {
                return command.run(arguments.mid(1), out, err);
            } catch (const StoreError &error) {
                return storeFailure(error, err);
            }
        }
    }
    // Search, sealing and backups, --help and --version; an unknown command is reported there.
    return runStoreCommand(arguments, out, err);
}

} // namespace kiroku::cli
