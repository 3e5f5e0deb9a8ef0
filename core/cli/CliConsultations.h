#pragma once
#include <QStringList>
#include <QTextStream>

namespace kiroku::cli {

// kiroku consultations --archive FILE [--council ID] [--today YYYY-MM-DD] [--check]: the register with
// each consultation's status and history; --check lists its problems instead (exit 1 when any).
int consultationsCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace kiroku::cli
