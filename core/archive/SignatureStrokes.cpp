#include "archive/SignatureStrokes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRandomGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace kiroku {

QByteArray SignatureStrokes::toJson() const
{
    QJsonArray list;
    for (const auto &stroke : strokes) {
        QJsonArray points;
        for (const StrokePoint &p : stroke)
            points.append(QJsonArray{std::round(p.x * 10) / 10, std::round(p.y * 10) / 10,
                                     std::round(p.pressure * 100) / 100});
        list.append(points);
    }
    QJsonObject object{{u"format"_s, u"kiroku-strokes/1"_s},
                       {u"width"_s, width},
                       {u"height"_s, height},
                       {u"strokes"_s, list}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

SignatureStrokes SignatureStrokes::fromJson(const QByteArray &json)
{
    SignatureStrokes result;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (object.value(u"format"_s).toString() != u"kiroku-strokes/1"_s)
        return {};
    result.width = std::max(1.0, object.value(u"width"_s).toDouble(400));
    result.height = std::max(1.0, object.value(u"height"_s).toDouble(120));
    for (const QJsonValue &strokeValue : object.value(u"strokes"_s).toArray()) {
        QVector<StrokePoint> stroke;
        for (const QJsonValue &pointValue : strokeValue.toArray()) {
            const QJsonArray p = pointValue.toArray();
            if (p.size() >= 2)
                stroke.append(
                    {p.at(0).toDouble(), p.at(1).toDouble(), std::clamp(p.at(2).toDouble(0.5), 0.0, 1.0)});
        }
        if (!stroke.isEmpty())
            result.strokes.append(stroke);
    }
    return result;
}

void SignatureStrokes::paint(QPainter &painter, const QRectF &target) const
{
    if (isEmpty() || target.isEmpty())
        return;
    const double scale = std::min(target.width() / width, target.height() / height);
    const QPointF origin(target.left() + (target.width() - width * scale) / 2,
                         target.top() + (target.height() - height * scale) / 2);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const auto &stroke : strokes) {
        for (qsizetype i = 1; i < stroke.size(); ++i) {
            const StrokePoint &a = stroke.at(i - 1);
            const StrokePoint &b = stroke.at(i);
            QPen pen(Qt::black, std::max(0.4, (0.6 + 2.4 * (a.pressure + b.pressure) / 2) * scale),
                     Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            painter.setPen(pen);
            painter.drawLine(origin + QPointF(a.x, a.y) * scale, origin + QPointF(b.x, b.y) * scale);
        }
        if (stroke.size() == 1) {
            painter.setPen(QPen(Qt::black, 2 * scale, Qt::SolidLine, Qt::RoundCap));
            painter.drawPoint(origin + QPointF(stroke.first().x, stroke.first().y) * scale);
        }
    }
    painter.restore();
}

SignatureStrokes SignatureStrokes::demo(quint32 seed)
{
    QRandomGenerator random(seed);
    SignatureStrokes result;
    double x = 30;
    const int strokeCount = 3 + int(random.bounded(3));
    for (int s = 0; s < strokeCount; ++s) {
        QVector<StrokePoint> stroke;
        const double amplitude = 20 + random.bounded(25.0);
        const double frequency = 0.08 + random.bounded(0.1);
        const double length = 50 + random.bounded(50.0);
        for (double t = 0; t <= length; t += 3) {
            const double pressure = 0.35 + 0.5 * std::sin(t / length * M_PI);
            stroke.append(
                {x + t, 60 + amplitude * std::sin(t * frequency + s) + 8 * std::cos(t * 0.31), pressure});
        }
        result.strokes.append(stroke);
        x += length + 12;
    }
    result.width = std::max(400.0, x + 20);
    return result;
}

} // namespace kiroku
