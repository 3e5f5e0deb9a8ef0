#include "cli/CliBackup.h"

#include "archive/Backup.h"
#include "cli/CliSupport.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
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

QString recoveryHint(const QString &archivePath)
{
    const QString good = Backup::lastGood(archivePath);
    if (good.isEmpty())
        return tr("No sound backup was found in %1.").arg(Backup::folderFor(archivePath));
    return tr("The last good backup is %1 (%2). Restore it with: kiroku restore --archive %3 %1")
        .arg(good, QFileInfo(good).lastModified().toString(Qt::ISODate), archivePath);
}

int backupCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption outputOption(u"o"_s, u"The backup file (new)."_s, u"FILE"_s);
    const QCommandLineOption rotateOption(u"rotate"_s, u"Keep N generations in the backup folder."_s, u"N"_s);
    parser.addOption(outputOption);
    parser.addOption(rotateOption);
    if (!parse(parser, arguments, err))
        return 2;
    int generations = 0;
    if (parser.isSet(rotateOption)) {
        bool ok = false;
        generations = parser.value(rotateOption).toInt(&ok);
        if (!ok || generations < 1 || parser.isSet(outputOption)) {
            err << tr("--rotate takes a number of generations (1 or more), without -o.") << Qt::endl;
            return 2;
        }
    }
    auto archive = openArchive(parser.value(archiveOption), Archive::OpenMode::MustExist, err);
    if (!archive)
        return 1;
    try {
        QList<Backup::Removed> removed;
        const QString written = generations > 0
                                    ? Backup::writeRotating(*archive, generations, &removed)
                                    : Backup::write(*archive, parser.value(outputOption), &removed);
        for (const Backup::Removed &file : std::as_const(removed))
            out << tr("Removed %1 (%2 bytes), left by an interrupted backup or restore.")
                       .arg(file.path)
                       .arg(file.bytes)
                << Qt::endl;
        out << tr("Backed up %1 to %2 (%3 bytes).")
                   .arg(archive->path(), written)
                   .arg(QFileInfo(written).size())
            << Qt::endl;
    } catch (const StoreError &error) {
        err << error.message() << Qt::endl;
        return 1;
    }
    return 0;
}

int restoreCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"backup"_s, u"The backup file."_s);
    if (!parse(parser, arguments, err))
        return 2;
    if (parser.positionalArguments().size() != 1) {
        err << tr("Give one backup file to restore.") << Qt::endl;
        return 2;
    }
    const QString archivePath = parser.value(archiveOption);
    try {
        // An earlier restore that was interrupted is dealt with first, and said so.
        const QString recovered = Backup::recoverInterruptedRestore(archivePath);
        if (!recovered.isEmpty())
            err << recovered << Qt::endl;
        const QStringList earlier = Backup::keptArchives(archivePath);
        const QString kept = Backup::restore(archivePath, parser.positionalArguments().first());
        out << tr("Restored %1 from %2.").arg(archivePath, parser.positionalArguments().first()) << Qt::endl;
        if (!kept.isEmpty())
            out << tr("The replaced archive was kept as %1.").arg(kept) << Qt::endl;
        if (!earlier.isEmpty())
            out << tr("Archives replaced by earlier restores are kept too: %1").arg(earlier.join(u", "_s))
                << Qt::endl;
    } catch (const StoreError &error) {
        err << error.message() << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace kiroku::cli
