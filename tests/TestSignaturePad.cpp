// The signature pad: mouse strokes and pen strokes (QTabletEvent with pressure) become vector
// strokes in pad units; Undo Stroke, Clear and the keys; the dialog's Sign button follows the pad;
// the accessible name and description, which point to signing on paper as the keyboard's way.
#include "signing/SignaturePad.h"
#include "signing/SigningDialogs.h"

#include <QAccessible>
#include <QApplication>
#include <QMouseEvent>
#include <QPointingDevice>
#include <QPushButton>
#include <QTabletEvent>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::ui;

class TestSignaturePad : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mouseStroke();
    void tabletStrokeKeepsPressure();
    void undoAndClear();
    void dialogFollowsThePad();
    void accessible();

private:
    static void mouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButton button,
                      Qt::MouseButtons buttons)
    {
        QMouseEvent event(type, pos, w->mapToGlobal(pos), button, buttons, Qt::NoModifier);
        QCoreApplication::sendEvent(w, &event);
    }
    static void drag(QWidget *w, QPointF from, QPointF to, int steps = 10)
    {
        mouse(w, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
        for (int i = 1; i <= steps; ++i)
            mouse(w, QEvent::MouseMove, from + (to - from) * i / steps, Qt::NoButton, Qt::LeftButton);
        mouse(w, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    }
    static bool tablet(QWidget *w, QEvent::Type type, QPointF pos, qreal pressure)
    {
        static const QPointingDevice pen(
            u"test pen"_s, 42, QInputDevice::DeviceType::Stylus, QPointingDevice::PointerType::Pen,
            QInputDevice::Capability::Position | QInputDevice::Capability::Pressure, 1, 3);
        const bool down = type != QEvent::TabletRelease;
        QTabletEvent event(type, &pen, pos, w->mapToGlobal(pos), pressure, 0, 0, 0, 0, 0, Qt::NoModifier,
                           type == QEvent::TabletMove ? Qt::NoButton : Qt::LeftButton,
                           down ? Qt::LeftButton : Qt::NoButton);
        QCoreApplication::sendEvent(w, &event);
        return event.isAccepted();
    }
};

void TestSignaturePad::mouseStroke()
{
    SignaturePad pad;
    pad.resize(600, 180); // 1.5 × the pad's 400 × 120 units, with a 4 px border
    pad.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pad));
    QVERIFY(pad.isEmpty());
    int changed = 0;
    connect(&pad, &SignaturePad::changed, this, [&] { ++changed; });
    drag(&pad, QPointF(100, 60), QPointF(400, 120));
    QCOMPARE(pad.strokes().strokes.size(), 1);
    QCOMPARE(changed, 1);
    const QVector<StrokePoint> &stroke = pad.strokes().strokes.first();
    QVERIFY(stroke.size() >= 10);
    for (const StrokePoint &p : stroke) {
        QCOMPARE(p.pressure, 0.5); // a mouse has none: the middle
        QVERIFY(p.x >= 0 && p.x <= 400 && p.y >= 0 && p.y <= 120);
    }
    // Widget pixels to pad units: the pad area fills the widget less its border.
    const QRectF area = pad.padRect();
    QVERIFY(qAbs(stroke.first().x - (100 - area.left()) * 400 / area.width()) < 0.01);
    QVERIFY(qAbs(stroke.last().y - (120 - area.top()) * 120 / area.height()) < 0.01);
    // Without the button, moving draws nothing.
    mouse(&pad, QEvent::MouseMove, QPointF(300, 30), Qt::NoButton, Qt::NoButton);
    QCOMPARE(pad.strokes().strokes.first().size(), stroke.size());
    // The strokes survive the trip through the stored JSON.
    const SignatureStrokes back = SignatureStrokes::fromJson(pad.strokes().toJson());
    QCOMPARE(back.strokes.size(), 1);
    QCOMPARE(back.strokes.first().size(), stroke.size());
}

