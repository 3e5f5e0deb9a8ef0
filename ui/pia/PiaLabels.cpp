#include "pia/PiaLabels.h"

namespace kiroku::ui {

QString PiaLabels::of(PiaType value)
{
    switch (value) {
    case PiaType::NotRequired:
        return tr("Not required");
    case PiaType::Basic:
        return tr("Basic");
    case PiaType::BasicFocused:
        return tr("Basic + focused");
    case PiaType::BasicFull:
        return tr("Basic + full");
    }
    return {};
}

QString PiaLabels::of(PiaTrigger value)
{
    switch (value) {
    case PiaTrigger::New:
        return tr("New");
    case PiaTrigger::ImportantChange:
        return tr("Important change");
    case PiaTrigger::FiveYear:
        return tr("Five-year re-evaluation");
    case PiaTrigger::Voluntary:
        return tr("Voluntary");
    }
    return {};
}

QString PiaLabels::of(PiaJudgment value)
{
    switch (value) {
    case PiaJudgment::None:
        return tr("Not judged");
    case PiaJudgment::Conforming:
        return tr("Conforming");
    case PiaJudgment::NeedsImprovement:
        return tr("Needs improvement");
    case PiaJudgment::Observation:
        return tr("Observation");
    }
    return {};
}

QString PiaLabels::of(PiaViewpointArea value)
{
    return value == PiaViewpointArea::Conformity ? tr("Conformity") : tr("Adequacy");
}

QString PiaLabels::of(PiaOpinionHandling value)
{
    switch (value) {
    case PiaOpinionHandling::Pending:
        return tr("Pending");
    case PiaOpinionHandling::Adopted:
        return tr("Adopted");
    case PiaOpinionHandling::NotAdopted:
        return tr("Not adopted");
    }
    return {};
}

} // namespace kiroku::ui
