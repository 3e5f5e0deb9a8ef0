#pragma once
// Text fidelity of the PDF text layer (brief §9). Qt writes one ToUnicode entry per glyph and picks
// the lowest code point mapping to it, so a glyph shared by two code points (～ U+FF5E / 〜 U+301C,
// ― U+2015 / — U+2014, 水 / ⽔ U+2F54 in some fonts) reads back as the wrong character.
//
// The cure has two halves:
//  1. before drawing, every glyph used for two or more characters of the record gets one font
//     "slot" per character: the first character stays in the real font, the others are drawn
//     with renamed in-memory copies of it (same outlines, so the page looks the same);
//  2. after writing, each embedded font's ToUnicode CMap is rewritten with qpdf so every glyph maps
//     to the character its slot was used for, and the copies get the real font's name back.
#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

class QTextDocument;

namespace kiroku::record {

class TextLayerPlan
{
public:
    // Looks at every character of the document (and of `extraText`, e.g. running headers) in the
    // document's default font, and routes the characters that share a glyph to font copies.
    // Returns an error message when a font copy could not be made; the document is then unchanged.
    QString prepare(QTextDocument &doc, const QString &extraText = {});

    // Rewrites the ToUnicode CMaps of `pdf` per the plan; also sets /Author and /Subject (the Info
    // dictionary and, for PDF/A, the XMP packet). Empty on success, else the reason.
    QString apply(QByteArray &pdf, const QString &author, const QString &subject) const;

    int slotCount() const { return int(m_slots.size()); }
    // Characters of the record the font has no glyph for: another installed font may draw them,
    // else they are lost from page and text layer alike, so the clerk must hear of them.
    const QString &missing() const { return m_missing; }

private:
    QString m_missing;
    QString m_family;     // the record's font family
    QString m_familyKey;  // its name without spaces, as it appears in /BaseFont
    QString m_postscript; // what the copies are renamed back to
    // Per slot (0: the real font): glyph -> the character drawn with it in that slot.
    QVector<QHash<quint32, char32_t>> m_slots;
    // Written code point (what Qt puts into ToUnicode) -> glyph, for the characters of interest.
    QHash<char32_t, quint32> m_glyphOf;
};

// A copy of a TrueType/OpenType font whose name table says `family` (for the font copies above).
QByteArray renamedFont(const QByteArray &sfnt, const QString &family);

} // namespace kiroku::record
