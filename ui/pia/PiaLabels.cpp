#include "pia/PiaLabels.h"

#include "Delegates.h"
#include "text/Wareki.h"

#include <QDateEdit>
#include <QLabel>

namespace kiroku::ui {

QLabel *warekiBeside(QDateEdit *edit)
{
    auto *label = new QLabel(edit->parentWidget());
    label->setObjectName(edit->objectName().isEmpty() ? QString()
                                                      : edit->objectName() + QLatin1String("Wareki"));
    const auto update = [label, edit] {
        const QDate date = optionalDate(edit);
        label->setText(date.isValid() ? wareki::formatDate(date, wareki::Digits::Half, false) : QString());
    };
    QObject::connect(edit, &QDateEdit::dateChanged, label, update);
    update();
    return label;
}

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
