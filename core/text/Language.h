#pragma once
#include <QString>

class QCoreApplication;

namespace kiroku {

// The UI language: KIROKU_LANG in the environment, else the saved choice (QSettings "ui/language"),
// else Japanese. Returns "ja" or "en".
QString uiLanguage();
void setUiLanguage(const QString &language);
// Installs Kiroku's and Qt's translators for the UI language on the application.
void installTranslators(QCoreApplication &app);

} // namespace kiroku
