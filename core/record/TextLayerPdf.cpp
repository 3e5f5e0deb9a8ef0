// The second half of the text-layer correction: rewriting ToUnicode CMaps with qpdf.
#include "record/TextLayer.h"

#include <QRegularExpression>
#include <QSet>

// qpdf 11: use std::shared_ptr throughout, not the deprecated PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

#include <exception>
#include <map>

using namespace Qt::StringLiterals;

namespace kiroku::record {
namespace {

QString hexToString(QStringView hex)
{
    QString s;
    for (qsizetype i = 0; i + 3 < hex.size(); i += 4)
        s += QChar(char16_t(hex.mid(i, 4).toUInt(nullptr, 16)));
    return s;
}

QString stringToHex(const QString &s)
{
    QString hex;
    for (const QChar c : s)
        hex += u"%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0')).toUpper();
    return hex;
}

// CID -> text of a ToUnicode CMap (bfchar and both bfrange forms).
std::map<uint, QString> parseCMap(const QString &cmap)
{
    std::map<uint, QString> out;
    static const QRegularExpression section(u"beginbf(char|range)(.*?)endbf\\1"_s,
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression token(u"<([0-9A-Fa-f]*)>|\\[|\\]"_s);
    for (auto s = section.globalMatch(cmap); s.hasNext();) {
        const auto m = s.next();
        const bool range = m.captured(1) == u"range";
        QStringList tokens;
        for (auto t = token.globalMatch(m.captured(2)); t.hasNext();) {
            const auto tm = t.next();
            tokens << (tm.captured(0).startsWith(u'<') ? tm.captured(1) : tm.captured(0));
        }
        for (qsizetype i = 0; i < tokens.size();) {
            if (!range) {
                if (i + 1 < tokens.size())
                    out[tokens.at(i).toUInt(nullptr, 16)] = hexToString(tokens.at(i + 1));
                i += 2;
                continue;
            }
            if (i + 2 >= tokens.size())
                break;
            const uint lo = tokens.at(i).toUInt(nullptr, 16), hi = tokens.at(i + 1).toUInt(nullptr, 16);
            if (tokens.at(i + 2) == u"[") {
                qsizetype k = i + 3;
                for (uint cid = lo; k < tokens.size() && tokens.at(k) != u"]"; ++k, ++cid)
                    out[cid] = hexToString(tokens.at(k));
                i = k + 1;
            } else {
                QString dst = hexToString(tokens.at(i + 2));
                for (uint cid = lo; cid <= hi && cid - lo < 0x10000; ++cid) {
                    out[cid] = dst;
                    dst.back() = QChar(char16_t(dst.back().unicode() + 1));
                }
                i += 3;
            }
        }
    }
    return out;
}

QByteArray writeCMap(const std::map<uint, QString> &map)
{
    QString s = u"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"_s;
    auto it = map.begin();
    while (it != map.end()) {
        QString block;
        int n = 0;
        for (; it != map.end() && n < 100; ++it, ++n)
            block += u"<%1> <%2>\n"_s.arg(it->first, 4, 16, QChar(u'0')).arg(stringToHex(it->second));
        s += QString::number(n) + u" beginbfchar\n"_s + block + u"endbfchar\n"_s;
    }
    s += u"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"_s;
    return s.toLatin1();
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QString xmlEscaped(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString TextLayerPlan::apply(QByteArray &pdf, const QString &author, const QString &subject) const
{
    try {
        QPDF q;
        q.setSuppressWarnings(true);
        q.processMemoryFile("record.pdf", pdf.constData(), size_t(pdf.size()));
        static const QRegularExpression altName(u"KirokuAlt(\\d+)"_s);
        for (QPDFObjectHandle font : q.getAllObjects()) {
            if (!font.isDictionary() || !font.getKey("/Type").isNameAndEquals("/Font") ||
                !font.getKey("/ToUnicode").isStream())
                continue;
            const QString baseFont = QString::fromStdString(
                font.getKey("/BaseFont").isName() ? font.getKey("/BaseFont").getName() : std::string());
            int slot = -1;
            const auto alt = altName.match(baseFont);
            if (alt.hasMatch())
                slot = alt.captured(1).toInt();
            else if (baseFont.contains(m_familyKey) || baseFont.contains(m_postscript))
                slot = 0;
            if (slot < 0 || slot >= m_slots.size())
                continue;
            if (!m_glyphOf.isEmpty()) {
                QPDFObjectHandle stream = font.getKey("/ToUnicode");
                const auto data = stream.getStreamData(qpdf_dl_generalized);
                std::map<uint, QString> cmap = parseCMap(QString::fromLatin1(
                    reinterpret_cast<const char *>(data->getBuffer()), qsizetype(data->getSize())));
                bool changed = false;
                for (auto &[cid, text] : cmap) {
                    const QList<uint> ucs = text.toUcs4();
                    if (ucs.size() != 1 || !m_glyphOf.contains(ucs.first()))
                        continue;
                    const quint32 glyph = m_glyphOf.value(ucs.first());
                    if (!m_slots[slot].contains(glyph))
                        continue;
                    const char32_t wanted = m_slots[slot].value(glyph);
                    text = QString::fromUcs4(&wanted, 1);
                    changed = true;
                }
                if (changed) {
                    const QByteArray bytes = writeCMap(cmap);
                    stream.replaceStreamData(bytes.toStdString(), QPDFObjectHandle::newNull(),
                                             QPDFObjectHandle::newNull());
                }
            }
            if (slot > 0) {
                // The copies carry the real font's name again (keeping their own subset tag).
                const qsizetype plus = baseFont.indexOf(u'+');
                const QString name = (plus >= 0 ? baseFont.left(plus + 1) : u"/"_s) + m_postscript;
                font.replaceKey("/BaseFont", QPDFObjectHandle::newName(utf8(name)));
                QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
                for (int i = 0; descendants.isArray() && i < descendants.getArrayNItems(); ++i) {
                    QPDFObjectHandle cid = descendants.getArrayItem(i);
                    cid.replaceKey("/BaseFont", QPDFObjectHandle::newName(utf8(name)));
                    QPDFObjectHandle descriptor = cid.getKey("/FontDescriptor");
                    if (descriptor.isDictionary())
                        descriptor.replaceKey("/FontName", QPDFObjectHandle::newName(utf8(name)));
                }
            }
        }
        QPDFObjectHandle trailer = q.getTrailer();
        QPDFObjectHandle info = trailer.getKey("/Info");
        if (!info.isDictionary()) {
            info = q.makeIndirectObject(QPDFObjectHandle::newDictionary());
            trailer.replaceKey("/Info", info);
        }
        info.replaceKey("/Author", QPDFObjectHandle::newUnicodeString(utf8(author)));
        info.replaceKey("/Subject", QPDFObjectHandle::newUnicodeString(utf8(subject)));
        // PDF/A wants the XMP packet to agree with the Info dictionary.
        QPDFObjectHandle metadata = q.getRoot().getKey("/Metadata");
        if (metadata.isStream()) {
            const auto data = metadata.getStreamData(qpdf_dl_generalized);
            QString xmp = QString::fromUtf8(reinterpret_cast<const char *>(data->getBuffer()),
                                            qsizetype(data->getSize()));
            const qsizetype close = xmp.indexOf(u"</rdf:RDF>"_s);
            if (close >= 0 && !xmp.contains(u"<dc:creator>"_s)) {
                xmp.insert(close,
                           u"<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                           "<dc:creator><rdf:Seq><rdf:li>%1</rdf:li></rdf:Seq></dc:creator>"
                           "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li>"
                           "</rdf:Alt></dc:description></rdf:Description>\n"_s.arg(xmlEscaped(author),
                                                                                   xmlEscaped(subject)));
                metadata.replaceStreamData(xmp.toUtf8().toStdString(), QPDFObjectHandle::newNull(),
                                           QPDFObjectHandle::newNull());
            }
        }
        QPDFWriter writer(q);
        writer.setOutputMemory();
        writer.write();
        const auto buffer = writer.getBufferSharedPointer();
        pdf = QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
        return {};
    } catch (const std::exception &e) {
        return u"correcting the PDF text layer failed: "_s + QString::fromStdString(e.what());
    }
}

} // namespace kiroku::record
