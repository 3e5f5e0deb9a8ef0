#include "record/HtmlWriter.h"

#include "record/SignatureObject.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace kiroku::record {
namespace {

// Black on white and the print's serif face; everything else is structure.
const auto styleSheet = u"body{margin:0;background:#fff;color:#000;font-family:serif;line-height:1.7}"
                        "main{max-width:50em;margin:0 auto;padding:1.5em 1em 3em}"
                        "h1{font-size:1.5em;text-align:center;margin:.5em 0 1em}"
                        "h2{font-size:1.2em;margin:1.2em 0 .4em}"
                        "h3,h4,h5,h6{font-size:1.05em;margin:1em 0 .3em}"
                        "p{margin:0}"
                        "table{border-collapse:collapse;width:100%;margin:1em 0}"
                        "th,td{border:1px solid #000;padding:.3em .5em;vertical-align:top;text-align:left}"
                        "th{font-weight:bold;background:#f0f0f0}"
                        "thead th{text-align:center}"
                        "td h2,td h3,td h4,td h5,td h6{margin:0}"
                        ".center{text-align:center}.right{text-align:right}"
                        ".speaker{font-weight:bold}"
                        ".signature{margin-top:2em}"_s;

QString escaped(const QString &text)
{
    QString s = text.toHtmlEscaped();
    // Line breaks inside a paragraph (Shift+Enter in an editor) stay line breaks.
    s.replace(QChar::LineSeparator, u"<br />"_s);
    return s;
}

QString attribute(const QString &name, const QString &value)
{
    return u' ' + name + u"=\""_s + value.toHtmlEscaped() + u'"';
}

bool isRule(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar ch : text) {
        if (ch != u'＿' && ch != u'_')
            return false;
    }
    return true;
}

class Writer
{
public:
    explicit Writer(const QTextDocument &doc)
        : m_em(doc.defaultFont().pointSizeF() * 96.0 / 72.0)
    {}

    QString html;
    int lastLevel = 0;

    void frame(QTextFrame *frame)
    {
        for (auto it = frame->begin(); !it.atEnd(); ++it) {
            if (QTextFrame *child = it.currentFrame()) {
                closeSignature();
                if (auto *table = qobject_cast<QTextTable *>(child))
                    writeTable(table);
                else
                    this->frame(child);
            } else {
                const QTextBlock block = it.currentBlock();
                const bool signature = block.blockFormat().hasProperty(KeepTogetherProperty);
                if (signature && !m_inSignature && block.length() > 1) {
                    html += u"<section class=\"signature\" aria-label=\"署名欄\">\n"_s;
                    m_inSignature = true;
                } else if (!signature) {
                    closeSignature();
                }
                writeBlock(block, false);
            }
        }
        closeSignature();
    }

private:
    qreal m_em;
    bool m_inSignature = false;

    void closeSignature()
    {
        if (m_inSignature)
            html += u"</section>\n"_s;
        m_inSignature = false;
    }

    // Lengths in em, as the builder laid them out (96-dpi pixels at the body font's size).
    QString ems(qreal px) const
    {
        const qreal v = std::round(px / m_em * 10) / 10;
        return QString::number(v) + u"em"_s;
    }

    QString blockStyle(const QTextBlockFormat &f) const
    {
        QStringList parts;
        if (std::abs(f.leftMargin()) >= 0.5)
            parts << u"margin-left:"_s + ems(f.leftMargin());
        if (std::abs(f.textIndent()) >= 0.5)
            parts << u"text-indent:"_s + ems(f.textIndent());
        if (f.headingLevel() == 0 && f.topMargin() >= 0.5)
            parts << u"margin-top:"_s + ems(f.topMargin());
        return parts.isEmpty() ? QString() : attribute(u"style"_s, parts.join(u';'));
    }

    // A pad signature as inline SVG: vectors as in the PDF, named for screen readers.
    static QString signatureSvg(const QTextCharFormat &f)
    {
        const SignatureStrokes strokes =
            SignatureStrokes::fromJson(f.property(SignatureStrokesProperty).toByteArray());
        QString paths;
        for (const auto &stroke : strokes.strokes) {
            QString d;
            for (qsizetype i = 0; i < stroke.size(); ++i)
                d += (i == 0 ? u"M"_s : u" L"_s) + QString::number(stroke.at(i).x, 'f', 1) + u' ' +
                     QString::number(stroke.at(i).y, 'f', 1);
            paths += u"<path d=\""_s + d + u"\"/>"_s;
        }
        return u"<svg class=\"signature-strokes\" role=\"img\" aria-label=\"署名\" viewBox=\"0 0 %1 %2\" "
               "width=\"16em\" fill=\"none\" stroke=\"black\" stroke-width=\"2\" stroke-linecap=\"round\" "
               "stroke-linejoin=\"round\">"_s.arg(strokes.width)
                   .arg(strokes.height) +
               paths + u"</svg>"_s;
    }

