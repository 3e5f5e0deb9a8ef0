#include "record/OdtWriter.h"

#include "record/PagePainter.h"
#include "record/SignatureObject.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTextCursor>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextTable>

namespace kiroku::record {
namespace {

void collectTables(QTextFrame *frame, QList<QTextTable *> &tables)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables << table;
        collectTables(child, tables);
    }
}

// One paragraph per cell, its lines kept apart by U+2028 (written as <text:line-break/>).
void joinCellParagraphs(QTextTable *table)
{
    for (int row = 0; row < table->rows(); ++row) {
        for (int col = 0; col < table->columns(); ++col) {
            const QTextTableCell cell = table->cellAt(row, col);
            if (cell.row() != row || cell.column() != col)
                continue; // covered by a spanning cell
            QTextCursor cursor = cell.firstCursorPosition();
            while (true) {
                cursor.movePosition(QTextCursor::EndOfBlock);
                if (cursor.position() >= table->cellAt(row, col).lastCursorPosition().position())
                    break;
                cursor.deleteChar(); // the paragraph separator: the next paragraph joins this one
                cursor.insertText(QString(QChar(0x2028)));
            }
        }
    }
}

void fixColumnWidths(QTextTable *table, qreal textWidthPt)
{
    QTextTableFormat f = table->format();
    QList<QTextLength> widths = f.columnWidthConstraints();
    bool changed = false;
    for (QTextLength &w : widths) {
        if (w.type() == QTextLength::PercentageLength) {
            w = QTextLength(QTextLength::FixedLength, textWidthPt * w.rawValue() / 100.0);
            changed = true;
        }
    }
    if (!changed)
        return;
    f.setColumnWidthConstraints(widths);
    table->setFormat(f);
}

} // namespace

QByteArray OdtWriter::write(const BuiltRecord &record, const RecordFormat &format, QString *error)
{
    std::unique_ptr<QTextDocument> doc = PagePainter::copyForLayout(record);
    SignatureObject::replaceWithImages(doc.get()); // the ODF writer leaves other objects empty
    const qreal textWidthMm = 210.0 - format.marginsMm.left() - format.marginsMm.right();
    QList<QTextTable *> tables;
    collectTables(doc->rootFrame(), tables);
    for (QTextTable *table : std::as_const(tables)) {
        joinCellParagraphs(table);
        fixColumnWidths(table, textWidthMm * 72.0 / 25.4);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(doc.get())) {
        if (error)
            *error = QCoreApplication::translate("kiroku::record", "The ODT writer failed.");
        return {};
    }
    return bytes;
}

} // namespace kiroku::record
