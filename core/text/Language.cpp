#include "text/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace kiroku {

QString uiLanguage()
{
    const QString fromEnvironment = qEnvironmentVariable("KIROKU_LANG").left(2).toLower();
    if (fromEnvironment == u"en"_s || fromEnvironment == u"ja"_s)
        return fromEnvironment;
    const QString saved = QSettings().value(u"ui/language"_s).toString();
    return saved == u"en"_s ? saved : u"ja"_s;
}

void setUiLanguage(const QString &language)
{
    QSettings().setValue(u"ui/language"_s, language == u"en"_s ? u"en"_s : u"ja"_s);
}

void installTranslators(QCoreApplication &app, const QString &language)
{
    auto *own = new QTranslator(&app);
    if (own->load(u":/i18n/kiroku_"_s + language + u".qm"_s))
        QCoreApplication::installTranslator(own);
    if (language == u"ja"_s) {
        // Qt's own dialogs and context menus (OK, Cancel, Copy ...) and number formats in Japanese too.
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        auto *qt = new QTranslator(&app);
        if (qt->load(u"qtbase_ja"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
}

} // namespace kiroku
