#include "pia/Threshold.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace kiroku::pia {

int typeRank(PiaType type)
{
    switch (type) {
    case PiaType::NotRequired:
        return 0;
    case PiaType::Basic:
        return 1;
    case PiaType::BasicFocused:
        return 2;
    case PiaType::BasicFull:
        break;
    }
    return 3;
}

namespace {

const ThresholdRow *rowFor(const ThresholdTable &table, int targetCount)
{
    const ThresholdRow *found = nullptr;
    for (const ThresholdRow &row : table.rows) {
        if (targetCount >= row.targetFrom)
            found = &row;
    }
    return found;
}

bool isHeightened(const ThresholdTable &table, int handlerCount, bool seriousIncident)
{
    return seriousIncident || handlerCount >= table.handlerThreshold;
}

} // namespace

PiaType requiredType(const ThresholdTable &table, int targetCount, int handlerCount, bool seriousIncident)
{
    const ThresholdRow *row = rowFor(table, targetCount);
    if (!row)
        return PiaType::NotRequired;
    return isHeightened(table, handlerCount, seriousIncident) ? row->heightened : row->normal;
}

ThresholdJudgment judge(const ThresholdTable &table, int targetCount, int handlerCount, bool seriousIncident,
                        PiaType declared)
{
    ThresholdJudgment j;
    j.required = requiredType(table, targetCount, handlerCount, seriousIncident);
    j.declared = declared;
    j.heightened = isHeightened(table, handlerCount, seriousIncident);
    const int diff = typeRank(declared) - typeRank(j.required);
    j.status = diff == 0  ? ThresholdJudgment::Status::AsRequired
               : diff > 0 ? ThresholdJudgment::Status::Fuller
                          : ThresholdJudgment::Status::Lighter;
    const QLocale c(QLocale::Japanese, QLocale::Japan);
    const QString inputs =
        QCoreApplication::translate("kiroku::pia", "%1 people, %2 staff handling, serious incident: %3")
            .arg(c.toString(targetCount), c.toString(handlerCount))
            .arg(seriousIncident ? QCoreApplication::translate("kiroku::pia", "yes")
                                 : QCoreApplication::translate("kiroku::pia", "no"));
    j.explanation =
        QCoreApplication::translate("kiroku::pia", "%1 → %2 required").arg(inputs, japaneseLabel(j.required));
    return j;
}

ThresholdJudgment judge(const ThresholdTable &table, const PiaEvaluation &e)
{
    return judge(table, e.targetCount, e.handlerCount, e.seriousIncident, e.declaredType);
}

QString statusText(const ThresholdJudgment &j)
{
    switch (j.status) {
    case ThresholdJudgment::Status::AsRequired:
        return QCoreApplication::translate("kiroku::pia", "%1 (as the threshold judgment requires)")
            .arg(japaneseLabel(j.declared));
    case ThresholdJudgment::Status::Fuller:
        return QCoreApplication::translate("kiroku::pia", "%1 (voluntarily fuller; %2 required)")
            .arg(japaneseLabel(j.declared), japaneseLabel(j.required));
    case ThresholdJudgment::Status::Lighter:
        break;
    }
    return QCoreApplication::translate("kiroku::pia", "%1 declared, but %2 required: mismatch")
        .arg(japaneseLabel(j.declared), japaneseLabel(j.required));
}

} // namespace kiroku::pia
