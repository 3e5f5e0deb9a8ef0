#pragma once
#include <QStringList>
#include <QTextStream>

namespace kiroku::cli {

// kiroku seal --archive FILE (--meeting ID | --all-signed): freezes signed records (docs/sealing.md).
int sealCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
// kiroku verify --archive FILE: recomputes every seal; exit 1 and one line per mismatch when any.
int verifyCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
// kiroku correct --archive FILE --meeting ID --reason TEXT: a correction (正誤) of a sealed record.
int correctCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
// kiroku versions --archive FILE --meeting ID [--show N]: the record's versions and seals; --show
// prints a kept version's canonical record.
int versionsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace kiroku::cli
