#include "packet/Watermark.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cmath>
#include <map>
#include <string>

using namespace Qt::StringLiterals;

namespace kiroku::packet {

namespace {

// One A4 page drawn by `draw` (in points, origin top left).
template <typename Draw> QByteArray onePage(QString *error, Draw draw)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error =
                QCoreApplication::translate("kiroku::packet", "Watermarks need a QGuiApplication (fonts).");
        return {};
    }
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72); // one device unit per point
        writer.setCreator(u"Kiroku "_s + QStringLiteral(KIROKU_VERSION));
        QPainter p;
        if (!p.begin(&writer)) {
            if (error)
                *error = QCoreApplication::translate("kiroku::packet", "The PDF writer could not start.");
            return {};
        }
        draw(p, QSizeF(595.0, 842.0));
        p.end();
    }
    return pdf;
}

} // namespace

void drawLabelStamp(QPainter &p, const QSizeF &page, const QString &label)
{
    QFont font(u"IPAMincho"_s);
    font.setStyleHint(QFont::Serif);
    font.setPixelSize(11);
    p.setFont(font);
    p.setPen(Qt::black);
    const qreal width = std::max(70.0, QFontMetricsF(font).horizontalAdvance(label) + 20);
    const QRectF stamp(page.width() - 30 - width, 28, width, 22);
    p.drawRect(stamp);
    p.drawText(stamp, Qt::AlignCenter, label);
}

QByteArray renderLabelStampPage(const QString &label, QString *error)
{
    return onePage(error, [&](QPainter &p, const QSizeF &page) { drawLabelStamp(p, page, label); });
}

QByteArray stampPdf(const QByteArray &pdf, const QByteArray &stampPage, QString *error)
{
    try {
        QPDF target, stamp;
        target.setSuppressWarnings(true);
        stamp.setSuppressWarnings(true);
        target.processMemoryFile("material", pdf.constData(), size_t(pdf.size()));
        stamp.processMemoryFile("stamp", stampPage.constData(), size_t(stampPage.size()));
        stampEveryPage(target, stamp);
        QPDFWriter writer(target);
        writer.setOutputMemory();
        writer.write();
        const auto buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return {};
    }
}

QByteArray renderWatermarkPage(const QString &text, QString *error)
{
    return onePage(error, [&](QPainter &p, const QSizeF &page) {
        QFont font(u"IPAGothic"_s);
        font.setStyleHint(QFont::SansSerif);
        font.setPixelSize(60);
        const qreal width = QFontMetricsF(font).horizontalAdvance(text);
        const qreal diagonal = std::hypot(page.width(), page.height()) * 0.8;
        if (width > diagonal)
            font.setPixelSize(std::max(12, int(60 * diagonal / width)));
        p.setFont(font);
        p.setPen(QColor(120, 120, 120));
        p.setOpacity(0.22);
        p.save();
        p.translate(page.width() / 2, page.height() / 2);
        p.rotate(-std::atan2(page.height(), page.width()) * 180.0 / M_PI);
        p.drawText(QRectF(-diagonal / 2, -60, diagonal, 120), Qt::AlignCenter, text);
        p.restore();
        QFont small = font;
        small.setPixelSize(9);
        p.setFont(small);
        p.setOpacity(0.6);
        p.drawText(QRectF(20, page.height() - 18, page.width() - 40, 12), Qt::AlignRight | Qt::AlignVCenter,
                   text);
    });
}

void stampEveryPage(QPDF &target, QPDF &watermark, int pageIndex)
{
    QPDFPageObjectHelper source = QPDFPageDocumentHelper(watermark).getAllPages().at(size_t(pageIndex));
    QPDFObjectHandle form = target.copyForeignObject(source.getFormXObjectForPage());
    std::map<QPDFObjGen, std::string> shared;
    for (QPDFPageObjectHelper &page : QPDFPageDocumentHelper(target).getAllPages()) {
        QPDFObjectHandle resources = page.getAttribute("/Resources", true);
        if (!resources.isDictionary()) {
            resources = QPDFObjectHandle::newDictionary();
            page.getObjectHandle().replaceKey("/Resources", resources);
        }
        QPDFObjectHandle xobjects = resources.getKey("/XObject");
        if (!xobjects.isDictionary()) {
            xobjects = QPDFObjectHandle::newDictionary();
            resources.replaceKey("/XObject", xobjects);
        }
        // A name the page does not use yet (a material stamped with its label may be watermarked
        // later); pages sharing one resource dictionary share the name.
        std::string name;
        if (const auto known = shared.find(xobjects.getObjGen());
            xobjects.isIndirect() && known != shared.end()) {
            name = known->second;
        } else {
            name = "/KirokuStamp";
            for (int n = 2; xobjects.hasKey(name); ++n)
                name = "/KirokuStamp" + std::to_string(n);
            xobjects.replaceKey(name, form);
            if (xobjects.isIndirect())
                shared.emplace(xobjects.getObjGen(), name);
        }
        const std::string place =
            page.placeFormXObject(form, name, page.getTrimBox().getArrayAsRectangle(), true, true, true);
        page.addPageContents(QPDFObjectHandle::newStream(&target, "q\n"), true);
        page.addPageContents(QPDFObjectHandle::newStream(&target, "\nQ\nq\n" + place + "\nQ\n"), false);
    }
}

} // namespace kiroku::packet
