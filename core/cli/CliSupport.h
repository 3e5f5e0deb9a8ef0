#pragma once
// What every subcommand shares: the --archive option, parsing with a usage message, opening.
#include "store/Archive.h"
#include "store/StoreError.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace kiroku::cli {

extern const QCommandLineOption archiveOption;

// Parses `arguments` (starting with the subcommand name); on a usage error prints it and returns false.
bool parse(QCommandLineParser &parser, const QStringList &arguments, QTextStream &err,
           bool needsArchive = true);

// Opens the archive, saying on `err` why it could not or that it was upgraded.
// Read-only commands pass IntegrityCheck::UnlessRecent (docs/backup.md).
std::unique_ptr<Archive> openArchive(const QString &path, Archive::OpenMode mode, QTextStream &err,
                                     Archive::IntegrityCheck check = Archive::IntegrityCheck::Always);

// Prints why the store failed and returns 1. A damaged archive is followed by the last good backup
// and the line that restores it (the archive last opened by openArchive()).
int storeFailure(const StoreError &error, QTextStream &err);

} // namespace kiroku::cli
