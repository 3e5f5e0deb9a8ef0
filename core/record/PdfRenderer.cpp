#include "record/PdfRenderer.h"

#include <QCoreApplication>

#include "io/SaveFile.h"
#include "record/PageDevice.h"
#include "record/TextLayer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace kiroku::record {
namespace {

// The document is laid out in 96-dpi pixels (what QTextDocument's lengths mean without a paint
// device) and the painter scales to the writer's resolution.
constexpr qreal layoutDpi = 96.0;
constexpr int pdfDpi = 1200;

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

} // namespace

PdfResult PdfRenderer::render(const BuiltRecord &record, const RecordFormat &format,
                              const PdfOptions &options)
{
    PdfResult result;
    // Fonts need the GUI application (offscreen is enough); without it Qt aborts.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        result.error = QCoreApplication::translate(
            "kiroku::record", "PDF output needs a QGuiApplication (QT_QPA_PLATFORM=offscreen is enough).");
        return result;
    }
    std::unique_ptr<QTextDocument> doc(record.document->clone());
    doc->setUndoRedoEnabled(false);
    doc->setDefaultFont(record.document->defaultFont());
    doc->setUseDesignMetrics(true);
    doc->setDocumentMargin(0);

    TextLayerPlan plan;
    if (QString error = plan.prepare(*doc, record.runningHeader); !error.isEmpty()) {
        result.error = error;
        return result;
    }

    const QSizeF pagePx(mmToPx(210), mmToPx(297));
    const QMarginsF m(mmToPx(format.marginsMm.left()), mmToPx(format.marginsMm.top()),
                      mmToPx(format.marginsMm.right()), mmToPx(format.marginsMm.bottom()));
    const QSizeF body(pagePx.width() - m.left() - m.right(), pagePx.height() - m.top() - m.bottom());
    doc->setPageSize(body); // QTextDocumentLayout paginates: no line straddles two pages
    keepTogether(*doc, body.height());
    const int pages = doc->pageCount();

    QBuffer buffer(&result.pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(pdfDpi);
        writer.setTitle(record.title);
        writer.setCreator(u"Kiroku "_s + QStringLiteral(KIROKU_VERSION));
        if (options.pdfA)
            writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);

        QPainter target;
        if (!target.begin(&writer)) {
            result.error = QCoreApplication::translate("kiroku::record", "The PDF writer could not start.");
            return result;
        }
        const qreal scale = pdfDpi / layoutDpi;
        PageDevice device(&target);
        QPainter painter(&device);
        QFont marginFont = doc->defaultFont();
        marginFont.setPixelSize(int(std::max(7.0, format.fontSize - 1.5) * layoutDpi / 72.0));
        QAbstractTextDocumentLayout *layout = doc->documentLayout();
        const QRectF bodyDevice(m.left() * scale, m.top() * scale, body.width() * scale,
                                body.height() * scale);
        const QRectF pageDevice(QPointF(0, 0), pagePx * scale);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            // Borders of a table row that continues on the next page are cut at the page edge.
            target.resetTransform();
            target.setClipRect(bodyDevice);
            device.setVisibleRect(bodyDevice);
            painter.save();
            painter.scale(scale, scale);
            painter.translate(m.left(), m.top() - page * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, page * body.height(), body.width(), body.height());
            context.palette.setColor(QPalette::Text, Qt::black);
            layout->draw(&painter, context);
            painter.restore();

            target.setClipping(false);
            device.setVisibleRect(pageDevice);
            painter.save();
            painter.scale(scale, scale);
            const QRectF top(m.left(), 0, body.width(), m.top() * 0.6);
            drawMarginText(painter, marginFont, top, Qt::AlignRight | Qt::AlignBottom, record.runningHeader);
            const QRectF bottom(m.left(), pagePx.height() - m.bottom() * 0.7, body.width(), m.bottom() * 0.4);
            drawMarginText(painter, marginFont, bottom, Qt::AlignHCenter | Qt::AlignVCenter,
                           pageNumberText(format.pageNumbers, page + 1, pages));
            painter.restore();
        }
        painter.end();
        target.end();
    }
    buffer.close();
    result.pageCount = pages;
    result.missing = plan.missing();
    if (QString error = plan.apply(result.pdf, record.author, record.subject); !error.isEmpty())
        result.error = error;
    return result;
}

QString PdfRenderer::write(const BuiltRecord &record, const RecordFormat &format, const QString &path,
                           const PdfOptions &options, int *pageCount, QString *missing)
{
    const PdfResult result = render(record, format, options);
    if (!result.error.isEmpty())
        return result.error;
    if (pageCount)
        *pageCount = result.pageCount;
    if (missing)
        *missing = result.missing;
    return writeFileAtomically(path, result.pdf);
}

} // namespace kiroku::record