    // The fragments of a block: the speaker's label marked, bold kept where it is not a heading's.
    QString inlineContent(const QTextBlock &block, bool plain) const
    {
        QString s;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid())
                continue;
            const QTextCharFormat f = fragment.charFormat();
            const QString text = escaped(fragment.text());
            if (f.objectType() == SignatureObjectType)
                s += signatureSvg(f);
            else if (f.boolProperty(SpeakerProperty))
                s += u"<span class=\"speaker\">"_s + text + u"</span>"_s;
            else if (!plain && f.fontWeight() >= QFont::Bold)
                s += u"<strong>"_s + text + u"</strong>"_s;
            else
                s += text;
        }
        return s;
    }

    // A paragraph, or a heading at the builder's level; no level skipped (h1 then h3 reads as a gap).
    void writeBlock(const QTextBlock &block, bool inHeaderCell)
    {
        if (block.length() <= 1)
            return; // the empty paragraphs the builder puts around tables
        const QTextBlockFormat f = block.blockFormat();
        QString attrs;
        QString tag = u"p"_s;
        if (const int wanted = f.headingLevel(); wanted > 0 && !inHeaderCell) {
            const int level = std::clamp(wanted, 1, std::min(6, lastLevel + 1));
            lastLevel = level;
            tag = u'h' + QString::number(level);
        }
        if (f.alignment() & Qt::AlignHCenter)
            attrs += attribute(u"class"_s, u"center"_s);
        else if (f.alignment() & Qt::AlignRight)
            attrs += attribute(u"class"_s, u"right"_s);
        attrs += blockStyle(f);
        // The line drawn for a signature is decoration; a screen reader need not spell it out.
        if (isRule(block.text()))
            attrs += u" aria-hidden=\"true\""_s;
        html += u'<' + tag + attrs + u'>' + inlineContent(block, tag != u"p"_s || inHeaderCell) + u"</"_s +
                tag + u">\n"_s;
    }

    void writeCell(const QTextTableCell &cell, bool header)
    {
        QVector<QTextBlock> blocks;
        for (auto it = cell.begin(); !it.atEnd(); ++it) {
            const QTextBlock block = it.currentBlock();
            if (block.isValid() && block.length() > 1)
                blocks << block;
        }
        // One plain line stays inline (<th>会議の名称</th>); more lines become paragraphs.
        if (blocks.size() == 1 && blocks.first().blockFormat().headingLevel() == 0) {
            html += inlineContent(blocks.first(), header);
            return;
        }
        html += u'\n';
        for (const QTextBlock &block : std::as_const(blocks))
            writeBlock(block, header);
    }

    void writeRow(QTextTable *table, int row)
    {
        html += u"<tr>"_s;
        for (int col = 0; col < table->columns(); ++col) {
            const QTextTableCell cell = table->cellAt(row, col);
            if (cell.row() != row || cell.column() != col)
                continue; // covered by a merged cell
            const int kind = cell.format().intProperty(TableHeaderCellProperty);
            const QString tag = kind != 0 ? u"th"_s : u"td"_s;
            QString attrs;
            if (kind == ColumnHeader)
                attrs += attribute(u"scope"_s, u"col"_s);
            else if (kind == RowHeader)
                attrs += attribute(u"scope"_s, u"row"_s);
            if (cell.rowSpan() > 1)
                attrs += attribute(u"rowspan"_s, QString::number(cell.rowSpan()));
            if (cell.columnSpan() > 1)
                attrs += attribute(u"colspan"_s, QString::number(cell.columnSpan()));
            html += u'<' + tag + attrs + u'>';
            writeCell(cell, kind != 0);
            html += u"</"_s + tag + u'>';
        }
        html += u"</tr>\n"_s;
    }

    void writeTable(QTextTable *table)
    {
        const QTextTableFormat f = table->format();
        QString attrs;
        if (const QString label = f.stringProperty(TableLabelProperty); !label.isEmpty())
            attrs += attribute(u"aria-label"_s, label);
        html += u"<table"_s + attrs + u">\n"_s;
        const QList<QTextLength> widths = f.columnWidthConstraints();
        if (widths.size() == table->columns()) {
            html += u"<colgroup>"_s;
            for (const QTextLength &w : widths) {
                html += w.type() == QTextLength::PercentageLength
                            ? u"<col style=\"width:"_s + QString::number(w.rawValue()) + u"%\" />"_s
                            : u"<col />"_s;
            }
            html += u"</colgroup>\n"_s;
        }
        const int headerRows = std::min(f.headerRowCount(), table->rows());
        if (headerRows > 0) {
            html += u"<thead>\n"_s;
            for (int r = 0; r < headerRows; ++r)
                writeRow(table, r);
            html += u"</thead>\n"_s;
        }
        html += u"<tbody>\n"_s;
        for (int r = headerRows; r < table->rows(); ++r)
            writeRow(table, r);
        html += u"</tbody>\n</table>\n"_s;
    }
};

bool hasTitleHeading(const QTextDocument &doc)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() == 1)
            return true;
    }
    return false;
}

} // namespace

QString HtmlWriter::toHtml(const BuiltRecord &record)
{
    const QTextDocument &doc = *record.document;
    Writer w(doc);
    if (!hasTitleHeading(doc)) {
        // A format without a printed title still gives the page its one top heading.
        w.html += u"<h1>"_s + escaped(record.title) + u"</h1>\n"_s;
        w.lastLevel = 1;
    }
    w.frame(doc.rootFrame());

    QString page = u"<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\" />\n"_s;
    page += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"_s;
    page += u"<title>"_s + escaped(record.title) + u"</title>\n"_s;
    if (!record.subject.isEmpty())
        page += u"<meta name=\"description\""_s + attribute(u"content"_s, record.subject) + u" />\n"_s;
    if (!record.author.isEmpty())
        page += u"<meta name=\"author\""_s + attribute(u"content"_s, record.author) + u" />\n"_s;
    page += u"<style>"_s + styleSheet + u"</style>\n</head>\n<body>\n<main>\n"_s;
    page += w.html;
    page += u"</main>\n</body>\n</html>\n"_s;
    return page;
}

} // namespace kiroku::record
