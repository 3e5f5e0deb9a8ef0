// Live drafting speed (issue 3): with a 3,000-statement meeting open in the drafting view, the time to
// handle one keystroke in the entry line (event delivery, the session, and the repaint it causes), the
// time to commit a turn, and the time to open the meeting (session + view, up to the first frame).
// Usage: bench_drafting [KEYSTROKES]   (offscreen unless a display is set)
#include "commands/Document.h"
#include "drafting/DraftingEntry.h"
#include "drafting/DraftingSession.h"
#include "drafting/DraftingView.h"
#include "io/DemoArchive.h"
#include "store/Archive.h"
#include "store/Sql.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace kiroku;

namespace {

double percentile(QVector<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

void print(const char *what, const QVector<double> &ms)
{
    std::printf("%-44s p50 %7.3f ms  p99 %7.3f ms  max %7.3f ms  (n=%lld)\n", what, percentile(ms, 0.5),
                percentile(ms, 0.99), percentile(ms, 1.0), qlonglong(ms.size()));
}

void key(QWidget *target, int code, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, code, Qt::NoModifier, text);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, code, Qt::NoModifier, text);
    QApplication::sendEvent(target, &release);
}

// Counts the paints of the entry line, to show that each measured keystroke includes its repaint.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int keystrokes = argc > 1 ? std::atoi(argv[1]) : 3000;

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.kiroku"_s);
    Id meetingId = 0;
    {
        Archive::Opened opened = Archive::open(path, Archive::OpenMode::CreateIfMissing);
        if (!opened.archive)
            return 1;
        DemoOptions options;
        options.longMeeting = true;
        DemoArchive::write(opened.archive->database(), options);
        meetingId =
            sql::scalar(
                opened.archive->database(),
                u"SELECT meeting_id FROM statement GROUP BY meeting_id ORDER BY COUNT(*) DESC LIMIT 1"_s)
                .toLongLong();
    }
    Archive::Opened opened = Archive::open(path);
    Document document(std::move(opened.archive));

    // Opening: the session reads the meeting, the view builds its model and paints the first frame.
    QVector<double> openMs;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer timer;
        timer.start();
        DraftingSession session(&document, meetingId);
        session.open();
        ui::DraftingView view(&session);
        view.resize(1280, 860);
        view.show();
        QCoreApplication::processEvents();
        (void)view.grab(QRect(0, 0, 1, 1)); // forces layout and a paint
        openMs << double(timer.nsecsElapsed()) / 1e6;
    }

    DraftingSession session(&document, meetingId);
    session.open();
    ui::DraftingView view(&session);
    view.resize(1280, 860);
    view.show();
    QCoreApplication::processEvents();
    std::printf("meeting %lld with %lld statements\n", qlonglong(meetingId),
                qlonglong(session.statements().size()));
    QPlainTextEdit *entry = view.entry()->textEdit();
    entry->setFocus();
    PaintCounter counter;
    entry->viewport()->installEventFilter(&counter);

    const QString sentence =
        u"ガバメントクラウドへの移行に伴う全項目評価書の再評価について御説明いたします。"_s;
    QVector<double> keyMs;
    QVector<double> commitMs;
    int typed = 0;
    while (typed < keystrokes) {
        for (const QChar c : sentence) {
            QElapsedTimer timer;
            timer.start();
            key(entry, 0, QString(c));
            QCoreApplication::processEvents(); // the repaint and the timers due
            keyMs << double(timer.nsecsElapsed()) / 1e6;
            if (++typed >= keystrokes)
                break;
        }
        QElapsedTimer timer;
        timer.start();
        key(entry, Qt::Key_Return, u"\r"_s);
        QCoreApplication::processEvents();
        commitMs << double(timer.nsecsElapsed()) / 1e6;
    }
    // The same commit without the view: what the session and the archive take.
    view.hide();
    QVector<double> sessionCommitMs;
    for (int i = 0; i < 40; ++i) {
        session.setEntryText(sentence);
        QElapsedTimer timer;
        timer.start();
        session.commitEntry();
        sessionCommitMs << double(timer.nsecsElapsed()) / 1e6;
    }
    std::printf("entry line repainted %d times for %lld keystrokes\n", counter.paints,
                qlonglong(keyMs.size()));
    print("keystroke in the entry line", keyMs);
    print("commit of a turn (Enter)", commitMs);
    print("commit, session and archive only", sessionCommitMs);
    print("open the meeting (session + view + frame)", openMs);
    std::printf("statements after the run: %lld\n", qlonglong(session.statements().size()));
    return 0;
}
