#include "signing/SignaturePad.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTabletEvent>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

// A mouse has no pressure: the middle of the pen's range.
constexpr double mousePressure = 0.5;

} // namespace

SignaturePad::SignaturePad(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"signaturePad"_s);
    setAttribute(Qt::WA_TabletTracking, false);
    setFocusPolicy(Qt::StrongFocus); // so that a screen reader reaches it and reads the description
    setCursor(Qt::CrossCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Signature pad"));
    setAccessibleDescription(
        tr("Sign here with a pen or the mouse. Backspace takes back the last stroke, Delete clears the "
           "pad. The pad cannot be drawn with the keyboard: to record a signature without it, cancel and "
           "choose Signed on Paper…, which attaches the scanned page."));
    setToolTip(tr("Sign with a pen or the mouse"));
}

QSize SignaturePad::sizeHint() const
{
    return QSizeF(m_strokes.width * 1.5, m_strokes.height * 1.5).toSize();
}

QSize SignaturePad::minimumSizeHint() const
{
    return QSizeF(m_strokes.width * 0.75, m_strokes.height * 0.75).toSize();
}

QRectF SignaturePad::padRect() const
{
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    const double scale = std::min(area.width() / m_strokes.width, area.height() / m_strokes.height);
    const QSizeF size(m_strokes.width * scale, m_strokes.height * scale);
    return {area.center() - QPointF(size.width() / 2, size.height() / 2), size};
}

StrokePoint SignaturePad::toPad(const QPointF &widgetPos, double pressure) const
{
    const QRectF pad = padRect();
    const double scale = pad.width() / m_strokes.width;
    const QPointF p = (widgetPos - pad.topLeft()) / scale;
    return {std::clamp(p.x(), 0.0, m_strokes.width), std::clamp(p.y(), 0.0, m_strokes.height),
            std::clamp(pressure, 0.0, 1.0)};
}

void SignaturePad::clear()
{
    if (m_strokes.isEmpty())
        return;
    m_strokes.strokes.clear();
    m_drawing = false;
    update();
    Q_EMIT changed();
}

void SignaturePad::undoStroke()
{
    if (m_strokes.isEmpty())
        return;
    m_strokes.strokes.removeLast();
    m_drawing = false;
    update();
    Q_EMIT changed();
}

void SignaturePad::begin(const QPointF &pos, double pressure)
{
    m_drawing = true;
    m_strokes.strokes.append({toPad(pos, pressure)});
    update();
}

void SignaturePad::extend(const QPointF &pos, double pressure)
{
    if (!m_drawing || m_strokes.strokes.isEmpty())
        return;
    const StrokePoint point = toPad(pos, pressure);
    const StrokePoint &last = m_strokes.strokes.last().constLast();
    // Points closer than a tenth of a pad unit add nothing to the line but bytes.
    if (std::abs(point.x - last.x) < 0.1 && std::abs(point.y - last.y) < 0.1)
        return;
    m_strokes.strokes.last().append(point);
    update();
}

void SignaturePad::end()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    Q_EMIT changed();
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    begin(event->position(), mousePressure);
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        extend(event->position(), mousePressure);
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        extend(event->position(), mousePressure);
        end();
    }
}

void SignaturePad::tabletEvent(QTabletEvent *event)
{
    // Accepted, so Qt does not send the same movement again as mouse events.
    event->accept();
    switch (event->type()) {
    case QEvent::TabletPress:
        begin(event->position(), event->pressure());
        break;
    case QEvent::TabletMove:
        if (event->pressure() > 0)
            extend(event->position(), event->pressure());
        break;
    case QEvent::TabletRelease:
        end();
        break;
    default:
        break;
    }
}

void SignaturePad::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Backspace)
        undoStroke();
    else if (event->key() == Qt::Key_Delete)
        clear();
    else
        QWidget::keyPressEvent(event);
}

void SignaturePad::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const QRectF pad = padRect();
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.drawRect(pad.adjusted(0.5, 0.5, -0.5, -0.5));
    // The line to sign on, where a pen would sign on paper.
    const double baseline = pad.top() + pad.height() * 0.8;
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    painter.drawLine(QPointF(pad.left() + 12, baseline), QPointF(pad.right() - 12, baseline));
    m_strokes.paint(painter, pad);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

} // namespace kiroku::ui
