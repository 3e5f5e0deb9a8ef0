#pragma once
#include <QStringList>
#include <QTextStream>

namespace kiroku::cli {

// kiroku packet --archive FILE --meeting ID [--public] [--watermark MEMBER_ID | --member MEMBER_ID |
//               --watermark-all] (-o OUT.pdf | --folder DIR)
// Needs a QGuiApplication (fonts for the cover, index and watermark): main() creates one.
int packetCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace kiroku::cli
