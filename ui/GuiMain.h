#pragma once
// Entry of the window: translators, the archive to open, the main window.
#include <QString>

class QApplication;

namespace kiroku::ui {

// Opens `archivePath` (created when missing), else the last archive, else the demo archive, shows
// the main window and runs the event loop.
int runGui(QApplication &app, const QString &archivePath);

} // namespace kiroku::ui
