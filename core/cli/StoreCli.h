#pragma once
// The subcommands that need the archive and nothing drawn: search, sealing and backups, with --version
// and --help. They link without Qt Gui (kiroku_store), so the `kiroku` front runs them itself and
// hands every other command, and the window, to the full program.
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace kiroku::cli {

// True for a subcommand (or --version/--help) that runStoreCommand() runs.
bool isStoreCommand(const QString &name);

// Runs such a subcommand; returns the process exit code.
int runStoreCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// The usage of every subcommand, the full program's included.
QString usage();

} // namespace kiroku::cli
