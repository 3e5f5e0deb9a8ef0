#pragma once
// Entry of the window: translators, the archive to open, the main window.
#include <QString>
#include <QStringList>

class QApplication;

namespace kiroku::ui {

// Opens `archivePath` (created when missing), else the last archive, else the demo archive, shows
// the main window and runs the event loop.
int runGui(QApplication &app, const QString &archivePath);

// Where the documentation shipped with the program may be, most likely first (set by main(), which
// knows the installed layout); the Help menu opens the first one that exists.
void setDocumentationFolders(const QStringList &folders);
QStringList documentationFolders();

} // namespace kiroku::ui
