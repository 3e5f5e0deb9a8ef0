// The letters of a PIA evaluation: the inspection result sheet (点検結果) and the paragraph of the 答申
// that records the inspection. Printed text is Japanese whatever the UI language.
#include "letters/LetterData.h"

#include "pia/PiaLibrary.h"
#include "pia/PiaRegister.h"
#include "store/ConsultationRepository.h"
#include "store/CouncilRepository.h"
#include "store/PiaRepository.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace kiroku::letters {
namespace {

QString count(int n, const QString &unit)
{
    return QLocale(QLocale::Japanese, QLocale::Japan).toString(n) + unit;
}

QString judgmentLabel(const PiaViewpoint &v)
{
    // 妥当性 is judged 妥当, 適合性 適合; the other judgments read the same in both.
    if (v.judgment == PiaJudgment::Conforming && v.area == PiaViewpointArea::Adequacy)
        return u"妥当"_s;
    return japaneseLabel(v.judgment);
}

QString checklistResult(const pia::ChecklistState &s)
{
    if (s.total == 0)
        return {};
    QStringList parts;
    if (s.conforming)
        parts << u"適合%1"_s.arg(s.conforming);
    if (s.needsImprovement)
        parts << u"要改善%1"_s.arg(s.needsImprovement);
    if (s.observation)
        parts << u"観察事項%1"_s.arg(s.observation);
    if (s.total - s.judged)
        parts << u"未判定%1"_s.arg(s.total - s.judged);
    return u"%1項目: %2"_s.arg(s.total).arg(parts.join(u"・"_s));
}

QString conclusionOf(const pia::ChecklistState &s)
{
    if (s.total == 0 || s.judged < s.total)
        return {}; // the inspection is not finished: nothing to conclude
    if (s.conforming == s.total)
        return u"評価書の記載内容は、適合性及び妥当性のいずれの観点からも適当であると認める。"_s;
    return u"評価書の記載内容は、おおむね適当であると認める。ただし、次の事項について、評価実施機関において対応を図られたい。"_s;
}

} // namespace

