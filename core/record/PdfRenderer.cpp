#include "record/PdfRenderer.h"

#include <QCoreApplication>

#include "io/SaveFile.h"
#include "record/PagePainter.h"
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

constexpr int pdfDpi = 1200;

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
    std::unique_ptr<QTextDocument> doc = PagePainter::copyForLayout(record);
    TextLayerPlan plan;
    if (QString error = plan.prepare(*doc, record.runningHeader); !error.isEmpty()) {
        result.error = error;
        return result;
    }
    const int pages = PagePainter::paginate(*doc, format);

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
        PagePainter::paint(*doc, record, format, writer, target, pdfDpi);
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
