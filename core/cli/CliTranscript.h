#pragma once
#include <QStringList>
#include <QTextStream>

namespace kiroku::cli {

// kiroku import-transcript --archive FILE --meeting ID [--agenda-item ID] [--dry-run] TEXT
int importTranscriptCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace kiroku::cli
