#pragma once
// Entry of the window: translators, the archive to open, the main window.
#include <QString>

class QApplication;
class QCoreApplication;

namespace kiroku::ui {

// Installs Kiroku's translation for `language` ("ja" or "en"; Qt's own too for Japanese) into the
// application. runGui() uses the language of kiroku::uiLanguage() (text/Language.h); tests pick one.
void installTranslators(QCoreApplication &app, const QString &language);

// Opens `archivePath` (created when missing), else the last archive, else the demo archive, shows
// the main window and runs the event loop.
int runGui(QApplication &app, const QString &archivePath);

} // namespace kiroku::ui
