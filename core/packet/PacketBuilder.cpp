#include "packet/PacketBuilder.h"

#include "packet/Watermark.h"

#include <QCoreApplication>
#include <QRegularExpression>

#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace kiroku::packet {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kiroku::packet", text);
}

QPDFObjectHandle text(const QString &s)
{
    return QPDFObjectHandle::newUnicodeString(s.toStdString());
}

// The page's top left corner, the zoom left as it is (0).
QPDFObjectHandle topOfPage(QPDFObjectHandle page)
{
    const QPDFObjectHandle::Rectangle box = QPDFPageObjectHelper(page).getMediaBox().getArrayAsRectangle();
    QPDFObjectHandle dest = QPDFObjectHandle::newArray();
    dest.appendItem(page);
    dest.appendItem(QPDFObjectHandle::newName("/XYZ"));
    dest.appendItem(QPDFObjectHandle::newReal(box.llx, 2));
    dest.appendItem(QPDFObjectHandle::newReal(box.ury, 2));
    dest.appendItem(QPDFObjectHandle::newInteger(0));
    return dest;
}

struct OutlineNode
{
    QString title;
    QPDFObjectHandle page;
    std::vector<OutlineNode> children;
};

// Links `nodes` under `parent` (the /Outlines dictionary or an item); returns the number of visible
// descendants, which is the parent's /Count (every item is open).
int linkOutline(QPDF &pdf, QPDFObjectHandle parent, const std::vector<OutlineNode> &nodes)
{
    std::vector<QPDFObjectHandle> items;
    for (size_t i = 0; i < nodes.size(); ++i)
        items.push_back(pdf.makeIndirectObject(QPDFObjectHandle::newDictionary()));
    int visible = 0;
    for (size_t i = 0; i < nodes.size(); ++i) {
        QPDFObjectHandle item = items[i];
        item.replaceKey("/Title", text(nodes[i].title));
        item.replaceKey("/Parent", parent);
        item.replaceKey("/Dest", topOfPage(nodes[i].page));
        if (i > 0)
            item.replaceKey("/Prev", items[i - 1]);
        if (i + 1 < nodes.size())
            item.replaceKey("/Next", items[i + 1]);
        ++visible;
        if (!nodes[i].children.empty()) {
            const int below = linkOutline(pdf, item, nodes[i].children);
            item.replaceKey("/Count", QPDFObjectHandle::newInteger(below));
            visible += below;
        }
    }
    if (!items.empty()) {
        parent.replaceKey("/First", items.front());
        parent.replaceKey("/Last", items.back());
    }
    return visible;
}

struct LabelRange
{
    int firstPage = 0;
    int pages = 0;
    QString prefix;
    bool numbered = true; // "資料3-1 p.46"; a one-page 表紙 reads just 表紙
};

// /PageLabels as a flat number tree: "表紙", "資料一覧", "資料3-1 p.1" …
QPDFObjectHandle pageLabels(const std::vector<LabelRange> &ranges)
{
    QPDFObjectHandle nums = QPDFObjectHandle::newArray();
    for (const LabelRange &r : ranges) {
        QPDFObjectHandle label = QPDFObjectHandle::newDictionary();
        label.replaceKey("/P", text(r.numbered ? r.prefix + u" p."_s : r.prefix));
        if (r.numbered) {
            label.replaceKey("/S", QPDFObjectHandle::newName("/D"));
            label.replaceKey("/St", QPDFObjectHandle::newInteger(1));
        }
        nums.appendItem(QPDFObjectHandle::newInteger(r.firstPage));
        nums.appendItem(label);
    }
    QPDFObjectHandle tree = QPDFObjectHandle::newDictionary();
    tree.replaceKey("/Nums", nums);
    return tree;
}

