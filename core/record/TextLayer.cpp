#include "record/TextLayer.h"

#include <QFontDatabase>
#include <QMap>
#include <QMutex>
#include <QRawFont>
#include <QSet>
#include <QTextCursor>
#include <QTextDocument>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace kiroku::record {
namespace {

using Tables = QMap<QByteArray, QByteArray>; // tag -> table data

quint32 checksum(const QByteArray &data)
{
    quint32 sum = 0;
    QByteArray padded = data;
    padded.append((4 - padded.size() % 4) % 4, '\0');
    for (qsizetype i = 0; i < padded.size(); i += 4)
        sum += qFromBigEndian<quint32>(padded.constData() + i);
    return sum;
}

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

Tables parseSfnt(const QByteArray &sfnt)
{
    Tables tables;
    if (sfnt.size() < 12)
        return tables;
    const quint16 count = qFromBigEndian<quint16>(sfnt.constData() + 4);
    for (int i = 0; i < count && 12 + 16 * (i + 1) <= sfnt.size(); ++i) {
        const char *rec = sfnt.constData() + 12 + 16 * i;
        const quint32 offset = qFromBigEndian<quint32>(rec + 8);
        const quint32 length = qFromBigEndian<quint32>(rec + 12);
        if (qint64(offset) + length <= sfnt.size())
            tables.insert(QByteArray(rec, 4), sfnt.mid(offset, length));
    }
    return tables;
}

QByteArray assembleSfnt(const Tables &tables)
{
    QByteArray out;
    const quint16 count = quint16(tables.size());
    quint16 power = 1, log2 = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log2;
    }
    put32(out, tables.contains("CFF ") ? 0x4F54544F : 0x00010000);
    put16(out, count);
    put16(out, quint16(power * 16));
    put16(out, log2);
    put16(out, quint16(count * 16 - power * 16));
    quint32 offset = 12 + 16 * count;
    QByteArray body;
    for (auto it = tables.begin(); it != tables.end(); ++it) { // QMap: sorted by tag, as required
        out.append(it.key());
        put32(out, checksum(it.value()));
        put32(out, offset + quint32(body.size()));
        put32(out, quint32(it.value().size()));
        body.append(it.value());
        body.append((4 - body.size() % 4) % 4, '\0');
    }
    return out + body;
}

// A name table naming the font `family` (Regular) for both the Macintosh and Windows platforms.
QByteArray nameTable(const QString &family)
{
    const QString unique = family + u"-Regular"_s;
    const QList<std::pair<quint16, QString>> names{
        {1, family}, {2, u"Regular"_s}, {3, unique}, {4, family}, {6, family}};
    QByteArray records, strings;
    for (const quint16 platform : {quint16(1), quint16(3)}) {
        for (const auto &[id, text] : names) {
            QByteArray bytes;
            if (platform == 1) {
                bytes = text.toLatin1();
            } else {
                for (const QChar ch : text)
                    put16(bytes, ch.unicode());
            }
            put16(records, platform);
            put16(records, platform == 1 ? 0 : 1);     // Roman / Unicode BMP
            put16(records, platform == 1 ? 0 : 0x409); // English
            put16(records, id);
            put16(records, quint16(bytes.size()));
            put16(records, quint16(strings.size()));
            strings += bytes;
        }
    }
    QByteArray out;
    put16(out, 0);
    put16(out, quint16(names.size() * 2));
    put16(out, quint16(6 + records.size()));
    return out + records + strings;
}

// The PostScript name (name ID 6) from a name table, empty when absent.
QString postscriptName(const QByteArray &name)
{
    if (name.size() < 6)
        return {};
    const quint16 count = qFromBigEndian<quint16>(name.constData() + 2);
    const quint16 storage = qFromBigEndian<quint16>(name.constData() + 4);
    for (int i = 0; i < count && 6 + 12 * (i + 1) <= name.size(); ++i) {
        const char *r = name.constData() + 6 + 12 * i;
        const quint16 platform = qFromBigEndian<quint16>(r);
        const quint16 id = qFromBigEndian<quint16>(r + 6);
        const quint16 length = qFromBigEndian<quint16>(r + 8);
        const quint16 offset = qFromBigEndian<quint16>(r + 10);
        if (id != 6 || storage + offset + length > name.size())
            continue;
        const QByteArray bytes = name.mid(storage + offset, length);
        if (platform == 1)
            return QString::fromLatin1(bytes);
        QString s;
        for (qsizetype k = 0; k + 1 < bytes.size(); k += 2)
            s += QChar(qFromBigEndian<quint16>(bytes.constData() + k));
        return s;
    }
    return {};
}

// Every table a font engine will give us; QRawFont has no directory, so ask for the known tags.
Tables tablesOf(const QRawFont &raw)
{
    static const char *const tags[] = {"BASE", "CFF ", "DSIG", "EBDT", "EBLC", "EBSC", "GDEF", "GPOS",
                                       "GSUB", "JSTF", "LTSH", "OS/2", "VDMX", "VORG", "cmap", "cvt ",
                                       "fpgm", "gasp", "glyf", "hdmx", "head", "hhea", "hmtx", "kern",
                                       "loca", "maxp", "meta", "name", "post", "prep", "vhea", "vmtx"};
    Tables tables;
    for (const char *tag : tags) {
        if (qstrcmp(tag, "DSIG") == 0) // a signature would no longer match the renamed copy
            continue;
        const QByteArray data = raw.fontTable(tag);
        if (!data.isEmpty())
            tables.insert(QByteArray(tag), data);
    }
    return tables;
}

