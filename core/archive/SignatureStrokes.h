#pragma once
// Signature strokes as captured by the pad (pen pressure or mouse), kept as vectors in
// Signature::strokes: {"format": "kiroku-strokes/1", "width": W, "height": H,
// "strokes": [[[x, y, pressure], ...], ...]} with x, y in pad units and pressure 0..1.
#include <QByteArray>
#include <QPainterPath>
#include <QRectF>
#include <QVector>

class QPainter;

namespace kiroku {

struct StrokePoint
{
    double x = 0;
    double y = 0;
    double pressure = 0.5;
};

struct SignatureStrokes
{
    double width = 400;
    double height = 120;
    QVector<QVector<StrokePoint>> strokes;

    bool isEmpty() const { return strokes.isEmpty(); }
    QByteArray toJson() const;
    // Empty strokes when the JSON is not a stroke document.
    static SignatureStrokes fromJson(const QByteArray &json);
    // Draws the strokes scaled into target, line width following the pressure.
    void paint(QPainter &painter, const QRectF &target) const;
    // A plausible handwritten squiggle for the fictional demo (seeded, deterministic).
    static SignatureStrokes demo(quint32 seed);
};

} // namespace kiroku