void addLink(QPDF &pdf, QPDFPageObjectHelper page, const QRectF &fromTopLeft, const QPDFObjectHandle &target)
{
    const QPDFObjectHandle::Rectangle box = page.getMediaBox().getArrayAsRectangle();
    QPDFObjectHandle annot = QPDFObjectHandle::newDictionary();
    annot.replaceKey("/Type", QPDFObjectHandle::newName("/Annot"));
    annot.replaceKey("/Subtype", QPDFObjectHandle::newName("/Link"));
    annot.replaceKey("/Rect", QPDFObjectHandle::newFromRectangle(QPDFObjectHandle::Rectangle(
                                  box.llx + fromTopLeft.left(), box.ury - fromTopLeft.bottom(),
                                  box.llx + fromTopLeft.right(), box.ury - fromTopLeft.top())));
    QPDFObjectHandle border = QPDFObjectHandle::newArray();
    for (int i = 0; i < 3; ++i)
        border.appendItem(QPDFObjectHandle::newInteger(0));
    annot.replaceKey("/Border", border);
    annot.replaceKey("/Dest", topOfPage(target));
    annot.replaceKey("/P", page.getObjectHandle());
    QPDFObjectHandle annots = page.getObjectHandle().getKey("/Annots");
    if (!annots.isArray()) {
        annots = QPDFObjectHandle::newArray();
        page.getObjectHandle().replaceKey("/Annots", annots);
    }
    annots.appendItem(pdf.makeIndirectObject(annot));
}

QPDFObjectHandle info(QPDF &pdf, const PacketSpec &spec)
{
    QPDFObjectHandle dict = QPDFObjectHandle::newDictionary();
    if (!spec.title.isEmpty())
        dict.replaceKey("/Title", text(spec.title));
    if (!spec.author.isEmpty())
        dict.replaceKey("/Author", text(spec.author));
    if (!spec.subject.isEmpty())
        dict.replaceKey("/Subject", text(spec.subject));
    dict.replaceKey("/Creator", text(u"Kiroku "_s + QStringLiteral(KIROKU_VERSION)));
    return pdf.makeIndirectObject(dict);
}

} // namespace

QString parentLabel(const QString &label)
{
    static const QRegularExpression sub(u"^(.+?)[-－‐ー](\\d+|[０-９]+)$"_s);
    const QRegularExpressionMatch m = sub.match(label);
    return m.hasMatch() ? m.captured(1) : QString();
}

