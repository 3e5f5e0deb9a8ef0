#pragma once
// A built record -> an A4 PDF: own pagination (running header, page numbers per the format), fonts
// embedded, title/author/subject metadata, optional PDF/A-1b, the text layer corrected so that
// pdftotext gives back the record's characters exactly (see TextLayer.h).
#include "record/RecordBuilder.h"

#include <QByteArray>
#include <QString>

namespace kiroku::record {

struct PdfOptions
{
    bool pdfA = false; // PDF/A-1b for archiving
};

struct PdfResult
{
    QByteArray pdf;
    int pageCount = 0;
    QString error;   // empty on success
    QString missing; // characters the record's font cannot draw (see TextLayerPlan::missing)
};

class PdfRenderer
{
public:
    // Renders in memory. The record's document is not modified (a copy is laid out).
    static PdfResult render(const BuiltRecord &record, const RecordFormat &format,
                            const PdfOptions &options = {});
    // Renders and writes through a temporary file renamed into place. Empty on success, else a message.
    static QString write(const BuiltRecord &record, const RecordFormat &format, const QString &path,
                         const PdfOptions &options = {}, int *pageCount = nullptr,
                         QString *missing = nullptr);
};

} // namespace kiroku::record
