#pragma once
// The per-member watermark: the member's name across every page, to deter leaks. Qt draws it once
// on a one-page PDF (font embedded, real text); qpdf then places that page over every packet page.
#include <QByteArray>
#include <QString>

class QPDF;
class QPainter;
class QSizeF;

namespace kiroku::packet {

// A one-page A4 PDF holding `text` diagonally in light grey and once more along the bottom edge.
// Needs a QGuiApplication. Empty with `error` set when Qt cannot draw it.
QByteArray renderWatermarkPage(const QString &text, QString *error = nullptr);

// Draws `label` in a box in the top right corner of a page of `page` points.
void drawLabelStamp(QPainter &painter, const QSizeF &page, const QString &label);

// A one-page A4 PDF with `label` in a box in the top right corner, as clerks stamp 資料2 on handouts.
QByteArray renderLabelStampPage(const QString &label, QString *error = nullptr);

// `pdf` with the first page of `stampPage` placed over every page; empty with `error` set on failure.
QByteArray stampPdf(const QByteArray &pdf, const QByteArray &stampPage, QString *error = nullptr);

// Places page `pageIndex` of `watermark` (a QPDF the caller keeps alive until `target` is written) over
// every page of `target`, scaled to each page's size.
void stampEveryPage(QPDF &target, QPDF &watermark, int pageIndex = 0);

} // namespace kiroku::packet
