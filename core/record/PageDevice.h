#pragma once
// A paint device that forwards to the PDF painter but drops text lying outside the current page.
//
// Why: QAbstractTextDocumentLayout::draw() culls lines by the paint context's clip only loosely
// (a line or two above the clip rectangle is still painted, e.g. the start of a paragraph that
// continues on this page). On paper the painter's clip hides them, but in a PDF the clipped text
// stays in the content stream, so pdftotext, search and screen readers read it twice.
#include <QPaintDevice>
#include <QRectF>
#include <memory>

class QPainter;

namespace kiroku::record {

class PageFilterEngine;

class PageDevice : public QPaintDevice
{
public:
    // `target` is an active painter; text whose baseline falls outside `visible` (in the target's
    // device coordinates) is dropped; everything else is painted through.
    explicit PageDevice(QPainter *target);
    ~PageDevice() override;

    void setVisibleRect(const QRectF &deviceRect);
    int droppedTextItems() const;

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    QPainter *m_target;
    std::unique_ptr<PageFilterEngine> m_engine;
};

} // namespace kiroku::record
