#pragma once
#include <QStringList>
#include <QTextStream>

namespace kiroku::cli {

// kiroku print --archive FILE --meeting ID [--format NAME] [--public [--show-masked] [--mask TERM]…]
//              [--pdfa] -o OUT.pdf|.odt|.html
// Needs a QGuiApplication (fonts): main() creates one for this subcommand.
int printCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// kiroku check --archive FILE --meeting ID: what the record lacks before it is finalised, and the
// publication deadline. Exit code 0 when ready, 1 when something is missing or inconsistent.
int checkCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace kiroku::cli