// Font copies registered in this process, by name: registering the same copy twice would make the
// family ambiguous.
QHash<QString, QString> &registeredCopies()
{
    static QHash<QString, QString> copies;
    return copies;
}

quint32 glyphOf(const QRawFont &raw, char32_t c)
{
    const QString s = QString::fromUcs4(&c, 1);
    const QList<quint32> glyphs = raw.glyphIndexesForString(s);
    return glyphs.isEmpty() ? 0 : glyphs.first();
}

} // namespace

QByteArray renamedFont(const QByteArray &sfnt, const QString &family)
{
    Tables tables = parseSfnt(sfnt);
    if (tables.isEmpty())
        return {};
    tables.insert("name", nameTable(family));
    return assembleSfnt(tables);
}

QString TextLayerPlan::prepare(QTextDocument &doc, const QString &extraText)
{
    m_slots.clear();
    m_glyphOf.clear();
    m_missing.clear();
    const QFont font = doc.defaultFont();
    m_family = font.family();
    m_familyKey = QString(m_family).remove(u' ');
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return u"font %1 is not available"_s.arg(m_family);
    m_postscript = postscriptName(raw.fontTable("name"));
    if (m_postscript.isEmpty())
        m_postscript = m_familyKey;

    // The characters of the record by glyph, in order of first appearance.
    QHash<quint32, QVector<char32_t>> byGlyph;
    QSet<char32_t> seen;
    // The running header comes first: it is drawn in the real font, so it must own slot 0.
    const QString text = extraText + doc.toPlainText();
    for (const char32_t c : text.toUcs4()) {
        // An object (a pad signature) is drawn, not text: no glyph to look for.
        if (c < 0x20 || c == QChar::ObjectReplacementCharacter || seen.contains(c))
            continue;
        seen.insert(c);
        if (const quint32 g = glyphOf(raw, c))
            byGlyph[g] << c;
        else if (!QChar::isSpace(c) && QChar::category(c) != QChar::Other_Format)
            m_missing += QString::fromUcs4(&c, 1);
    }
    // The code point Qt writes for a glyph: the lowest one mapping to it (QFontSubset's reverse map).
    QVector<QChar> bmp;
    bmp.reserve(0x10000);
    for (uint uc = 0; uc < 0x10000; ++uc)
        bmp << ((uc >= 0xD800 && uc < 0xE000) ? QChar(0) : QChar(char16_t(uc)));
    QVector<quint32> glyphs(0x10000);
    int n = 0x10000;
    raw.glyphIndexesForChars(bmp.constData(), n, glyphs.data(), &n);
    QHash<quint32, char32_t> lowest;
    for (uint uc = 1; uc < 0x10000; ++uc) {
        const quint32 g = glyphs.at(uc);
        if (g != 0 && byGlyph.contains(g) && !lowest.contains(g))
            lowest.insert(g, uc);
    }

    int slotCount = 1;
    for (auto it = byGlyph.begin(); it != byGlyph.end(); ++it)
        slotCount = std::max(slotCount, int(it.value().size()));
    m_slots.resize(slotCount);
    for (auto it = byGlyph.begin(); it != byGlyph.end(); ++it) {
        const char32_t written = lowest.value(it.key(), 0);
        if (written == 0 || (it.value().size() == 1 && it.value().first() == written))
            continue; // Qt's entry is already right
        m_glyphOf.insert(written, it.key());
        for (int slot = 0; slot < it.value().size(); ++slot)
            m_slots[slot].insert(it.key(), it.value().at(slot));
    }

    // Slots 1..n: draw those characters with renamed copies of the font.
    for (int slot = 1; slot < slotCount; ++slot) {
        const QString copyName = u"KirokuAlt%1%2"_s.arg(slot).arg(m_familyKey);
        {
            static QMutex mutex;
            QMutexLocker lock(&mutex);
            if (!registeredCopies().contains(copyName)) {
                const int id = QFontDatabase::addApplicationFontFromData(assembleSfnt([&] {
                    Tables t = tablesOf(raw);
                    t.insert("name", nameTable(copyName));
                    return t;
                }()));
                const QStringList families = QFontDatabase::applicationFontFamilies(id);
                if (id < 0 || families.isEmpty())
                    return u"could not register a copy of font %1"_s.arg(m_family);
                registeredCopies().insert(copyName, families.first());
            }
        }
        QTextCharFormat routed;
        routed.setFontFamilies({registeredCopies().value(copyName)});
        for (auto it = m_slots[slot].begin(); it != m_slots[slot].end(); ++it) {
            const QString needle = QString::fromUcs4(&it.value(), 1);
            for (QTextCursor found = doc.find(needle, 0, QTextDocument::FindCaseSensitively); !found.isNull();
                 found = doc.find(needle, found, QTextDocument::FindCaseSensitively))
                found.mergeCharFormat(routed);
        }
    }
    return {};
}

} // namespace kiroku::record
