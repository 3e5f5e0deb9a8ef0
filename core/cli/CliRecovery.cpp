#include "cli/CliRecovery.h"

#include "cli/CliSupport.h"
#include "store/JournalCheck.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace kiroku::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kiroku::cli", text);
}

} // namespace

int recoverJournalCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    if (!parse(parser, arguments, err))
        return 2;
    const QString path = QFileInfo(parser.value(archiveOption)).absoluteFilePath();
    if (!QFileInfo(path).isFile()) {
        err << tr("The archive %1 does not exist.").arg(path) << Qt::endl;
        return 1;
    }
    const JournalInspection found = JournalCheck::inspect(path);
    if (!found.damaged) {
        out << tr("The journal of %1 checks out; there is nothing to recover.").arg(path) << Qt::endl;
        return 0;
    }
    try {
        // The evidence first, whatever was kept when the damage was found.
        const QString copy = JournalCheck::keepCopy(path);
        JournalCheck::dropDamagedTail(path);
        out << tr("The archive and its journal as found were kept as %1 and %1-wal.").arg(copy) << Qt::endl;
    } catch (const StoreError &error) {
        err << error.message() << Qt::endl;
        return 1;
    }
    auto archive = openArchive(path, Archive::OpenMode::MustExist, err);
    if (!archive)
        return 1;
    out << tr("Opened %1 without the damaged part of its journal: %2 saved change(s) kept, %3 dropped "
              "(from frame %4 on).")
               .arg(path)
               .arg(found.keptCommits)
               .arg(found.lostCommits)
               .arg(found.firstBadFrame)
        << Qt::endl;
    return 0;
}

} // namespace kiroku::cli
