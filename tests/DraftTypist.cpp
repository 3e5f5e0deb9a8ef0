// The kill test's child process: types the script into a meeting through DraftingSession, the same
// code path as the window's entry line (setEntryText on every keystroke, the session's autosave, Enter
// = commitEntry). It resumes from whatever the previous run left, and reports on standard output,
// one flushed line per event:
//   R <statements> <draft length>   opened; what the session recovered
//   K <line> <length> <ms>          a keystroke made the entry line <length> characters long
//   C <line>                        commitEntry() returned: line <line> is in the database
// Usage: DraftTypist ARCHIVE MEETING_ID [MS_PER_KEY]
#include "DraftScript.h"
#include "commands/Document.h"
#include "drafting/DraftingSession.h"
#include "store/Archive.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace kiroku;

namespace {

void report(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    Archive::Opened opened = Archive::open(args.at(1));
    if (!opened.archive) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    Document document(std::move(opened.archive));
    DraftingSession session(&document, args.at(2).toLongLong());
    if (!session.open())
        return 1;
    int line = int(session.statements().size());
    QString text = session.entryText();
    if (!test::scriptLine(line).startsWith(text)) {
        std::fprintf(stderr, "recovered line is not a prefix of the script\n");
        return 3;
    }
    report(u"R %1 %2"_s.arg(line).arg(text.size()));

    QTimer keys;
    keys.setInterval(args.value(3, u"20"_s).toInt());
    QObject::connect(&keys, &QTimer::timeout, [&] {
        const QString target = test::scriptLine(line);
        if (text.size() < target.size()) {
            text = target.left(text.size() + 1);
            session.setEntryText(text);
            report(u"K %1 %2 %3"_s.arg(line).arg(text.size()).arg(QDateTime::currentMSecsSinceEpoch()));
            return;
        }
        if (!session.commitEntry())
            QCoreApplication::exit(4);
        report(u"C %1"_s.arg(line));
        ++line;
        text.clear();
    });
    keys.start();
    return app.exec();
}
