#pragma once
// UI wording of the PIA enums (English in tr(), Japanese from kiroku_ja.ts) and their choices for
// combo boxes and ChoiceDelegate. Items carry the storage key, as the shared Labels do.
#include "Labels.h"
#include "model/Enums.h"

#include <QCoreApplication>

namespace kiroku::ui {

class PiaLabels
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::ui::PiaLabels)
public:
    static QString of(PiaType value);
    static QString of(PiaTrigger value);
    static QString of(PiaJudgment value);
    static QString of(PiaViewpointArea value);
    static QString of(PiaOpinionHandling value);

    template <typename E> static Choices choices()
    {
        Choices result;
        for (const QString &key : allKeys<E>()) {
            if (const std::optional<E> value = fromKey<E>(key))
                result.append({of(*value), key});
        }
        return result;
    }
};

} // namespace kiroku::ui
