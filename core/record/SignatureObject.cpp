#include "record/SignatureObject.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

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

int SignatureObject::replaceWithImages(QTextDocument *doc, qreal dpi)
{
    QVector<std::pair<int, QTextCharFormat>> found;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.objectType() != SignatureObjectType)
                continue;
            // One fragment may hold several objects of the same format, one character each.
            for (int i = 0; i < it.fragment().length(); ++i)
                found.append({it.fragment().position() + i, f});
        }
    }
    // From the end, so the positions still ahead stay where they were found.
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        const QSizeF size = it->second.property(SignatureSizeProperty).toSizeF();
        QImage image((size * dpi / 96.0).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.scale(dpi / 96.0, dpi / 96.0);
            SignatureObject().drawObject(&painter, QRectF(QPointF(0, 0), size), doc, it->first, it->second);
        }
        const QString name = u"kiroku-signature-%1.png"_s.arg(it->first);
        doc->addResource(QTextDocument::ImageResource, QUrl(name), image);
        QTextImageFormat picture;
        picture.setName(name);
        picture.setWidth(size.width());
        picture.setHeight(size.height());
        picture.setVerticalAlignment(QTextCharFormat::AlignBottom);
        QTextCursor cursor(doc);
        cursor.setPosition(it->first);
        cursor.setPosition(it->first + 1, QTextCursor::KeepAnchor);
        cursor.insertImage(picture);
    }
    return int(found.size());
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
