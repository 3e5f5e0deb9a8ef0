#pragma once
#include <QStringList>
#include <QTextStream>

namespace kiroku::cli {

// Each takes the arguments after the subcommand name and returns the exit code.
int demoCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int listCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int exportCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
int importCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace kiroku::cli
