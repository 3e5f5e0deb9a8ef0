#include "GuiMain.h"

#include "ArchiveController.h"
#include "MainWindow.h"
#include "text/Language.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {
QStringList &docFolders()
{
    static QStringList folders;
    return folders;
}
} // namespace

void setDocumentationFolders(const QStringList &folders)
{
    docFolders() = folders;
}

QStringList documentationFolders()
{
    return docFolders();
}

int runGui(QApplication &app, const QString &archivePath)
{
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(u"Kiroku"_s);
    if (QCoreApplication::applicationName().isEmpty())
        QCoreApplication::setApplicationName(u"kiroku"_s);
    kiroku::installTranslators(app);

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
    // window empty with the File menu to go on. A damaged archive restored from its backup is open.
    while (!opened && !controller->document()) {
        const auto answer = QMessageBox::question(nullptr, MainWindow::tr("Open Archive"),
                                                  MainWindow::tr("Open another archive?"),
                                                  QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
        if (answer != QMessageBox::Open)
            break;
        opened = controller->openWithDialog();
    }
    window.show();
    // For the start-up benchmark: leave as soon as the first frame has been handled.
    if (qEnvironmentVariableIsSet("KIROKU_QUIT_AFTER_START"))
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}

} // namespace kiroku::ui
