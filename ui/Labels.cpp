#include "Labels.h"

#include <QComboBox>

namespace kiroku::ui {

QString Labels::of(QuorumRule value)
{
    return value == QuorumRule::Majority ? tr("More than half (majority)") : tr("Half or more");
}

QString Labels::of(MemberRole value)
{
    switch (value) {
    case MemberRole::President:
        return tr("President");
    case MemberRole::VicePresident:
        return tr("Vice-president");
    case MemberRole::Member:
        break;
    }
    return tr("Member");
}

QString Labels::of(StaffKind value)
{
    return value == StaffKind::Secretariat ? tr("Secretariat") : tr("Presenter");
}

QString Labels::of(MeetingMode value)
{
    switch (value) {
    case MeetingMode::InPerson:
        return tr("In person");
    case MeetingMode::Online:
        return tr("Online");
    case MeetingMode::Hybrid:
        break;
    }
    return tr("Hybrid (in person and online)");
}

QString Labels::of(Publicity value)
{
    switch (value) {
    case Publicity::Public:
        return tr("Public");
    case Publicity::Closed:
        return tr("Closed");
    case Publicity::Partial:
        break;
    }
    return tr("Partly public");
}

QString Labels::of(AttendanceStatus value)
{
    switch (value) {
    case AttendanceStatus::Present:
        return tr("Present");
    case AttendanceStatus::Absent:
        return tr("Absent");
    case AttendanceStatus::Late:
        return tr("Late");
    case AttendanceStatus::LeftEarly:
        break;
    }
    return tr("Left early");
}

QString Labels::of(NamePolicy value)
{
    switch (value) {
    case NamePolicy::FullName:
        return tr("Full names");
    case NamePolicy::Surname:
        return tr("Surnames only");
    case NamePolicy::Blank:
        return tr("Names blanked (____)");
    case NamePolicy::RoleOnly:
        return tr("Roles only");
    case NamePolicy::Letters:
        break;
    }
    return tr("Letters (A, B, ...)");
}

void fillCombo(QComboBox *combo, const Choices &choices)
{
    combo->clear();
    for (const Choice &choice : choices)
        combo->addItem(choice.label, choice.key);
}

void selectKey(QComboBox *combo, const QString &key)
{
    combo->setCurrentIndex(combo->findData(key));
}

} // namespace kiroku::ui
