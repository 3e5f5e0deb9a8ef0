// `kiroku`, the front. The subcommands that need only the archive — search, sealing, backups, --help,
// --version — run here, in a program linked with Qt Core, Qt Sql and ICU alone. Everything else (the
// window, printing, packets, letters, demo, import, export, …) belongs to the full program, kiroku-app,
// which replaces this process. Mapping and binding Qt Gui, Widgets, Pdf, qpdf and the ~60 libraries
// they pull in took longer than a search itself (docs/search.md).
#include "Identity.h"
#include "cli/StoreCli.h"
#include "text/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#ifdef Q_OS_WIN
#include <QProcess>
#else
#include <unistd.h>
#endif

#include <cerrno>
#include <cstring>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// kiroku-app beside this program (the build folder, Windows), else where it is installed
// (KIROKU_APP_DIR, relative to this program's folder). Never the working directory.
QString fullProgram()
{
    const QDir here(QCoreApplication::applicationDirPath());
#ifdef Q_OS_WIN
    const QString name = u"kiroku-app.exe"_s;
#else
    const QString name = u"kiroku-app"_s;
#endif
    for (const QString &dir : {QString(), QStringLiteral(KIROKU_APP_DIR)}) {
        const QFileInfo candidate(dir.isEmpty() ? here.filePath(name) : here.filePath(dir + u'/' + name));
        if (candidate.isFile() && candidate.isExecutable())
            return candidate.absoluteFilePath();
    }
    return {};
}

// Runs `program` with this process's arguments, its own name as given included (the window's class
// comes from it). Returns only when that failed, with the reason, or on Windows with the exit code.
std::optional<int> handOver(const QString &program, std::vector<char *> arguments, QString &failure)
{
#ifdef Q_OS_WIN
    // No exec on Windows: the full program runs on this console and its exit code is passed on.
    QProcess child;
    QStringList rest;
    for (std::size_t i = 1; i < arguments.size(); ++i)
        rest << QString::fromLocal8Bit(arguments[i]);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.setInputChannelMode(QProcess::ForwardedInputChannel);
    child.start(program, rest);
    if (child.waitForFinished(-1) && child.exitStatus() == QProcess::NormalExit)
        return child.exitCode();
    failure = child.errorString();
#else
    arguments.push_back(nullptr);
    ::execv(QFile::encodeName(program).constData(), arguments.data());
    failure = QString::fromLocal8Bit(std::strerror(errno));
#endif
    return std::nullopt;
}

} // namespace

int main(int argc, char *argv[])
{
    kiroku::app::setIdentity();
    // Taken before QCoreApplication, which may remove arguments it handles itself.
    const std::vector<char *> arguments(argv, argv + argc);
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (kiroku::cli::isStoreCommand(QCoreApplication::arguments().value(1))) {
        kiroku::installTranslators(app);
        QTextStream out(stdout);
        return kiroku::cli::runStoreCommand(QCoreApplication::arguments(), out, err);
    }
    const QString program = fullProgram();
    QString failure = QString::fromLocal8Bit(std::strerror(ENOENT));
    if (!program.isEmpty()) {
        if (const std::optional<int> code = handOver(program, arguments, failure))
            return *code;
    }
    kiroku::installTranslators(app);
    err << QCoreApplication::translate("kiroku::cli",
                                       "Kiroku is not completely installed: cannot start %1 (%2).")
               .arg(program.isEmpty() ? u"kiroku-app"_s : program, failure)
        << Qt::endl;
    return 1;
}
