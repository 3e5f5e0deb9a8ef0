#pragma once
// The parts of a PIA evaluation (特定個人情報保護評価書) beyond its header row in PiaEvaluation: the
// opinions of the public comment period, the inspection checklist, the question table and the change
// list of a re-evaluation. Plain data; rules live in core/pia, persistence in PiaRepository.
#include "model/Enums.h"

#include <QString>
#include <QVector>

namespace kiroku {

using Id = qint64;

// An opinion received in the public comment period (意見公募) and how it was handled.
struct PiaOpinion
{
    Id id = 0;
    Id evaluationId = 0;
    int position = 0;
    QString summary; // 意見の要旨
    PiaOpinionHandling handling = PiaOpinionHandling::Pending;
    QString reason; // 対応・理由 (why not adopted, or what was changed)

    friend bool operator==(const PiaOpinion &, const PiaOpinion &) = default;
};

// One viewpoint of the third-party inspection (第三者点検の観点): copied from the checklist template
// when the evaluation is created, then judged by the council round by round.
struct PiaViewpoint
{
    Id id = 0;
    Id evaluationId = 0;
    int position = 0;
    PiaViewpointArea area = PiaViewpointArea::Conformity;
    QString code; // 適合性1, 妥当性3 … as in the template
    QString text;
    PiaJudgment judgment = PiaJudgment::None;
    QString finding;          // 指摘・意見
    QString answer;           // the department's answer
    int round = 0;            // 1: first round, 2: second …; 0 while not judged
    QString section;          // cited part of the document: III 7 ⑥ 技術的対策
    int page = 0;             // cited page of the document, 0 when none
    QVector<Id> statementIds; // statements of the meeting record where it was discussed

    friend bool operator==(const PiaViewpoint &, const PiaViewpoint &) = default;
};

// A question of the question table (質問票) of a check before the council's inspection.
struct PiaQuestion
{
    Id id = 0;
    Id evaluationId = 0;
    int number = 0;  // 質問番号, unique within the evaluation
    QString section; // 該当箇所
    int page = 0;
    QString question;
    PiaJudgment firstJudgment = PiaJudgment::None; // 一次判定
    QString answer;                                // 所管課の回答
    QString secondCheck;                           // 二次確認
    PiaJudgment finalJudgment = PiaJudgment::None; // 最終判定

    friend bool operator==(const PiaQuestion &, const PiaQuestion &) = default;
};

// A changed place of a re-evaluation (変更箇所).
struct PiaChange
{
    Id id = 0;
    Id evaluationId = 0;
    int position = 0;
    QString section;
    int page = 0;
    QString before; // 変更前
    QString after;  // 変更後

    friend bool operator==(const PiaChange &, const PiaChange &) = default;
};

// "III 7 ⑥ 技術的対策, p.44" — a place in the evaluation document.
QString pageCitation(const QString &section, int page);

} // namespace kiroku
