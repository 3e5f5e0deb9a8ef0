#pragma once
// The `kiroku` command line (brief §8). Everything here runs without a window, so scripts, tests and
// benchmarks reach the same features as the clerk. This is the full program's; the subcommands of
// StoreCli.h also run in the lean front without it.
#include <QStringList>
#include <QTextStream>

namespace kiroku::cli {

// True when the arguments name a subcommand (or --version/--help), i.e. no window is wanted.
bool wantsCommandLine(const QStringList &arguments);

// True for subcommands that lay out text and so need a QGuiApplication (fonts).
bool needsGui(const QStringList &arguments);

// Runs a subcommand; returns the process exit code. Messages go to `out` and `err` in the UI language.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace kiroku::cli