void TestSignaturePad::tabletStrokeKeepsPressure()
{
    SignaturePad pad;
    pad.resize(600, 180);
    pad.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pad));
    QVERIFY(tablet(&pad, QEvent::TabletPress, QPointF(50, 50), 0.2));
    const QList<qreal> pressures{0.3, 0.5, 0.7, 0.9};
    for (int i = 0; i < pressures.size(); ++i)
        QVERIFY(tablet(&pad, QEvent::TabletMove, QPointF(80 + 40 * i, 60 + 10 * i), pressures.at(i)));
    QVERIFY(tablet(&pad, QEvent::TabletRelease, QPointF(240, 90), 0));
    QCOMPARE(pad.strokes().strokes.size(), 1);
    const QVector<StrokePoint> &stroke = pad.strokes().strokes.first();
    QCOMPARE(stroke.size(), 5);
    QVERIFY(qAbs(stroke.at(0).pressure - 0.2) < 1e-6);
    for (int i = 0; i < pressures.size(); ++i)
        QVERIFY(qAbs(stroke.at(i + 1).pressure - pressures.at(i)) < 1e-6);
    // The pressure reaches the stored strokes, and so the printed line width.
    const SignatureStrokes back = SignatureStrokes::fromJson(pad.strokes().toJson());
    QVERIFY(qAbs(back.strokes.first().at(4).pressure - 0.9) < 1e-3);
}

void TestSignaturePad::undoAndClear()
{
    SignaturePad pad;
    pad.resize(600, 180);
    pad.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pad));
    drag(&pad, QPointF(50, 50), QPointF(150, 80));
    drag(&pad, QPointF(200, 50), QPointF(300, 80));
    drag(&pad, QPointF(350, 50), QPointF(450, 80));
    QCOMPARE(pad.strokes().strokes.size(), 3);
    pad.undoStroke();
    QCOMPARE(pad.strokes().strokes.size(), 2);
    pad.setFocus();
    QTest::keyClick(&pad, Qt::Key_Backspace);
    QCOMPARE(pad.strokes().strokes.size(), 1);
    drag(&pad, QPointF(200, 50), QPointF(300, 80));
    QTest::keyClick(&pad, Qt::Key_Delete);
    QVERIFY(pad.isEmpty());
    pad.clear();
    QVERIFY(pad.isEmpty());
}

void TestSignaturePad::dialogFollowsThePad()
{
    SignDialog dialog(u"佐藤 花子"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *ok = dialog.findChild<QPushButton *>(u"signOkButton"_s);
    auto *undo = dialog.findChild<QPushButton *>(u"undoStrokeButton"_s);
    auto *clear = dialog.findChild<QPushButton *>(u"clearPadButton"_s);
    QVERIFY(ok && undo && clear);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!undo->isEnabled());
    drag(dialog.pad(), QPointF(60, 60), QPointF(200, 100));
    QVERIFY(ok->isEnabled());
    QVERIFY(undo->isEnabled());
    QVERIFY(!SignatureStrokes::fromJson(dialog.strokesJson()).isEmpty());
    undo->click();
    QVERIFY(dialog.pad()->isEmpty());
    QVERIFY(!ok->isEnabled());
    // Escape closes it without signing: the dialog is driven by keyboard.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestSignaturePad::accessible()
{
    SignaturePad pad;
    QVERIFY(!pad.accessibleName().isEmpty());
    QVERIFY(pad.accessibleDescription().contains(u"Signed on Paper"_s));
    QVERIFY(pad.accessibleDescription().contains(u"keyboard"_s));
    QVERIFY(pad.focusPolicy() & Qt::TabFocus);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&pad);
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Name), pad.accessibleName());
    QCOMPARE(iface->text(QAccessible::Description), pad.accessibleDescription());
}

QTEST_MAIN(TestSignaturePad)
#include "TestSignaturePad.moc"
