#include "cli/CliSupport.h"

#include "cli/CliBackup.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kiroku::cli {

const QCommandLineOption archiveOption(u"archive"_s, u"The archive file."_s, u"FILE"_s);

// Parses `arguments` (starting with the subcommand name); on a usage error prints it and returns false.
bool parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &err, bool needsArchive)
{
    parser.addOption(archiveOption);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return false;
    }
    if (needsArchive && parser.value(archiveOption).isEmpty()) {
        err << QCoreApplication::translate("kiroku::cli", "The option --archive FILE is required.")
            << Qt::endl;
        return false;
    }
    return true;
}

namespace {
// One archive per process: the one a damage message points to.
QString &lastOpened()
{
    static QString path;
    return path;
}
} // namespace

int storeFailure(const StoreError &error, QTextStream &err)
{
    err << error.message() << Qt::endl;
    if (error.kind() == StoreError::Kind::Damaged && !lastOpened().isEmpty())
        err << recoveryHint(lastOpened()) << Qt::endl;
    return 1;
}

std::unique_ptr<Archive> openArchive(const QString &path, Archive::OpenMode mode, QTextStream &err,
                                     Archive::IntegrityCheck check)
{
    lastOpened() = path;
    Archive::Opened opened = Archive::open(path, mode, check);
    // An interrupted restore was finished or undone on the way (docs/backup.md): a notice.
    if (!opened.recovered.isEmpty())
        err << opened.recovered << Qt::endl;
    if (!opened.archive) {
        err << opened.message << Qt::endl;
        if (opened.problem == Archive::Problem::Corrupt)
            err << recoveryHint(path) << Qt::endl;
        return nullptr;
    }
    if (opened.migratedFrom >= 0)
        err << QCoreApplication::translate(
                   "kiroku::cli",
                   "The archive was upgraded from version %1; the previous file was kept as %2.")
                   .arg(opened.migratedFrom)
                   .arg(opened.upgradeBackup)
            << Qt::endl;
    return std::move(opened.archive);
}

} // namespace kiroku::cli
