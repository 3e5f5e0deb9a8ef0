#include "packet/FrontPages.h"

#include "record/PagePainter.h"
#include "record/PdfRenderer.h"
#include "record/RecordBuilder.h"
#include "record/RecordFormat.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace kiroku::packet {
namespace {

constexpr qreal layoutDpi = 96.0; // what PagePainter lays out in
constexpr qreal pxToPt = 72.0 / layoutDpi;

record::RecordFormat frontFormat()
{
    record::RecordFormat f;
    f.name = u"packet"_s;
    f.fontFamily = u"IPAMincho"_s;
    f.fontSize = 10.5;
    f.marginsMm = QMarginsF(22, 25, 22, 20);
    f.pageNumbers = record::PageNumberStyle::None;
    return f;
}

qreal mmToPx(qreal mm)
{
    return mm * layoutDpi / 25.4;
}

class Writer
{
public:
    explicit Writer(QTextDocument *doc, const QFont &font)
        : m_cursor(doc)
        , m_font(font)
    {}

    void block(const QString &text, qreal pointSize, Qt::Alignment align, bool bold = false,
               qreal topMarginPt = 0, bool pageBreak = false, qreal indentPt = 0)
    {
        QTextBlockFormat bf;
        bf.setAlignment(align);
        bf.setTopMargin(topMarginPt / pxToPt);
        bf.setLeftMargin(indentPt / pxToPt);
        bf.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
        if (pageBreak)
            bf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        if (m_first) {
            m_cursor.setBlockFormat(bf);
            m_first = false;
        } else {
            m_cursor.insertBlock(bf);
        }
        m_cursor.insertText(text, charFormat(pointSize, bold));
    }

    QTextCharFormat charFormat(qreal pointSize, bool bold = false) const
    {
        QTextCharFormat cf;
        QFont font = m_font;
        font.setPointSizeF(pointSize);
        font.setBold(bold);
        cf.setFont(font);
        return cf;
    }

    QTextCursor &cursor() { return m_cursor; }

private:
    QTextCursor m_cursor;
    QFont m_font;
    bool m_first = true;
};

void fillCell(QTextTable *table, int row, int column, const QString &text, const QTextCharFormat &cf,
              Qt::Alignment align = Qt::AlignLeft)
{
    QTextCursor c = table->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat bf;
    bf.setAlignment(align);
    c.setBlockFormat(bf);
    c.insertText(text, cf);
}

struct Built
{
    std::unique_ptr<QTextDocument> doc;
    QTextTable *index = nullptr;
};

// The cover and the index; the page column shows `numbers` (one per entry).
Built build(const FrontMatter &front, const QStringList &numbers)
{
    Built built;
    built.doc = std::make_unique<QTextDocument>();
    QTextDocument *doc = built.doc.get();
    doc->setUndoRedoEnabled(false);
    QFont font(u"IPAMincho"_s);
    font.setPointSizeF(10.5);
    font.setStyleHint(QFont::Serif);
    doc->setDefaultFont(font);
    Writer w(doc, font);

    w.block(front.council, 14, Qt::AlignHCenter, false, 90);
    w.block(front.meetingTitle, 20, Qt::AlignHCenter, true, 12);
    w.block(u"会議資料"_s, 20, Qt::AlignHCenter, true, 4);
    QTextTableFormat tf;
    tf.setBorder(0);
    tf.setCellPadding(4);
    tf.setTopMargin(36 / pxToPt);
    tf.setAlignment(Qt::AlignHCenter);
    tf.setColumnWidthConstraints(
        {QTextLength(QTextLength::PercentageLength, 18), QTextLength(QTextLength::PercentageLength, 82)});
    if (!front.header.isEmpty()) {
        QTextTable *header = w.cursor().insertTable(int(front.header.size()), 2, tf);
        for (int i = 0; i < front.header.size(); ++i) {
            fillCell(header, i, 0, front.header.at(i).first, w.charFormat(11));
            fillCell(header, i, 1, front.header.at(i).second, w.charFormat(11));
        }
        w.cursor().movePosition(QTextCursor::End);
    }
    w.block(u"次　第"_s, 14, Qt::AlignHCenter, true, 30);
    for (const QString &line : front.agenda) {
        const bool sub = line.startsWith(u'(') || line.startsWith(u'（') || line.startsWith(u' ');
        w.block(line.trimmed(), 11, Qt::AlignLeft, false, 6, false, sub ? 40 : 20);
    }

    w.block(u"資料一覧"_s, 16, Qt::AlignHCenter, true, 0, true);
    QTextTableFormat itf;
    itf.setBorder(0.5);
    itf.setBorderBrush(Qt::gray);
    itf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    itf.setCellSpacing(0);
    itf.setCellPadding(5);
    itf.setTopMargin(14 / pxToPt);
    itf.setHeaderRowCount(1);
    itf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    itf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 20),
                                   QTextLength(QTextLength::PercentageLength, 66),
                                   QTextLength(QTextLength::PercentageLength, 14)});
    QTextTable *index = w.cursor().insertTable(int(front.entries.size()) + 1, 3, itf);
    const QTextCharFormat head = w.charFormat(10.5, true), cell = w.charFormat(10.5);
    fillCell(index, 0, 0, u"資料番号"_s, head, Qt::AlignHCenter);
    fillCell(index, 0, 1, u"資料名"_s, head, Qt::AlignHCenter);
    fillCell(index, 0, 2, front.pageColumnShowsCount ? u"頁数"_s : u"頁"_s, head, Qt::AlignHCenter);
    for (int i = 0; i < front.entries.size(); ++i) {
        const IndexEntry &e = front.entries.at(i);
        fillCell(index, i + 1, 0, e.label, cell);
        fillCell(index, i + 1, 1, e.title, cell);
        fillCell(index, i + 1, 2, numbers.value(i), cell, Qt::AlignRight);
    }
    built.index = index;
    w.cursor().movePosition(QTextCursor::End);
    if (!front.indexNote.isEmpty())
        w.block(front.indexNote, 10, Qt::AlignLeft, false, 10);
    return built;
}

