#include "pia/PiaRegister.h"

#include "store/PiaRepository.h"
#include "text/Wareki.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kiroku::pia {
namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("kiroku::pia", text, nullptr, n);
}

QString date(QDate d)
{
    return wareki::formatDate(d, wareki::Digits::Half, false);
}

} // namespace

ChecklistState checklistState(const QVector<PiaViewpoint> &viewpoints)
{
    ChecklistState s;
    s.total = int(viewpoints.size());
    for (const PiaViewpoint &v : viewpoints) {
        s.lastRound = std::max(s.lastRound, v.round);
        switch (v.judgment) {
        case PiaJudgment::None:
            continue;
        case PiaJudgment::Conforming:
            ++s.conforming;
            break;
        case PiaJudgment::NeedsImprovement:
            ++s.needsImprovement;
            break;
        case PiaJudgment::Observation:
            ++s.observation;
            break;
        }
        ++s.judged;
    }
    return s;
}

PiaEntry entryOf(const QSqlDatabase &db, const PiaEvaluation &e, const ThresholdTable &thresholds)
{
    const PiaRepository repository(db);
    PiaEntry entry;
    entry.evaluation = e;
    const QVector<PiaEvaluation> versions = e.evaluationNumber.isEmpty()
                                                ? QVector<PiaEvaluation>{e}
                                                : repository.versions(e.councilId, e.evaluationNumber);
    for (const PiaEvaluation &v : versions)
        entry.latest = entry.latest && (v.id == e.id || v.version < e.version);
    entry.threshold = judge(thresholds, e);
    entry.schedule = scheduleOf(e, versions);
    const QVector<PiaViewpoint> viewpoints = repository.viewpoints(e.id);
    entry.checklist = checklistState(viewpoints);
    const QVector<PiaQuestion> questions = repository.questions(e.id);
    entry.questions = countQuestions(questions);
    entry.questionSummary = pia::questionSummary(questions);
    const QVector<PiaOpinion> opinions = repository.opinions(e.id);
    entry.opinions = int(opinions.size());
    entry.opinionsPending = int(std::count_if(opinions.begin(), opinions.end(), [](const PiaOpinion &o) {
        return o.handling == PiaOpinionHandling::Pending;
    }));
    const QVector<PiaChange> changes = repository.changes(e.id);
    entry.changes = int(changes.size());

    QStringList &p = entry.problems;
    if (entry.threshold.status == ThresholdJudgment::Status::Lighter)
        p << statusText(entry.threshold);
    if (entry.schedule.commentTooShort)
        p << QCoreApplication::translate(
                 "kiroku::pia", "The public comment period is %1 days, under 30, and no reason is recorded.")
                 .arg(entry.schedule.commentDays);
    for (const PiaOpinion &o : opinions) {
        if (o.handling == PiaOpinionHandling::NotAdopted && o.reason.trimmed().isEmpty())
            p << QCoreApplication::translate("kiroku::pia",
                                             "Opinion %1 is not adopted, but no reason is recorded.")
                     .arg(o.position);
    }
    if (e.inspectionDate.isValid() && entry.opinionsPending > 0)
        p << tr("%n opinion(s) of the public comment period not yet handled.", entry.opinionsPending);
    if (e.trigger == PiaTrigger::ImportantChange && e.changeDescription.trimmed().isEmpty())
        p << tr("An important change (重要な変更) needs a description of the change.");
    if (e.submissionDate.isValid() && e.inspectionDate.isValid() && e.submissionDate < e.inspectionDate)
        p << QCoreApplication::translate(
                 "kiroku::pia", "Submitted to the commission (%1) before the council's inspection (%2).")
                 .arg(date(e.submissionDate), date(e.inspectionDate));
    if (e.publicCommentEnd.isValid() && e.inspectionDate.isValid() && e.inspectionDate < e.publicCommentStart)
        p << QCoreApplication::translate("kiroku::pia",
                                         "The inspection (%1) comes before the public comment period.")
                 .arg(date(e.inspectionDate));
    const auto beyond = [&](int page) {
        return page > 0 && e.documentPageCount > 0 && page > e.documentPageCount;
    };
    for (const PiaViewpoint &v : viewpoints) {
        if (beyond(v.page))
            p << QCoreApplication::translate("kiroku::pia",
                                             "%1 cites page %2, beyond the document's %3 pages.")
                     .arg(v.code)
                     .arg(v.page)
                     .arg(e.documentPageCount);
    }
    for (const PiaQuestion &q : questions) {
        if (beyond(q.page))
            p << QCoreApplication::translate("kiroku::pia",
                                             "Question %1 cites page %2, beyond the document's %3 pages.")
                     .arg(q.number)
                     .arg(q.page)
                     .arg(e.documentPageCount);
    }
    return entry;
}

QVector<PiaEntry> registerOf(const QSqlDatabase &db, Id councilId, const ThresholdTable &thresholds)
{
    QVector<PiaEntry> entries;
    for (const PiaEvaluation &e : PiaRepository(db).evaluations(councilId))
        entries << entryOf(db, e, thresholds);
    return entries;
}

QString evaluationTitle(const PiaEvaluation &e)
{
    QString title = u"評価書"_s;
    if (!e.evaluationNumber.isEmpty())
        title += u" No."_s + e.evaluationNumber;
    title += u" 第%1版"_s.arg(e.version);
    if (!e.affair.isEmpty())
        title += u" 「"_s + e.affair + u"」"_s;
    return title;
}

} // namespace kiroku::pia
