// kiroku-app, the full program: a subcommand runs headless on the command line, anything else opens the
// window. Users run it through the `kiroku` front (FrontMain.cpp), which runs the lighter subcommands
// itself.
#include "GuiMain.h"
#include "Identity.h"
#include "cli/Cli.h"
#include "text/Language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    kiroku::app::setIdentity();

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (kiroku::cli::wantsCommandLine(arguments)) {
        // Laying out a record needs fonts, hence a QGuiApplication; without a display it runs offscreen.
        const bool gui = kiroku::cli::needsGui(arguments);
        if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QGuiApplication>(argc, argv)
                                                    : std::make_unique<QCoreApplication>(argc, argv);
        kiroku::installTranslators(*app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return kiroku::cli::run(QCoreApplication::arguments(), out, err);
    }

    QApplication app(argc, argv);
    // Installed, the documentation is in share/doc/kiroku; run from the build folder, in the sources.
    kiroku::ui::setDocumentationFolders(
        {QCoreApplication::applicationDirPath() + u"/"_s + QString::fromUtf8(KIROKU_DOCS_FROM_APP),
         QString::fromUtf8(KIROKU_SOURCE_DOCS)});
    QCommandLineParser parser;
    const QCommandLineOption archive(u"archive"_s, u"Archive to open."_s, u"FILE"_s);
    parser.addOption(archive);
    parser.addHelpOption();
    parser.process(app);
    return kiroku::ui::runGui(app, parser.value(archive));
}
