#include "record/SignatureObject.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace kiroku::record {

QSizeF SignatureObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(SignatureSizeProperty).toSizeF();
}

void SignatureObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                 const QTextFormat &format)
{
    const SignatureStrokes strokes =
        SignatureStrokes::fromJson(format.property(SignatureStrokesProperty).toByteArray());
    painter->save();
    // The line signed on, as the rule of an unsigned line; the strokes sit on it.
    painter->setPen(QPen(Qt::black, 0.75));
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    strokes.paint(*painter, rect.adjusted(0, 0, 0, -1));
    painter->restore();
}

void SignatureObject::registerOn(QTextDocument *doc)
{
    if (doc->findChild<SignatureObject *>(QString(), Qt::FindDirectChildrenOnly))
        return;
    doc->documentLayout()->registerHandler(SignatureObjectType, new SignatureObject(doc));
}

void SignatureObject::insert(QTextCursor &cursor, const QTextCharFormat &base, const QByteArray &strokesJson,
                             const QSizeF &size)
{
    QTextCharFormat f = base;
    f.setObjectType(SignatureObjectType);
    f.setProperty(SignatureStrokesProperty, strokesJson);
    f.setProperty(SignatureSizeProperty, size);
    f.setVerticalAlignment(QTextCharFormat::AlignBottom);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), f);
}

} // namespace kiroku::record
