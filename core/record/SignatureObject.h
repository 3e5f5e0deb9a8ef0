#pragma once
// A signature captured on the pad, placed in the record's signature block as an inline text object:
// the strokes travel in the character format and are drawn as vectors (lines, not an image) by the
// handler, so the PDF keeps them sharp at any zoom. The handler lives on a document's layout, which
// the builder never creates (it needs a GUI application; `kiroku print` may run without), and is lost
// with a clone: whoever lays a record out registers it (PagePainter does).
#include "archive/SignatureStrokes.h"

#include <QObject>
#include <QTextFormat>
#include <QTextObjectInterface>

class QTextCursor;
class QTextDocument;

namespace kiroku::record {

constexpr int SignatureObjectType = QTextFormat::UserObject + 1;
// Char properties of a signature object: the strokes (JSON) and the size it takes (96-dpi pixels).
constexpr int SignatureStrokesProperty = QTextFormat::UserProperty + 10;
constexpr int SignatureSizeProperty = QTextFormat::UserProperty + 11;

class SignatureObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    using QObject::QObject;
    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

    // Registers the handler on the document's layout once (the handler is a child of the document).
    static void registerOn(QTextDocument *doc);
    // Turns every signature object into an image drawn at `dpi`, for writers that know images only
    // (ODT). Returns how many were replaced.
    static int replaceWithImages(QTextDocument *doc, qreal dpi = 300);
    // Inserts the strokes at the cursor, `size` in 96-dpi pixels.
    static void insert(QTextCursor &cursor, const QTextCharFormat &base, const QByteArray &strokesJson,
                       const QSizeF &size);
};

} // namespace kiroku::record
