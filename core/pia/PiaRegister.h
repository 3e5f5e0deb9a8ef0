#pragma once
// The register of a council's PIA evaluations (docs/pia.md): each evaluation with what is derived from
// it — the threshold judgment, its schedule (comment period, yearly review, five-year deadline), the
// state of the inspection checklist, the question counts — and the problems a clerk must see before
// the inspection result goes out. Core only: the window, `kiroku pia` and the dashboard come here.
#include "model/Types.h"
#include "pia/PiaLibrary.h"
#include "pia/QuestionTable.h"
#include "pia/Schedule.h"
#include "pia/Threshold.h"

#include <QSqlDatabase>

namespace kiroku::pia {

struct ChecklistState
{
    int total = 0;
    int judged = 0;
    int conforming = 0;
    int needsImprovement = 0;
    int observation = 0;
    int lastRound = 0;
};

struct PiaEntry
{
    PiaEvaluation evaluation;
    bool latest = true; // the newest version of its evaluation number
    ThresholdJudgment threshold;
    Schedule schedule;
    ChecklistState checklist;
    QuestionCounts questions;
    QString questionSummary; // 21問: 一次 適合10・観察事項11 → 最終 適合21
    int opinions = 0;
    int opinionsPending = 0;
    int changes = 0;
    QStringList problems; // UI language; empty when sound
};

ChecklistState checklistState(const QVector<PiaViewpoint> &viewpoints);

// The entry of one evaluation, read through the repositories. Throws StoreError.
PiaEntry entryOf(const QSqlDatabase &db, const PiaEvaluation &evaluation, const ThresholdTable &thresholds);
// Every evaluation of the council (by affair, version).
QVector<PiaEntry> registerOf(const QSqlDatabase &db, Id councilId, const ThresholdTable &thresholds);

// 評価書 No.1 第2版 「住民基本台帳に関する事務」 as a heading.
QString evaluationTitle(const PiaEvaluation &evaluation);

} // namespace kiroku::pia
