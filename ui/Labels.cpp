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

QString Labels::of(AgendaKind value)
{
    switch (value) {
    case AgendaKind::Deliberation:
        return tr("Deliberation");
    case AgendaKind::Consultation:
        return tr("Consultation");
    case AgendaKind::Bill:
        return tr("Bill");
    case AgendaKind::Report:
        return tr("Report");
    case AgendaKind::Other:
        break;
    }
    return tr("Other");
}

QString Labels::of(Outcome value)
{
    switch (value) {
    case Outcome::None:
        return tr("(none yet)");
    case Outcome::Response:
        return tr("Response given");
    case Outcome::Approved:
        return tr("Approved");
    case Outcome::Acknowledged:
        return tr("Acknowledged");
    case Outcome::ReportReceived:
        return tr("Report received");
    case Outcome::Continued:
        return tr("Continued");
    case Outcome::Referred:
        break;
    }
    return tr("Referred to a subcommittee");
}

QString Labels::of(VoteKind value)
{
    switch (value) {
    case VoteKind::None:
        return tr("(no vote)");
    case VoteKind::AllHands:
        return tr("All hands raised");
    case VoteKind::NoObjection:
        return tr("No objection");
    case VoteKind::Counts:
        break;
    }
    return tr("Counted");
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

QString Labels::of(AgendaNumbering value)
{
    switch (value) {
    case AgendaNumbering::Paren:
        return tr("(1) (2) (3)");
    case AgendaNumbering::Kana:
        return tr("ア イ ウ");
    case AgendaNumbering::Circled:
        return tr("① ② ③");
    case AgendaNumbering::Titles:
        break;
    }
    return tr("Their own numbers only (諮問第N号 …)");
}

QString Labels::of(ReportKind value)
{
    switch (value) {
    case ReportKind::HandlingNotices:
        return tr("Handling notices");
    case ReportKind::Audit:
        return tr("Audit / security");
    case ReportKind::Leak:
        return tr("Leak report (Art. 68)");
    case ReportKind::Other:
        break;
    }
    return tr("Other");
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
