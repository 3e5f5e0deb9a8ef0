#pragma once
// The threshold judgment (しきい値判断): which type of evaluation the file requires, from the number of
// people in it, the number of staff handling it and a serious incident in the past year — read from
// the table in the data (PiaLibrary), never from code — and how the declared type relates to it.
#include "model/Types.h"
#include "pia/PiaLibrary.h"

namespace kiroku::pia {

// NotRequired < Basic < BasicFocused < BasicFull.
int typeRank(PiaType type);

// The type the table requires.
PiaType requiredType(const ThresholdTable &table, int targetCount, int handlerCount, bool seriousIncident);

struct ThresholdJudgment
{
    enum class Status
    {
        AsRequired, // declared = required
        Fuller,     // declared fuller than required: allowed, shown as voluntary (任意)
        Lighter     // declared lighter than required: a mismatch to flag
    };
    PiaType required = PiaType::NotRequired;
    PiaType declared = PiaType::NotRequired;
    bool heightened = false; // 取扱者 over the threshold or 重大事故
    Status status = Status::AsRequired;
    QString explanation; // one line in the UI language: the inputs and the row of the table used
};

ThresholdJudgment judge(const ThresholdTable &table, const PiaEvaluation &evaluation);
ThresholdJudgment judge(const ThresholdTable &table, int targetCount, int handlerCount, bool seriousIncident,
                        PiaType declared);

// 「基礎項目評価及び全項目評価（しきい値判断どおり）」「… （任意に全項目評価を実施）」 in the UI language.
QString statusText(const ThresholdJudgment &judgment);

} // namespace kiroku::pia
