#pragma once
#include <QStringList>
#include <QTextStream>

namespace kiroku::cli {

// kiroku search --archive FILE [--council ID] [--year 年度] [--speaker S] [--kind K] [--limit N] QUERY
int searchCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace kiroku::cli