std::optional<LetterData> loadPiaLetter(const QSqlDatabase &db, const LetterRequest &r, QString *error)
{
    const PiaRepository repository(db);
    const std::optional<PiaEvaluation> e = repository.evaluation(r.piaEvaluationId);
    if (!e) {
        *error = QCoreApplication::translate("kiroku::letters", "There is no PIA evaluation with id %1.")
                     .arg(r.piaEvaluationId);
        return std::nullopt;
    }
    const pia::PiaLibrary library(r.piaFolders);
    const pia::PiaEntry entry = pia::entryOf(db, *e, library.thresholds());
    LetterData d;
    QDate on = r.date.isValid() ? r.date : e->inspectionDate;
    if (!on.isValid())
        on = QDate::currentDate();
    const std::optional<Council> council = CouncilRepository(db).council(e->councilId);
    fillCouncil(d, council.value_or(Council{}), CouncilRepository(db).members(e->councilId), on);
    auto &v = d.values;
    v.insert(u"date"_s, letterDate(on));
    v.insert(u"affair"_s, e->affair);
    v.insert(u"evaluatingBody"_s, e->evaluatingBody);
    v.insert(u"piaDepartment"_s, e->department);
    v.insert(u"evaluationNumber"_s, e->evaluationNumber);
    v.insert(u"piaVersion"_s, QString::number(e->version));
    v.insert(u"piaType"_s, japaneseLabel(e->declaredType));
    v.insert(u"requiredType"_s, japaneseLabel(entry.threshold.required));
    const QString inputs = u"対象人数%1、取扱者数%2、重大事故%3"_s.arg(
        count(e->targetCount, u"人"_s), count(e->handlerCount, u"人"_s),
        e->seriousIncident ? u"あり"_s : u"なし"_s);
    QString threshold = japaneseLabel(entry.threshold.required) + u"（"_s + inputs + u"）"_s;
    if (entry.threshold.status == pia::ThresholdJudgment::Status::Fuller)
        threshold += u"。実施機関は任意に"_s + japaneseLabel(e->declaredType) + u"を実施"_s;
    else if (entry.threshold.status == pia::ThresholdJudgment::Status::Lighter)
        threshold +=
            u"。ただし、評価書は"_s + japaneseLabel(e->declaredType) + u"であり、しきい値判断と一致しない"_s;
    v.insert(u"thresholdResult"_s, threshold);
    v.insert(u"targetCount"_s, count(e->targetCount, u"人"_s));
    v.insert(u"handlerCount"_s, count(e->handlerCount, u"人"_s));
    v.insert(u"incident"_s, e->seriousIncident ? u"あり"_s : u"なし"_s);
    QString trigger = japaneseLabel(e->trigger);
    if (!e->changeDescription.isEmpty())
        trigger += u"（"_s + e->changeDescription + u"）"_s;
    v.insert(u"trigger"_s, trigger);
    v.insert(u"changeDescription"_s, e->changeDescription);
    if (e->publicCommentStart.isValid() && e->publicCommentEnd.isValid())
        v.insert(u"commentPeriod"_s,
                 u"%1から%2まで（%3日間）"_s
                     .arg(letterDate(e->publicCommentStart), letterDate(e->publicCommentEnd))
                     .arg(entry.schedule.commentDays));
    v.insert(u"commentDays"_s,
             entry.schedule.commentDays > 0 ? QString::number(entry.schedule.commentDays) : QString());
    v.insert(u"opinionCount"_s, e->publicCommentStart.isValid() ? count(entry.opinions, u"件"_s) : QString());
    v.insert(u"inspectionDate"_s, letterDate(e->inspectionDate));
    v.insert(u"submissionDate"_s, letterDate(e->submissionDate));
    v.insert(u"publicationDate"_s, letterDate(e->publicationDate));
    v.insert(u"documentPages"_s, e->documentPageCount > 0 ? count(e->documentPageCount, u"頁"_s) : QString());
    v.insert(u"questionSummary"_s, entry.questionSummary);
    v.insert(u"checklistResult"_s, checklistResult(entry.checklist));
    v.insert(u"conclusion"_s, conclusionOf(entry.checklist));
    if (e->consultationId != 0) {
        if (const auto c = ConsultationRepository(db).consultation(e->consultationId)) {
            v.insert(u"number"_s, QString::number(c->number));
            v.insert(u"subject"_s, c->subject);
            v.insert(u"received"_s, letterDate(c->receivedDate));
            v.insert(u"consultingBody"_s, c->consultingBody);
        }
    }

    LetterTable &checklist = d.tables[u"checklist"_s];
    checklist.label = u"点検の観点と結果"_s;
    checklist.head = QStringList{u"観点"_s, u"点検項目"_s, u"判定"_s, u"指摘・意見"_s, u"所管課の回答"_s};
    checklist.widths = {10, 30, 11, 25, 24};
    const QVector<PiaViewpoint> viewpoints = repository.viewpoints(e->id);
    for (const PiaViewpoint &p : viewpoints) {
        QString finding = p.finding;
        const QString cited = pageCitation(p.section, p.page);
        if (!cited.isEmpty())
            finding += (finding.isEmpty() ? QString() : u"\n"_s) + u"（"_s + cited + u"）"_s;
        checklist.rows << QStringList{p.code, p.text, judgmentLabel(p), finding, p.answer};
        if (p.judgment == PiaJudgment::NeedsImprovement || p.judgment == PiaJudgment::Observation)
            d.findings << u"・"_s + p.code + u"（"_s + japaneseLabel(p.judgment) + u"）　"_s +
                              (p.finding.isEmpty() ? p.text : p.finding);
    }
    LetterTable &questions = d.tables[u"questions"_s];
    questions.label = u"質問票による確認"_s;
    questions.head = QStringList{u"番号"_s, u"該当箇所"_s, u"一次判定"_s, u"最終判定"_s};
    questions.widths = {10, 54, 18, 18};
    for (const PiaQuestion &q : repository.questions(e->id))
        questions.rows << QStringList{QString::number(q.number), pageCitation(q.section, q.page),
                                      japaneseLabel(q.firstJudgment), japaneseLabel(q.finalJudgment)};
    LetterTable &changes = d.tables[u"changes"_s];
    changes.label = u"変更箇所"_s;
    changes.head = QStringList{u"変更箇所"_s, u"変更前"_s, u"変更後"_s};
    changes.widths = {26, 37, 37};
    for (const PiaChange &c : repository.changes(e->id))
        changes.rows << QStringList{pageCitation(c.section, c.page), c.before, c.after};
    LetterTable &opinions = d.tables[u"opinions"_s];
    opinions.label = u"意見公募の結果"_s;
    opinions.head = QStringList{u"番号"_s, u"意見の要旨"_s, u"対応"_s, u"理由"_s};
    opinions.widths = {8, 46, 14, 32};
    int n = 0;
    for (const PiaOpinion &o : repository.opinions(e->id))
        opinions.rows << QStringList{QString::number(++n), o.summary, japaneseLabel(o.handling), o.reason};

    d.title =
        (r.kind == LetterKind::PiaResultSheet ? u"第三者点検結果 "_s : u"答申（第三者点検） "_s) + e->affair;
    return d;
}

} // namespace kiroku::letters
