#pragma once
// Lays a built record out on A4 pages and paints them onto any paged device: the PDF writer, a
// printer, the print preview. One pagination for all three, so what the clerk previews is what the
// PDF holds (running header, page numbers per the format, the signature block kept on one page).
#include "record/RecordBuilder.h"
#include "record/RecordFormat.h"

#include <QPagedPaintDevice>
#include <QTextDocument>
#include <memory>

class QPainter;

namespace kiroku::record {

class PagePainter
{
public:
    // A copy of the record's document for layout; the record itself is not modified.
    static std::unique_ptr<QTextDocument> copyForLayout(const BuiltRecord &record);
    // Sets the page size from the format's margins and paginates; returns the page count.
    static int paginate(QTextDocument &doc, const RecordFormat &format);
    // Paints every page of a paginated `doc` through `target`, which is active on `device` with its
    // origin at the paper's corner (no printer margins). Returns the number of pages painted.
    static int paint(QTextDocument &doc, const BuiltRecord &record, const RecordFormat &format,
                     QPagedPaintDevice &device, QPainter &target, qreal deviceDpi);
    // copyForLayout + paginate + paint, for printers and the preview.
    static int print(const BuiltRecord &record, const RecordFormat &format, QPagedPaintDevice &device);
};

} // namespace kiroku::record
