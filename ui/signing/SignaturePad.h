#pragma once
// A pad to sign on with a pen (QTabletEvent, with its pressure) or the mouse. The strokes are kept as
// vectors (SignatureStrokes, in pad units) and drawn the way the printed record draws them.
// The pad cannot be drawn with the keyboard; Backspace takes back the last stroke and Delete clears it.
// Signing on paper is the keyboard's way to record a signature (the accessible description says so).
#include "archive/SignatureStrokes.h"

#include <QWidget>

namespace kiroku::ui {

class SignaturePad : public QWidget
{
    Q_OBJECT
public:
    explicit SignaturePad(QWidget *parent = nullptr);

    const SignatureStrokes &strokes() const { return m_strokes; }
    bool isEmpty() const { return m_strokes.isEmpty(); }
    void clear();
    void undoStroke();
    // Where the pad's area (width × height in pad units) lies in the widget, and the point in pad units.
    QRectF padRect() const;
    StrokePoint toPad(const QPointF &widgetPos, double pressure) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void begin(const QPointF &pos, double pressure);
    void extend(const QPointF &pos, double pressure);
    void end();

    SignatureStrokes m_strokes;
    bool m_drawing = false;
};

} // namespace kiroku::ui
