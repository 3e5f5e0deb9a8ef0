#pragma once
#include <QStringList>
#include <QTextStream>

namespace kiroku::cli {

// kiroku dashboard --archive FILE [--today YYYY-MM-DD]: what needs attention, as the window shows it.
int dashboardCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace kiroku::cli
