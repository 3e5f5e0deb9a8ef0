#include "GuiMain.h"

#include "ArchiveController.h"
#include "MainWindow.h"
#include "text/Language.h"

#include <QApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
void installTranslators(QCoreApplication &app, const QString &language)
{
    auto *kiroku = new QTranslator(&app);
    if (kiroku->load(u"kiroku_"_s + language, u":/i18n"_s))
        QCoreApplication::installTranslator(kiroku);
    else
        delete kiroku;
    if (language != u"ja")
        return;
    // Qt's own dialogs and context menus (OK, Cancel, Copy ...) in Japanese too.
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    auto *qt = new QTranslator(&app);
    if (qt->load(u"qtbase_ja"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

int runGui(QApplication &app, const QString &archivePath)
{
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(u"Kiroku"_s);
    if (QCoreApplication::applicationName().isEmpty())
        QCoreApplication::setApplicationName(u"kiroku"_s);
    installTranslators(app, kiroku::uiLanguage());

    MainWindow window;
    ArchiveController *controller = window.controller();
    bool opened = false;
    if (!archivePath.isEmpty()) {
        opened =
            QFileInfo::exists(archivePath) ? controller->open(archivePath) : controller->create(archivePath);
    } else {
        // A last archive that has since moved away is not worth a message: fall back to the demo.
        const QString last = QSettings().value(u"archive/last"_s).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            opened = controller->open(last);
        if (!opened && (last.isEmpty() || !QFileInfo::exists(last)))
            opened = controller->openDemo();
    }
    // After a refusal the clerk may pick another file, as often as needed; cancelling leaves the
    // window empty with the File menu to go on.
    while (!opened) {
        const auto answer = QMessageBox::question(nullptr, MainWindow::tr("Open Archive"),
                                                  MainWindow::tr("Open another archive?"),
                                                  QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open)
            break;
        opened = controller->openWithDialog();
    }
    window.show();
    return app.exec();
}

} // namespace kiroku::ui