PacketResult buildPacket(const PacketSpec &spec)
{
    PacketResult result;
    FrontPages front;
    if (spec.withFront) {
        front = renderFrontPages(spec.front);
        result.missing = front.missing;
        if (!front.error.isEmpty()) {
            result.error = front.error;
            return result;
        }
    }
    QByteArray watermarkPdf;
    if (!spec.watermark.isEmpty()) {
        watermarkPdf = renderWatermarkPage(spec.watermark, &result.error);
        if (watermarkPdf.isEmpty())
            return result;
    }
    // Every source stays open until the packet is written: qpdf copies foreign streams lazily.
    std::vector<std::unique_ptr<QPDF>> sources;
    auto open = [&](const QByteArray &data, const QString &fileName) -> QPDF * {
        auto pdf = std::make_unique<QPDF>();
        pdf->setSuppressWarnings(true);
        try {
            pdf->processMemoryFile(fileName.toStdString().c_str(), data.constData(), size_t(data.size()));
        } catch (const QPDFExc &e) {
            result.error = e.getErrorCode() == qpdf_e_password
                               ? tr("%1 is encrypted (password-protected or restricted).").arg(fileName)
                               : tr("%1 is damaged and cannot be read (%2).")
                                     .arg(fileName, QString::fromStdString(e.getMessageDetail()));
            return nullptr;
        }
        if (pdf->isEncrypted()) {
            result.error = tr("%1 is encrypted (password-protected or restricted).").arg(fileName);
            return nullptr;
        }
        sources.push_back(std::move(pdf));
        return sources.back().get();
    };

    try {
        QPDF out;
        out.emptyPDF();
        out.setSuppressWarnings(true);
        QPDFPageDocumentHelper pages(out);
        std::vector<LabelRange> labels;
        int pageCount = 0;
        auto append = [&](QPDF &source, const QString &label, const QString &fileName) -> int {
            const std::vector<QPDFPageObjectHelper> sourcePages =
                QPDFPageDocumentHelper(source).getAllPages();
            if (sourcePages.empty())
                throw std::runtime_error(tr("%1 has no pages.").arg(fileName).toStdString());
            for (const QPDFPageObjectHelper &page : sourcePages)
                pages.addPage(page, false);
            labels.push_back({pageCount, int(sourcePages.size()), label, true});
            pageCount += int(sourcePages.size());
            return int(sourcePages.size());
        };

        if (spec.withFront) {
            QPDF *source = open(front.pdf, u"index"_s);
            if (!source)
                return result;
            const int frontPages = int(QPDFPageDocumentHelper(*source).getAllPages().size());
            const int cover = std::clamp(front.indexPage, 1, frontPages);
            for (const QPDFPageObjectHelper &page : QPDFPageDocumentHelper(*source).getAllPages())
                pages.addPage(page, false);
            labels.push_back({0, cover, u"表紙"_s, cover > 1});
            if (frontPages > cover)
                labels.push_back({cover, frontPages - cover, u"資料一覧"_s, frontPages - cover > 1});
            pageCount = frontPages;
        }
        std::vector<int> partStart;
        for (const PacketPart &part : spec.parts) {
            QPDF *source = open(part.pdf, part.fileName);
            if (!source)
                return result;
            partStart.push_back(pageCount);
            try {
                append(*source, part.label, part.fileName);
            } catch (const QPDFExc &e) {
                result.error = tr("%1 is damaged and cannot be read (%2).")
                                   .arg(part.fileName, QString::fromStdString(e.getMessageDetail()));
                return result;
            }
        }
        const std::vector<QPDFPageObjectHelper> all = pages.getAllPages();

        // Bookmarks: 表紙, 資料一覧, then each material; 資料10-1 and 10-2 under 資料10.
        std::vector<OutlineNode> top;
        if (spec.withFront) {
            top.push_back({u"表紙"_s, all.at(0).getObjectHandle(), {}});
            const int index = std::clamp(front.indexPage, 0, int(all.size()) - 1);
            top.push_back({u"資料一覧"_s, all.at(size_t(index)).getObjectHandle(), {}});
        }
        QHash<QString, size_t> topByLabel;
        for (int i = 0; i < spec.parts.size(); ++i) {
            const PacketPart &part = spec.parts.at(i);
            const QPDFObjectHandle first = all.at(size_t(partStart[size_t(i)])).getObjectHandle();
            OutlineNode node{
                part.title.isEmpty() ? part.label : part.label + u"　"_s + part.title, first, {}};
            const QString parent = parentLabel(part.label);
            if (parent.isEmpty() || !topByLabel.contains(parent)) {
                if (!parent.isEmpty()) {
                    top.push_back({parent, first, {}});
                    topByLabel.insert(parent, top.size() - 1);
                    top.back().children.push_back(std::move(node));
                    continue;
                }
                top.push_back(std::move(node));
                topByLabel.insert(part.label, top.size() - 1);
            } else {
                top[topByLabel.value(parent)].children.push_back(std::move(node));
            }
        }
        QPDFObjectHandle root = out.getRoot();
        if (!top.empty()) {
            QPDFObjectHandle outlines = out.makeIndirectObject(QPDFObjectHandle::newDictionary());
            outlines.replaceKey("/Type", QPDFObjectHandle::newName("/Outlines"));
            outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(linkOutline(out, outlines, top)));
            root.replaceKey("/Outlines", outlines);
            root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
        }
        root.replaceKey("/PageLabels", pageLabels(labels));
        QPDFObjectHandle preferences = QPDFObjectHandle::newDictionary();
        preferences.replaceKey("/DisplayDocTitle", QPDFObjectHandle::newBool(true));
        root.replaceKey("/ViewerPreferences", preferences);

        // The index entries lead to the materials' first pages.
        if (spec.withFront) {
            for (const IndexLink &link : std::as_const(front.links)) {
                for (int i = 0; i < spec.parts.size(); ++i) {
                    if (spec.parts.at(i).entry != link.entry || link.page >= int(all.size()))
                        continue;
                    addLink(out, all.at(size_t(link.page)), link.rect,
                            all.at(size_t(partStart[size_t(i)])).getObjectHandle());
                }
            }
        }
        if (!watermarkPdf.isEmpty()) {
            QPDF *mark = open(watermarkPdf, u"watermark"_s);
            if (!mark)
                return result;
            stampEveryPage(out, *mark);
        }
        out.getTrailer().replaceKey("/Info", info(out, spec));

        QPDFWriter writer(out);
        writer.setOutputMemory();
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        result.pdf =
            QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
        result.pageCount = pageCount;
    } catch (const std::exception &e) {
        result.error = tr("The packet could not be assembled: %1").arg(QString::fromStdString(e.what()));
        result.pdf.clear();
    }
    return result;
}

} // namespace kiroku::packet
