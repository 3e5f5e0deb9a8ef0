#include "record/PagePainter.h"

#include "record/PageDevice.h"
#include "record/SignatureObject.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>

namespace kiroku::record {
namespace {

// The document is laid out in 96-dpi pixels (what QTextDocument's lengths mean without a paint
// device) and the painter scales to the writer's resolution.
constexpr qreal layoutDpi = 96.0;

qreal mmToPx(qreal mm)
{
    return mm * layoutDpi / 25.4;
}

// A one-line text drawn in the page margin (running header, page number).
void drawMarginText(QPainter &p, const QFont &font, const QRectF &rect, Qt::Alignment align,
                    const QString &text)
{
    if (text.isEmpty())
        return;
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(rect, int(align | Qt::TextSingleLine), text);
}

// Blocks marked with KeepTogetherProperty (the signature block) move to a new page as one when the
// pagination would split them.
void keepTogether(QTextDocument &doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    QHash<int, QTextBlock> first;
    QHash<int, int> firstPage;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QVariant group = b.blockFormat().property(KeepTogetherProperty);
        if (!group.isValid())
            continue;
        const QRectF r = layout->blockBoundingRect(b);
        const int page = int(r.bottom() / pageHeight);
        if (!first.contains(group.toInt())) {
            first.insert(group.toInt(), b);
            firstPage.insert(group.toInt(), int(r.top() / pageHeight));
        } else if (page != firstPage.value(group.toInt())) {
            QTextCursor cursor(first.value(group.toInt()));
            QTextBlockFormat f;
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.mergeBlockFormat(f);
            firstPage.insert(group.toInt(), -1); // moved once; a block longer than a page still splits
        }
    }
}

QSizeF pagePx()
{
    return {mmToPx(210), mmToPx(297)};
}

QMarginsF marginsPx(const RecordFormat &format)
{
    return {mmToPx(format.marginsMm.left()), mmToPx(format.marginsMm.top()), mmToPx(format.marginsMm.right()),
            mmToPx(format.marginsMm.bottom())};
}

} // namespace

std::unique_ptr<QTextDocument> PagePainter::copyForLayout(const BuiltRecord &record)
{
    std::unique_ptr<QTextDocument> doc(record.document->clone());
    doc->setUndoRedoEnabled(false);
    doc->setDefaultFont(record.document->defaultFont());
    doc->setUseDesignMetrics(true);
    doc->setDocumentMargin(0);
    SignatureObject::registerOn(doc.get()); // a clone has no object handlers
    return doc;
}

int PagePainter::paginate(QTextDocument &doc, const RecordFormat &format)
{
    const QMarginsF m = marginsPx(format);
    const QSizeF body(pagePx().width() - m.left() - m.right(), pagePx().height() - m.top() - m.bottom());
    doc.setPageSize(body); // QTextDocumentLayout paginates: no line straddles two pages
    keepTogether(doc, body.height());
    return doc.pageCount();
}

int PagePainter::paint(QTextDocument &doc, const BuiltRecord &record, const RecordFormat &format,
                       QPagedPaintDevice &device, QPainter &target, qreal deviceDpi)
{
    const QMarginsF m = marginsPx(format);
    const QSizeF body = doc.pageSize();
    const int pages = doc.pageCount();
    const QSizeF pageSize = pagePx();
    const qreal scale = deviceDpi / layoutDpi;
    PageDevice filter(&target);
    QPainter painter(&filter);
    QFont marginFont = doc.defaultFont();
    marginFont.setPixelSize(int(std::max(7.0, format.fontSize - 1.5) * layoutDpi / 72.0));
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const QRectF bodyDevice(m.left() * scale, m.top() * scale, body.width() * scale, body.height() * scale);
    const QRectF pageDevice(QPointF(0, 0), pageSize * scale);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        // Borders of a table row that continues on the next page are cut at the page edge.
        target.resetTransform();
        target.setClipRect(bodyDevice);
        filter.setVisibleRect(bodyDevice);
        painter.save();
        painter.scale(scale, scale);
        painter.translate(m.left(), m.top() - page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        layout->draw(&painter, context);
        painter.restore();

        target.setClipping(false);
        filter.setVisibleRect(pageDevice);
        painter.save();
        painter.scale(scale, scale);
        const QRectF top(m.left(), 0, body.width(), m.top() * 0.6);
        drawMarginText(painter, marginFont, top, Qt::AlignRight | Qt::AlignBottom, record.runningHeader);
        const QRectF bottom(m.left(), pageSize.height() - m.bottom() * 0.7, body.width(), m.bottom() * 0.4);
        drawMarginText(painter, marginFont, bottom, Qt::AlignHCenter | Qt::AlignVCenter,
                       pageNumberText(format.pageNumbers, page + 1, pages));
        painter.restore();
    }
    painter.end();
    return pages;
}

int PagePainter::print(const BuiltRecord &record, const RecordFormat &format, QPagedPaintDevice &device)
{
    std::unique_ptr<QTextDocument> doc = copyForLayout(record);
    paginate(*doc, format);
    QPainter target;
    if (!target.begin(&device))
        return 0;
    const int pages = paint(*doc, record, format, device, target, device.logicalDpiY());
    target.end();
    return pages;
}

} // namespace kiroku::record
