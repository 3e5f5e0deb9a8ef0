#pragma once
#include <QString>

class QCoreApplication;

namespace kiroku {

// The UI language: KIROKU_LANG in the environment, else the saved choice (QSettings "ui/language"),
// else Japanese. Returns "ja" or "en".
QString uiLanguage();
void setUiLanguage(const QString &language);
// Installs Kiroku's and Qt's translators for a language ("ja" or "en"; the UI language by default).
void installTranslators(QCoreApplication &app, const QString &language = uiLanguage());

} // namespace kiroku
