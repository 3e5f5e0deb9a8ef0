#pragma once
// Record ▸ Build Packet…: the tablet packet of the meeting selected in the archive tree. Created by
// the main window with one line; it adds its action to the Record menu and knows nothing else of it.
#include <QObject>

class QAction;

namespace kiroku::ui {

class MainWindow;
class PacketDialog;

class PacketController : public QObject
{
    Q_OBJECT
public:
    explicit PacketController(MainWindow *window);
    QAction *buildAction() const { return m_action; }
    // Opens the dialog for the selected meeting; null (and a word in the status bar) without one.
    PacketDialog *buildPacket();

private:
    MainWindow *m_window;
    QAction *m_action;
};

} // namespace kiroku::ui