QStringList pageNumbers(const FrontMatter &front, int frontPages)
{
    QStringList numbers;
    for (const IndexEntry &e : front.entries) {
        if (!e.note.isEmpty())
            numbers << e.note;
        else if (front.pageColumnShowsCount)
            numbers << u"%1頁"_s.arg(e.pageCount);
        else if (e.startOffset < 0)
            numbers << QString();
        else
            numbers << QString::number(frontPages + e.startOffset + 1);
    }
    return numbers;
}

// Where each index row lies, from a laid-out copy of the document.
QVector<IndexLink> linkRects(QTextDocument &doc, QTextTable *table, const FrontMatter &front,
                             const record::RecordFormat &format)
{
    QVector<IndexLink> links;
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const QRectF frame = layout->frameBoundingRect(table);
    const qreal pageHeight = doc.pageSize().height();
    for (int i = 0; i < front.entries.size(); ++i) {
        if (front.entries.at(i).startOffset < 0 || front.pageColumnShowsCount)
            continue;
        QRectF row;
        for (int column = 0; column < 3; ++column) {
            const QTextBlock block = table->cellAt(i + 1, column).firstCursorPosition().block();
            row = row.isNull() ? layout->blockBoundingRect(block)
                               : row.united(layout->blockBoundingRect(block));
        }
        const int page = int(row.top() / pageHeight);
        const qreal top = row.top() - page * pageHeight + mmToPx(format.marginsMm.top());
        const qreal left = frame.left() + mmToPx(format.marginsMm.left());
        IndexLink link;
        link.entry = i;
        link.page = page;
        link.rect =
            QRectF(left * pxToPt, (top - 4) * pxToPt, frame.width() * pxToPt, (row.height() + 8) * pxToPt);
        links << link;
    }
    return links;
}

} // namespace

FrontPages renderFrontPages(const FrontMatter &front)
{
    FrontPages result;
    const record::RecordFormat format = frontFormat();
    QStringList numbers = pageNumbers(front, 9);
    int frontPages = 0;
    // The page numbers count the front pages; a second pass settles them (a third if a number's
    // width moved a row onto another page).
    for (int pass = 0; pass < 3; ++pass) {
        Built probe = build(front, numbers);
        record::BuiltRecord layoutCopy{std::move(probe.doc), {}, {}, {}, {}, {}};
        std::unique_ptr<QTextDocument> laidOut = record::PagePainter::copyForLayout(layoutCopy);
        const int pages = record::PagePainter::paginate(*laidOut, format);
        const QStringList next = pageNumbers(front, pages);
        if (pages == frontPages && next == numbers)
            break;
        frontPages = pages;
        numbers = next;
    }

    Built built = build(front, numbers);
    record::BuiltRecord rec{std::move(built.doc), front.title, front.subject, front.author, {}, {}};
    {
        std::unique_ptr<QTextDocument> laidOut = record::PagePainter::copyForLayout(rec);
        result.pageCount = record::PagePainter::paginate(*laidOut, format);
        // The clone's table at the same position as the original's.
        QTextCursor c(laidOut.get());
        c.setPosition(built.index->firstPosition());
        if (QTextTable *table = c.currentTable()) {
            result.links = linkRects(*laidOut, table, front, format);
            const qreal top = laidOut->documentLayout()->frameBoundingRect(table).top();
            result.indexPage = std::clamp(int(top / laidOut->pageSize().height()), 0, result.pageCount - 1);
        }
    }
    const record::PdfResult pdf = record::PdfRenderer::render(rec, format);
    result.error = pdf.error;
    result.missing = pdf.missing;
    result.pdf = pdf.pdf;
    if (pdf.pageCount != result.pageCount && result.error.isEmpty())
        result.error =
            QCoreApplication::translate("kiroku::packet", "The index pages could not be laid out.");
    return result;
}

} // namespace kiroku::packet
