// The PIA rules read from data: the threshold table at every boundary, with and without many staff or a
// serious incident; a declared type fuller than required (voluntary) or lighter (mismatch); a clerk's
// copy of the table replacing the shipped one; the checklist's 13 viewpoints; and the schedule: the
// comment period, the yearly review and the five-year deadline.
#include "pia/PiaLibrary.h"
#include "pia/Schedule.h"
#include "pia/Threshold.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::pia;

class TestPiaRules : public QObject
{
    Q_OBJECT

    static bool write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void shippedTable()
    {
        const PiaLibrary library;
        QVERIFY2(library.problems().isEmpty(), qPrintable(library.problems().join(u'\n')));
        const ThresholdTable t = library.thresholds();
        QCOMPARE(t.handlerThreshold, 500);
        QCOMPARE(t.rows.size(), 5);
        QVERIFY(t.guidelineDate.isValid());
        QVERIFY(!t.guideline.isEmpty());
    }

    void threshold_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<int>("handlers");
        QTest::addColumn<bool>("incident");
        QTest::addColumn<PiaType>("required");
        const auto row = [](const char *name, int target, int handlers, bool incident, PiaType type) {
            QTest::newRow(name) << target << handlers << incident << type;
        };
        row("0", 0, 0, false, PiaType::NotRequired);
        row("999", 999, 0, false, PiaType::NotRequired);
        row("999 heightened", 999, 500, true, PiaType::NotRequired);
        row("1,000", 1000, 0, false, PiaType::Basic);
        row("1,000 heightened", 1000, 500, true, PiaType::Basic);
        row("9,999", 9999, 0, false, PiaType::Basic);
        row("9,999 500 staff", 9999, 500, false, PiaType::Basic);
        row("10,000", 10000, 0, false, PiaType::Basic);
        row("10,000 499 staff", 10000, 499, false, PiaType::Basic);
        row("10,000 500 staff", 10000, 500, false, PiaType::BasicFocused);
        row("10,000 incident", 10000, 0, true, PiaType::BasicFocused);
        row("99,999", 99999, 0, false, PiaType::Basic);
        row("99,999 499 staff", 99999, 499, false, PiaType::Basic);
        row("99,999 500 staff", 99999, 500, false, PiaType::BasicFocused);
        row("99,999 incident", 99999, 12, true, PiaType::BasicFocused);
        row("100,000", 100000, 0, false, PiaType::BasicFocused);
        row("100,000 499 staff", 100000, 499, false, PiaType::BasicFocused);
        row("100,000 500 staff", 100000, 500, false, PiaType::BasicFull);
        row("100,000 incident", 100000, 0, true, PiaType::BasicFull);
        row("299,999", 299999, 0, false, PiaType::BasicFocused);
        row("299,999 499 staff", 299999, 499, false, PiaType::BasicFocused);
        row("299,999 500 staff", 299999, 500, false, PiaType::BasicFull);
        row("299,999 incident", 299999, 0, true, PiaType::BasicFull);
        row("300,000", 300000, 0, false, PiaType::BasicFull);
        row("300,000 incident", 300000, 600, true, PiaType::BasicFull);
        row("3,000,000", 3000000, 0, false, PiaType::BasicFull);
    }

    void threshold()
    {
        QFETCH(int, target);
        QFETCH(int, handlers);
        QFETCH(bool, incident);
        QFETCH(PiaType, required);
        const ThresholdTable t = PiaLibrary().thresholds();
        QCOMPARE(requiredType(t, target, handlers, incident), required);
        const ThresholdJudgment j = judge(t, target, handlers, incident, required);
        QCOMPARE(j.status, ThresholdJudgment::Status::AsRequired);
        QCOMPARE(j.heightened, incident || handlers >= 500);
    }

    void fullerOrLighter()
    {
        const ThresholdTable t = PiaLibrary().thresholds();
        // 236,500 people, 92 staff: 重点 required; a 全項目評価 is a voluntary choice.
        ThresholdJudgment j = judge(t, 236500, 92, false, PiaType::BasicFull);
        QCOMPARE(j.required, PiaType::BasicFocused);
        QCOMPARE(j.status, ThresholdJudgment::Status::Fuller);
        QVERIFY(statusText(j).contains(u"voluntarily fuller"_s));
        // 312,480 people: 全項目 required; declaring 重点 is a mismatch.
        j = judge(t, 312480, 186, false, PiaType::BasicFocused);
        QCOMPARE(j.required, PiaType::BasicFull);
        QCOMPARE(j.status, ThresholdJudgment::Status::Lighter);
        QVERIFY(statusText(j).contains(u"mismatch"_s));
        QVERIFY(j.explanation.contains(u"312,480"_s));
        // Not required at all, evaluated anyway.
        QCOMPARE(judge(t, 500, 3, false, PiaType::Basic).status, ThresholdJudgment::Status::Fuller);
        QCOMPARE(typeRank(PiaType::NotRequired), 0);
        QVERIFY(typeRank(PiaType::BasicFocused) < typeRank(PiaType::BasicFull));
    }

    void clerkCopyReplacesShippedTable()
    {
        QTemporaryDir dir;
        // An amended guideline: the staff threshold lowered to 300, a new row at 50,000.
        QVERIFY(write(dir.filePath(u"thresholds.json"_s), R"({
  "kind": "thresholds", "label": "改正後", "guideline": "指針（改正）", "guidelineDate": "2027-04-01",
  "handlerThreshold": 300,
  "rows": [
    { "targetFrom": 0, "normal": "not_required", "heightened": "not_required" },
    { "targetFrom": 1000, "normal": "basic", "heightened": "basic" },
    { "targetFrom": 50000, "normal": "basic", "heightened": "basic_full" }
  ]
})"));
        const PiaLibrary library({dir.path()});
        QVERIFY2(library.problems().isEmpty(), qPrintable(library.problems().join(u'\n')));
        const ThresholdTable t = library.thresholds();
        QCOMPARE(t.guidelineDate, QDate(2027, 4, 1));
        QCOMPARE(requiredType(t, 60000, 300, false), PiaType::BasicFull);
        QCOMPARE(requiredType(t, 60000, 299, false), PiaType::Basic);
        QCOMPARE(requiredType(t, 49999, 300, false), PiaType::Basic);
    }

    void badTableIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(u"thresholds.json"_s), R"({
  "kind": "thresholds", "guidelineDate": "2027-04-01", "handlerThreshold": 500, "colour": "red",
  "rows": [
    { "targetFrom": 1000, "normal": "basic", "heightened": "full" },
    { "targetFrom": 500, "normal": "basic", "heightened": "basic" }
  ]
})"));
        const PiaLibrary library({dir.path()});
        const QString problems = library.problems().join(u'\n');
        QVERIFY2(problems.contains(u"colour: unknown key"_s), qPrintable(problems));
        QVERIFY(problems.contains(u"rows[0].targetFrom: the first row must start at 0"_s));
        QVERIFY(problems.contains(u"rows[0].heightened: must be one of"_s));
        QVERIFY(problems.contains(u"rows[1].targetFrom: rows must be in ascending order"_s));
        // The shipped table stays in force.
        QCOMPARE(library.thresholds().handlerThreshold, 500);
        QCOMPARE(library.thresholds().rows.size(), 5);
    }

    void checklist()
    {
        const PiaLibrary library;
        const std::optional<ChecklistTemplate> c = library.checklist();
        QVERIFY(c);
        QCOMPARE(c->items.size(), 13);
        const auto conformity = std::count_if(c->items.begin(), c->items.end(), [](const ChecklistItem &i) {
            return i.area == PiaViewpointArea::Conformity;
        });
        QCOMPARE(conformity, 6);
        QCOMPARE(c->items.first().text, u"しきい値判断に誤りはないか。"_s);
        QCOMPARE(c->items.at(6).code, u"妥当性1"_s);
        QVERIFY(c->items.last().text.contains(u"表紙の宣言"_s));
        // A council's own copy under another name sits beside the shipped one.
        QTemporaryDir dir;
        QVERIFY(write(dir.filePath(u"midori.json"_s),
                      u"{\"kind\": \"checklist\", \"items\": [{\"area\": \"adequacy\", \"code\": \"独自1\", "
                      "\"text\": \"独自の観点\"}]}"_s.toUtf8()));
        const PiaLibrary withCopy({dir.path()});
        QCOMPARE(withCopy.checklistNames(), (QStringList{u"checklist"_s, u"midori"_s}));
        QCOMPARE(withCopy.checklist(u"midori"_s)->items.size(), 1);
    }

    void commentPeriod()
    {
        QCOMPARE(commentPeriodDays({2026, 4, 1}, {2026, 4, 30}), 30);
        QCOMPARE(commentPeriodDays({2026, 4, 1}, {2026, 4, 29}), 29);
        QCOMPARE(commentPeriodDays({2026, 4, 1}, {}), 0);
        QCOMPARE(commentPeriodDays({2026, 4, 30}, {2026, 4, 1}), 0);
        PiaEvaluation e;
        e.publicCommentStart = {2026, 4, 1};
        e.publicCommentEnd = {2026, 4, 30};
        QVERIFY(!scheduleOf(e).commentTooShort);
        e.publicCommentEnd = {2026, 4, 29};
        Schedule s = scheduleOf(e);
        QCOMPARE(s.commentDays, 29);
        QVERIFY(s.commentTooShort);
        e.publicCommentReason = u"法令改正への対応期限のため"_s;
        s = scheduleOf(e);
        QVERIFY(!s.commentTooShort);
        QVERIFY(s.commentShortWithReason);
    }

    void deadlines()
    {
        PiaEvaluation v1;
        v1.id = 1;
        v1.version = 1;
        v1.publicationDate = {2022, 3, 15};
        Schedule s = scheduleOf(v1);
        QCOMPARE(s.fiveYearDeadline, QDate(2027, 3, 15));
        QCOMPARE(s.nextReview, QDate(2023, 3, 15));
        v1.lastReviewDate = {2025, 3, 10};
        s = scheduleOf(v1);
        QCOMPARE(s.nextReview, QDate(2026, 3, 10));
        QCOMPARE(s.fiveYearDeadline, QDate(2027, 3, 15)); // a review does not move the five years
        // A leap day: five years on is 28 February.
        PiaEvaluation leap;
        leap.publicationDate = {2024, 2, 29};
        QCOMPARE(scheduleOf(leap).fiveYearDeadline, QDate(2029, 2, 28));
        // The second version, not yet published: the deadlines still run from the first one's
        // publication; once it is published, from its own.
        PiaEvaluation v2;
        v2.id = 2;
        v2.version = 2;
        s = scheduleOf(v2, {v1, v2});
        QCOMPARE(s.lastPublication, QDate(2022, 3, 15));
        QCOMPARE(s.fiveYearDeadline, QDate(2027, 3, 15));
        QCOMPARE(s.nextReview, QDate(2026, 3, 10));
        v2.publicationDate = {2026, 12, 1};
        s = scheduleOf(v2, {v1, v2});
        QCOMPARE(s.fiveYearDeadline, QDate(2031, 12, 1));
        QCOMPARE(s.nextReview, QDate(2027, 12, 1));
        // Never published: no deadline to show.
        QVERIFY(!scheduleOf(PiaEvaluation{}).fiveYearDeadline.isValid());
    }
};

QTEST_GUILESS_MAIN(TestPiaRules)
#include "TestPiaRules.moc"
