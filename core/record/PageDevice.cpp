#include "record/PageDevice.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

namespace kiroku::record {

// Forwards every drawing call to the target painter; the painter on the PageDevice sends the
// untransformed geometry plus its state (AllFeatures), which is replayed on the target.
class PageFilterEngine : public QPaintEngine
{
public:
    explicit PageFilterEngine(QPainter *target)
        : QPaintEngine(QPaintEngine::AllFeatures)
        , m_target(target)
    {}

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &state) override
    {
        const DirtyFlags f = state.state();
        if (f & DirtyPen)
            m_target->setPen(state.pen());
        if (f & DirtyBrush)
            m_target->setBrush(state.brush());
        if (f & DirtyBrushOrigin)
            m_target->setBrushOrigin(state.brushOrigin());
        if (f & DirtyBackground)
            m_target->setBackground(state.backgroundBrush());
        if (f & DirtyBackgroundMode)
            m_target->setBackgroundMode(state.backgroundMode());
        if (f & DirtyFont)
            m_target->setFont(state.font());
        if (f & DirtyTransform) {
            m_transform = state.transform();
            m_target->setTransform(m_transform);
        }
        if (f & DirtyHints)
            m_target->setRenderHints(state.renderHints());
        if (f & DirtyOpacity)
            m_target->setOpacity(state.opacity());
    }

    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        const QPointF baseline = m_transform.map(p);
        if (baseline.y() < m_visible.top() || baseline.y() > m_visible.bottom()) {
            ++m_dropped;
            return;
        }
        m_target->drawTextItem(p, item);
    }

    void drawRects(const QRectF *rects, int count) override { m_target->drawRects(rects, count); }
    void drawLines(const QLineF *lines, int count) override { m_target->drawLines(lines, count); }
    void drawPath(const QPainterPath &path) override { m_target->drawPath(path); }
    void drawEllipse(const QRectF &r) override { m_target->drawEllipse(r); }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        switch (mode) {
        case PolylineMode:
            m_target->drawPolyline(points, count);
            break;
        case ConvexMode:
            m_target->drawConvexPolygon(points, count);
            break;
        case OddEvenMode:
            m_target->drawPolygon(points, count, Qt::OddEvenFill);
            break;
        case WindingMode:
            m_target->drawPolygon(points, count, Qt::WindingFill);
            break;
        }
    }
    void drawPixmap(const QRectF &r, const QPixmap &pm, const QRectF &sr) override
    {
        m_target->drawPixmap(r, pm, sr);
    }
    void drawImage(const QRectF &r, const QImage &image, const QRectF &sr,
                   Qt::ImageConversionFlags flags) override
    {
        m_target->drawImage(r, image, sr, flags);
    }
    void drawTiledPixmap(const QRectF &r, const QPixmap &pm, const QPointF &offset) override
    {
        m_target->drawTiledPixmap(r, pm, offset);
    }

    QRectF m_visible;
    int m_dropped = 0;

private:
    QPainter *m_target;
    QTransform m_transform;
};

PageDevice::PageDevice(QPainter *target)
    : m_target(target)
    , m_engine(std::make_unique<PageFilterEngine>(target))
{}

PageDevice::~PageDevice() = default;

void PageDevice::setVisibleRect(const QRectF &deviceRect)
{
    m_engine->m_visible = deviceRect;
}

int PageDevice::droppedTextItems() const
{
    return m_engine->m_dropped;
}

QPaintEngine *PageDevice::paintEngine() const
{
    return m_engine.get();
}

int PageDevice::metric(PaintDeviceMetric metric) const
{
    const QPaintDevice *d = m_target->device();
    switch (metric) {
    case PdmWidth:
        return d->width();
    case PdmHeight:
        return d->height();
    case PdmWidthMM:
        return d->widthMM();
    case PdmHeightMM:
        return d->heightMM();
    case PdmNumColors:
        return d->colorCount();
    case PdmDepth:
        return d->depth();
    case PdmDpiX:
        return d->logicalDpiX();
    case PdmDpiY:
        return d->logicalDpiY();
    case PdmPhysicalDpiX:
        return d->physicalDpiX();
    case PdmPhysicalDpiY:
        return d->physicalDpiY();
    case PdmDevicePixelRatio:
        return int(d->devicePixelRatio());
    case PdmDevicePixelRatioScaled:
        return int(d->devicePixelRatioF() * devicePixelRatioFScale());
    }
    return 0;
}

} // namespace kiroku::record
