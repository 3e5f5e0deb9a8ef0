// What comes out of the PIA evaluations: the JSON export (every part, export → import → export the
// same bytes), the inspection result sheet and the 答申 paragraph from their formats (和暦 dates, the
// summary string, the checklist), the dashboard's reviews and deadlines, and `kiroku pia`.
#include "cli/Cli.h"
#include "io/ArchiveJson.h"
#include "io/DemoArchive.h"
#include "letters/Letter.h"
#include "overview/Dashboard.h"
#include "pia/PiaRegister.h"
#include "store/Archive.h"
#include "store/PiaRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;

class TestPiaOutput : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    Id m_council = 0;
    Id m_gov = 0; // the 住民基本台帳 evaluation under inspection (version 2)

    static QString pdftotext(const QString &path)
    {
        QProcess p;
        p.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    int run(const QStringList &arguments, QString *outText, QString *errText = nullptr)
    {
        QString o, e;
        QTextStream out(&o), err(&e);
        const int code = cli::run(QStringList{u"kiroku"_s} + arguments, out, err);
        out.flush();
        err.flush();
        if (outText)
            *outText = o;
        if (errText)
            *errText = e;
        return code;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(u"demo.kiroku"_s);
        Archive::Opened opened = Archive::open(m_path, Archive::OpenMode::CreateIfMissing);
        QVERIFY(opened.archive);
        m_council = DemoArchive::write(opened.archive->database());
        m_gov = PiaRepository(opened.archive->database()).versions(m_council, u"1"_s).constLast().id;
    }

    void demoEvaluation()
    {
        auto archive = Archive::open(m_path).archive;
        const PiaRepository repository(archive->database());
        const pia::PiaEntry entry =
            pia::entryOf(archive->database(), *repository.evaluation(m_gov), pia::PiaLibrary().thresholds());
        QCOMPARE(entry.questionSummary, u"21問: 一次 適合10・観察事項11 → 最終 適合21"_s);
        QCOMPARE(entry.threshold.status, pia::ThresholdJudgment::Status::AsRequired);
        QCOMPARE(entry.schedule.commentDays, 30);
        QCOMPARE(entry.opinions, 3);
        QCOMPARE(entry.checklist.total, 13);
        QVERIFY(entry.checklist.judged > 0 && entry.checklist.judged < 13);
        QCOMPARE(entry.changes, 4);
        QVERIFY(entry.latest);
        QVERIFY2(entry.problems.isEmpty(), qPrintable(entry.problems.join(u'\n')));
        QVERIFY(entry.evaluation.changeDescription.contains(u"ガバメントクラウド"_s));
        QVERIFY(entry.evaluation.consultationId != 0);
        // Its document is the 全項目評価書 handed out at the meetings; every cited page is within it.
        QCOMPARE(entry.evaluation.documentPageCount, 48);
        QVERIFY(entry.evaluation.documentFileId != 0);
        const QVector<PiaViewpoint> viewpoints = repository.viewpoints(m_gov);
        QVERIFY(std::any_of(viewpoints.begin(), viewpoints.end(),
                            [](const PiaViewpoint &v) { return !v.statementIds.isEmpty(); }));
    }

    void jsonRoundTrip()
    {
        QByteArray first;
        {
            auto archive = Archive::open(m_path).archive;
            first = ArchiveJson::exportArchiveBytes(archive->database());
        }
        const QJsonObject document = QJsonDocument::fromJson(first).object();
        const QJsonArray evaluations =
            document.value(u"councils"_s).toArray().first().toObject().value(u"pia_evaluations"_s).toArray();
        QCOMPARE(evaluations.size(), 3);
        QJsonObject gov;
        for (const QJsonValue &v : evaluations) {
            if (v.toObject().value(u"id"_s).toInteger() == m_gov)
                gov = v.toObject();
        }
        QCOMPARE(gov.value(u"questions"_s).toArray().size(), 21);
        QCOMPARE(gov.value(u"viewpoints"_s).toArray().size(), 13);
        QCOMPARE(gov.value(u"opinions"_s).toArray().size(), 3);
        QCOMPARE(gov.value(u"changes"_s).toArray().size(), 4);
        QCOMPARE(gov.value(u"target_count_source"_s).toString(), u"住民基本台帳の登録者数（4月1日現在）"_s);

        auto copy = Archive::openInMemory();
        ArchiveJson::importArchiveBytes(copy->database(), first);
        QCOMPARE(ArchiveJson::exportArchiveBytes(copy->database()), first);
        QCOMPARE(*PiaRepository(copy->database()).snapshot(m_gov),
                 *PiaRepository(Archive::open(m_path).archive->database()).snapshot(m_gov));
    }

    void resultSheet()
    {
        auto archive = Archive::open(m_path).archive;
        letters::LetterRequest request;
        request.kind = letters::LetterKind::PiaResultSheet;
        request.piaEvaluationId = m_gov;
        const QString pdf = m_dir.filePath(u"tenken.pdf"_s);
        const letters::LetterOutcome outcome = letters::writeLetter(archive->database(), request, pdf);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(outcome.pageCount >= 2);
        const QString text = pdftotext(pdf);
        QVERIFY2(text.contains(u"特定個人情報保護評価書の第三者点検結果"_s), qPrintable(text));
        QVERIFY(text.contains(u"令和8年11月12日"_s)); // the inspection date, in 和暦
        QVERIFY(text.contains(u"21問: 一次 適合10・観察事項11 → 最終 適合21"_s));
        QVERIFY(text.contains(u"妥当性4"_s));
        QVERIFY(text.contains(u"ガバメントクラウド"_s));
        QCOMPARE(outcome.values.value(u"commentPeriod"_s),
                 u"令和8年4月1日から令和8年4月30日まで（30日間）"_s);
        QCOMPARE(outcome.values.value(u"opinionCount"_s), u"3件"_s);
    }

    void responseParagraph()
    {
        auto archive = Archive::open(m_path).archive;
        letters::LetterRequest request;
        request.kind = letters::LetterKind::PiaResponseParagraph;
        request.piaEvaluationId = m_gov;
        letters::LetterOutcome outcome;
        const QString text = letters::letterText(archive->database(), request, &outcome);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(text.contains(u"「住民基本台帳に関する事務」に係る特定個人情報保護評価書"_s));
        QVERIFY(text.contains(u"第三者点検を令和8年11月12日に行った。"_s));
        QVERIFY(text.contains(
            u"質問票による確認の結果は、21問: 一次 適合10・観察事項11 → 最終 適合21であった。"_s));
        // The checklist is not fully judged yet: no conclusion is printed.
        QVERIFY(!text.contains(u"適当であると認める"_s));

        request.piaEvaluationId = 99999;
        letters::letterText(archive->database(), request, &outcome);
        QVERIFY(outcome.error.contains(u"99999"_s));
    }

    void dashboard()
    {
        auto archive = Archive::open(m_path).archive;
        const QVector<overview::DashboardItem> items =
            overview::dashboard(archive->database(), QDate(2026, 11, 22));
        QVector<overview::DashboardItem> pia;
        for (const overview::DashboardItem &i : items) {
            if (i.kind == overview::DashboardItem::Kind::PiaDeadline)
                pia << i;
        }
        // The 住民基本台帳 evaluation: first published 令和4年3月15日, re-evaluation due 令和9年3月15日;
        // its yearly review (a year after 令和7年3月10日) is overdue.
        const auto find = [&](const QString &needle) {
            return std::find_if(pia.begin(), pia.end(),
                                [&](const overview::DashboardItem &i) { return i.text.contains(needle); });
        };
        const auto fiveYear = find(u"re-evaluation due by 令和9年3月15日"_s);
        QVERIFY(fiveYear != pia.end());
        QCOMPARE(fiveYear->piaEvaluationId, m_gov);
        QCOMPARE(fiveYear->urgency, overview::DashboardItem::Urgency::Info);
        const auto review = find(u"yearly review due by 令和8年3月10日"_s);
        QVERIFY(review != pia.end());
        QCOMPARE(review->urgency, overview::DashboardItem::Urgency::Overdue);
        QVERIFY(!overview::kindTitle(overview::DashboardItem::Kind::PiaDeadline).isEmpty());
        // The superseded first version has no line of its own.
        for (const overview::DashboardItem &i : pia)
            QVERIFY(i.piaEvaluationId != m_gov - 1);
    }

    void commandLine()
    {
        QString out, err;
        QCOMPARE(run({u"pia"_s, u"list"_s, u"--archive"_s, m_path}, &out, &err), 0);
        QVERIFY2(out.contains(u"評価書 No.1 第2版 「住民基本台帳に関する事務」"_s), qPrintable(out + err));
        QVERIFY(out.contains(u"21問: 一次 適合10・観察事項11 → 最終 適合21"_s));
        QVERIFY(out.contains(u"voluntarily fuller"_s)); // the 市民税 evaluation

        QCOMPARE(run({u"pia"_s, u"show"_s, u"--archive"_s, m_path, u"--evaluation"_s, QString::number(m_gov)},
                     &out),
                 0);
        QVERIFY(out.contains(u"III 7 ⑥ 技術的対策, p.44"_s));
        QVERIFY(out.contains(u"住民基本台帳の登録者数"_s));

        QCOMPARE(run({u"pia"_s, u"threshold"_s, u"--target"_s, u"299999"_s, u"--handlers"_s, u"500"_s}, &out),
                 0);
        QVERIFY(out.contains(u"基礎項目評価及び全項目評価 required"_s));
        QCOMPARE(run({u"pia"_s, u"threshold"_s, u"--target"_s, u"300000"_s, u"--handlers"_s, u"0"_s,
                      u"--declared"_s, u"basic_focused"_s},
                     &out),
                 1); // a mismatch
        QVERIFY(out.contains(u"mismatch"_s));

        // Export, import the same table back (one undo step each time), round trip exact.
        const QString csv = m_dir.filePath(u"q.csv"_s);
        const QString id = QString::number(m_gov);
        QCOMPARE(run({u"pia"_s, u"export-questions"_s, u"--archive"_s, m_path, u"--evaluation"_s, id,
                      u"--encoding"_s, u"sjis"_s, u"-o"_s, csv},
                     &out, &err),
                 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray exported = file.readAll();
        file.close();
        QCOMPARE(run({u"pia"_s, u"import-questions"_s, u"--archive"_s, m_path, u"--evaluation"_s, id, csv},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(u"Shift_JIS"_s), qPrintable(out + err));
        const QString again = m_dir.filePath(u"q2.csv"_s);
        QCOMPARE(run({u"pia"_s, u"export-questions"_s, u"--archive"_s, m_path, u"--evaluation"_s, id,
                      u"--encoding"_s, u"sjis"_s, u"-o"_s, again},
                     &out),
                 0);
        QFile file2(again);
        QVERIFY(file2.open(QIODevice::ReadOnly));
        QCOMPARE(file2.readAll(), exported);

        // A bad table: refused, nothing changed.
        const QString bad = m_dir.filePath(u"bad.csv"_s);
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write(u"番号,該当箇所,一次判定,最終判定\n1,I,よい,適合\n"_s.toUtf8());
        badFile.close();
        const QByteArray before = ArchiveJson::exportArchiveBytes(Archive::open(m_path).archive->database());
        QCOMPARE(run({u"pia"_s, u"import-questions"_s, u"--archive"_s, m_path, u"--evaluation"_s, id, bad},
                     &out, &err),
                 1);
        QVERIFY(err.contains(u"Line 2"_s));
        QCOMPARE(ArchiveJson::exportArchiveBytes(Archive::open(m_path).archive->database()), before);

        // A damaged document: refused.
        const QString broken = m_dir.filePath(u"broken.pdf"_s);
        QFile brokenFile(broken);
        QVERIFY(brokenFile.open(QIODevice::WriteOnly));
        brokenFile.write("%PDF-1.7\n1 0 obj\n<< /Type /Catalog");
        brokenFile.close();
        QCOMPARE(run({u"pia"_s, u"attach-document"_s, u"--archive"_s, m_path, u"--evaluation"_s, id, broken},
                     &out, &err),
                 1);
        QVERIFY2(err.contains(u"broken.pdf"_s), qPrintable(err));
        QCOMPARE(ArchiveJson::exportArchiveBytes(Archive::open(m_path).archive->database()), before);

        // The letters.
        const QString sheet = m_dir.filePath(u"sheet.pdf"_s);
        QCOMPARE(
            run({u"pia"_s, u"result-sheet"_s, u"--archive"_s, m_path, u"--evaluation"_s, id, u"-o"_s, sheet},
                &out, &err),
            0);
        QVERIFY2(QFile::exists(sheet), qPrintable(err));
        QCOMPARE(run({u"pia"_s, u"toshin-paragraph"_s, u"--archive"_s, m_path, u"--evaluation"_s, id}, &out),
                 0);
        QVERIFY(out.contains(u"第三者点検"_s));

        QCOMPARE(run({u"pia"_s, u"show"_s, u"--archive"_s, m_path}, &out, &err), 2);
        QCOMPARE(run({u"pia"_s, u"frobnicate"_s}, &out, &err), 2);
        QCOMPARE(run({u"--help"_s}, &out), 0);
        QVERIFY(out.contains(u"kiroku pia"_s));
    }
};

QTEST_MAIN(TestPiaOutput)
#include "TestPiaOutput.moc"
