#pragma once
#include <QStringList>
#include <QTextStream>

namespace kiroku::cli {

// kiroku letter --archive FILE --kind request|response --consultation ID [--format NAME] [--date D] -o
// OUT.pdf kiroku letter --archive FILE --kind agenda|notice --meeting ID [--format NAME] [--date D] -o
// OUT.pdf
int letterCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace kiroku::cli
