// Nothing typed is lost: a child process types a meeting's minutes through DraftingSession and is
// killed with SIGKILL at random moments, again and again. After each kill the archive must hold every
// statement the child reported as committed (and nothing but the script, in order), and the draft line
// must hold the line being typed up to at most the last second before the kill.
#include "DraftScript.h"
#include "DraftingFixture.h"
#include "store/Archive.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;

namespace {

struct Keystroke
{
    int line = 0;
    int length = 0;
    qint64 at = 0;
};

} // namespace

class TestDraftKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killRepeatedly();
};

void TestDraftKill::killRepeatedly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"kill.kiroku"_s);
    Id meetingId = 0;
    {
        Archive::Opened opened = Archive::open(path, Archive::OpenMode::CreateIfMissing);
        QVERIFY2(opened.archive, qPrintable(opened.message));
        meetingId = test::writeDraftingData(opened.archive->database()).meeting.id;
    }

    const int rounds = qEnvironmentVariableIntValue("KIROKU_KILL_ROUNDS") > 0
                           ? qEnvironmentVariableIntValue("KIROKU_KILL_ROUNDS")
                           : 30;
    const quint32 seed = quint32(QDateTime::currentMSecsSinceEpoch());
    qInfo("seed %u, %d rounds", seed, rounds);
    QRandomGenerator random(seed);
    int committedSeen = 0; // lines the child said were committed, over all rounds
    int recoveredDrafts = 0;
    qint64 worstLossMs = 0;
    int charactersRecovered = 0;

    for (int round = 0; round < rounds; ++round) {
        QProcess typist;
        typist.setProgram(QStringLiteral(DRAFT_TYPIST));
        typist.setArguments({path, QString::number(meetingId), u"80"_s}); // 12 keys a second
        typist.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        typist.start();
        QVERIFY(typist.waitForStarted());
        QVERIFY2(typist.waitForReadyRead(10000), "the typist did not start typing");
        const int delay = random.bounded(200, 4500);
        QElapsedTimer wait;
        wait.start();
        while (wait.elapsed() < delay && typist.state() == QProcess::Running)
            typist.waitForReadyRead(int(delay - wait.elapsed()));
        QCOMPARE(typist.state(), QProcess::Running);
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        typist.kill(); // SIGKILL
        QVERIFY(typist.waitForFinished(10000));

        QVector<Keystroke> keystrokes;
        const QList<QByteArray> lines = typist.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> f = line.split(' ');
            if (f.value(0) == "K")
                keystrokes.append({f.value(1).toInt(), f.value(2).toInt(), f.value(3).toLongLong()});
            else if (f.value(0) == "C")
                committedSeen = std::max(committedSeen, f.value(1).toInt() + 1);
        }

        Archive::Opened opened = Archive::open(path);
        QVERIFY2(opened.archive, qPrintable(opened.message));
        const QSqlDatabase db = opened.archive->database();
        const QVector<Statement> statements = StatementRepository(db).statements(meetingId);
        QVERIFY2(statements.size() >= committedSeen,
                 qPrintable(u"round %1: %2 statements, %3 committed"_s.arg(round)
                                .arg(statements.size())
                                .arg(committedSeen)));
        for (int i = 0; i < statements.size(); ++i)
            QCOMPARE(statements.at(i).text, test::scriptLine(i).trimmed());
        const int current = int(statements.size());
        const QString draft = StatementRepository(db).draftLine(meetingId).value_or(DraftLine{}).text;
        QVERIFY2(test::scriptLine(current).startsWith(draft),
                 qPrintable(u"round %1: draft \"%2\""_s.arg(round).arg(draft)));
        // Everything typed into this line more than a second before the kill must be in the draft.
        for (const Keystroke &k : std::as_const(keystrokes)) {
            if (k.line != current || k.length <= draft.size())
                continue;
            worstLossMs = std::max(worstLossMs, killedAt - k.at);
            QVERIFY2(killedAt - k.at <= 1000,
                     qPrintable(u"round %1: keystroke %2 of line %3 typed %4 ms before the kill was lost"_s
                                    .arg(round)
                                    .arg(k.length)
                                    .arg(current)
                                    .arg(killedAt - k.at)));
            break;
        }
        if (!draft.isEmpty()) {
            ++recoveredDrafts;
            charactersRecovered += int(draft.size());
        }
        committedSeen = std::max(committedSeen, current);
    }
    qInfo("%d kills: %d statements committed and all present; %d typed lines recovered (%d characters); "
          "the oldest lost keystroke was typed %lld ms before its kill",
          rounds, committedSeen, recoveredDrafts, charactersRecovered, worstLossMs);
}

QTEST_GUILESS_MAIN(TestDraftKill)
#include "TestDraftKill.moc"
