#pragma once
// A built record -> ODT bytes through Qt's QTextDocumentWriter, on a copy adjusted for what that
// writer gets wrong (measured with LibreOffice 7.4 opening the files):
// - every paragraph of a table cell becomes a cell of its own, so a cell's second line spills into
//   the next column and LibreOffice drops it: a cell's paragraphs are joined with line breaks;
// - percentage column widths are written as "24%", which ODF does not allow and LibreOffice
//   ignores: they become fixed widths on the format's text width.
#include "record/RecordBuilder.h"
#include "record/RecordFormat.h"

#include <QByteArray>
#include <QString>

namespace kiroku::record {

class OdtWriter
{
public:
    // The ODT package; empty with `error` set when the writer fails.
    static QByteArray write(const BuiltRecord &record, const RecordFormat &format, QString *error);
};

} // namespace kiroku::record
