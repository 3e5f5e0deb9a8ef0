#include "consultations/SubcommitteeDialogs.h"

#include "Delegates.h"
#include "Labels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

QListWidgetItem *checkItem(QListWidget *list, const QString &text, Id id, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

QDialogButtonBox *okCancel(QDialog *dialog)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

SubcommitteeDialog::SubcommitteeDialog(const SubcommitteeState &state, const QVector<Member> &members,
                                       const QVector<Consultation> &consultations, QWidget *parent)
    : QDialog(parent)
    , m_state(state)
    , m_allMembers(members)
{
    setWindowTitle(state.subcommittee.id == 0 ? tr("New Subcommittee") : state.subcommittee.name);
    m_name = new QLineEdit(state.subcommittee.name, this);
    m_name->setObjectName(u"subcommitteeName"_s);
    m_name->setMinimumWidth(360);
    m_established = optionalDateEdit(state.subcommittee.establishedDate, this);
    m_dissolved = optionalDateEdit(state.subcommittee.dissolvedDate, this); // a dash while it stands

    m_members = new QListWidget(this);
    m_members->setObjectName(u"subcommitteeMembers"_s);
    m_members->setAccessibleName(tr("Members of the subcommittee"));
    for (const Member &m : members) {
        const bool on = std::any_of(state.members.begin(), state.members.end(),
                                    [&](const SubcommitteeMember &s) { return s.memberId == m.id; });
        checkItem(m_members, m.name, m.id, on);
    }
    m_chair = new QComboBox(this);
    m_chair->setObjectName(u"subcommitteeChair"_s);
    connect(m_members, &QListWidget::itemChanged, this, &SubcommitteeDialog::updateChairs);

    m_consultations = new QListWidget(this);
    m_consultations->setObjectName(u"subcommitteeReferrals"_s);
    m_consultations->setAccessibleName(tr("Consultations referred"));
    for (const Consultation &c : consultations) {
        const bool on = std::any_of(state.referrals.begin(), state.referrals.end(),
                                    [&](const SubcommitteeReferral &r) { return r.consultationId == c.id; });
        checkItem(m_consultations, u"諮問第%1号　%2"_s.arg(c.number).arg(c.subject), c.id, on);
    }
    m_referredOn = optionalDateEdit(QDate::currentDate(), this);

    auto *form = new QFormLayout;
    addFormRow(form, tr("&Name:"), packed({m_name}), m_name);
    addFormRow(form, tr("&Established:"), packed({m_established}), m_established);
    addFormRow(form, tr("&Dissolved:"), packed({m_dissolved}), m_dissolved);
    addFormRow(form, tr("&Members:"), packed({m_members}), m_members);
    addFormRow(form, tr("&Chair:"), packed({m_chair}), m_chair);
    addFormRow(form, tr("Consultations &referred:"), packed({m_consultations}), m_consultations);
    addFormRow(form, tr("Newly referred &on:"), packed({m_referredOn}), m_referredOn);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(okCancel(this));
    updateChairs();
}

void SubcommitteeDialog::updateChairs()
{
    Id chair = m_chair->currentData().toLongLong();
    if (m_chair->count() == 0) {
        for (const SubcommitteeMember &m : m_state.members) {
            if (m.isChair)
                chair = m.memberId;
        }
    }
    m_chair->clear();
    m_chair->addItem(tr("(none yet)"), Id(0));
    for (int i = 0; i < m_members->count(); ++i) {
        const QListWidgetItem *item = m_members->item(i);
        if (item->checkState() == Qt::Checked)
            m_chair->addItem(item->text(), item->data(Qt::UserRole));
    }
    m_chair->setCurrentIndex(std::max(0, m_chair->findData(chair)));
}

SubcommitteeState SubcommitteeDialog::state() const
{
    SubcommitteeState s = m_state;
    s.subcommittee.name = m_name->text().trimmed();
    s.subcommittee.establishedDate = optionalDate(m_established);
    s.subcommittee.dissolvedDate = optionalDate(m_dissolved);
    const Id chair = m_chair->currentData().toLongLong();
    s.members.clear();
    for (int i = 0; i < m_members->count(); ++i) {
        const QListWidgetItem *item = m_members->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const Id id = item->data(Qt::UserRole).toLongLong();
        s.members.append({s.subcommittee.id, id, id == chair, int(s.members.size())});
    }
    QVector<SubcommitteeReferral> referrals;
    for (int i = 0; i < m_consultations->count(); ++i) {
        const QListWidgetItem *item = m_consultations->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const Id id = item->data(Qt::UserRole).toLongLong();
        // A referral kept keeps its date; a new one gets the date given.
        const auto kept =
            std::find_if(m_state.referrals.begin(), m_state.referrals.end(),
                         [id](const SubcommitteeReferral &r) { return r.consultationId == id; });
        referrals.append(kept != m_state.referrals.end()
                             ? *kept
                             : SubcommitteeReferral{s.subcommittee.id, id, optionalDate(m_referredOn)});
    }
    s.referrals = referrals;
    return s;
}

SubcommitteeMeetingDialog::SubcommitteeMeetingDialog(const SubcommitteeMeeting &meeting,
                                                     const QVector<Member> &members,
                                                     const QVector<Consultation> &referred, QWidget *parent)
    : QDialog(parent)
    , m_meeting(meeting)
    , m_referred(referred)
{
    setWindowTitle(tr("Subcommittee Meeting %1").arg(meeting.number));
    m_number = new QSpinBox(this);
    m_number->setRange(1, 999);
    m_number->setValue(std::max(1, meeting.number));
    m_date = optionalDateEdit(meeting.date, this);
    m_start = new QTimeEdit(meeting.startTime.isValid() ? meeting.startTime : QTime(14, 0), this);
    m_end = new QTimeEdit(meeting.endTime.isValid() ? meeting.endTime : QTime(16, 0), this);
    m_venue = new QLineEdit(meeting.venue, this);
    m_venue->setMinimumWidth(360);
    m_publicity = new QComboBox(this);
    fillCombo(m_publicity, choicesOf<Publicity>());
    selectKey(m_publicity, toKey(meeting.publicity));
    m_attendees = new QListWidget(this);
    m_attendees->setObjectName(u"subcommitteeAttendees"_s);
    m_attendees->setAccessibleName(tr("Members attending"));
    for (const Member &m : members)
        checkItem(m_attendees, m.name, m.id, meeting.id == 0 || meeting.attendees.contains(m.id));

    m_items = new QTableWidget(int(referred.size()), 3, this);
    m_items->setObjectName(u"subcommitteeItems"_s);
    m_items->setAccessibleName(tr("Consultations examined"));
    m_items->setHorizontalHeaderLabels({tr("Examined"), tr("Concluded"), tr("What was done")});
    m_items->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < referred.size(); ++row) {
        const Consultation &c = referred.at(row);
        const auto found = std::find_if(meeting.items.begin(), meeting.items.end(),
                                        [&](const SubcommitteeItem &i) { return i.consultationId == c.id; });
        const bool examined = found != meeting.items.end();
        auto *on = new QTableWidgetItem(u"諮問第%1号"_s.arg(c.number));
        on->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        on->setCheckState(examined || meeting.id == 0 ? Qt::Checked : Qt::Unchecked);
        on->setData(Qt::UserRole, c.id);
        on->setToolTip(c.subject);
        auto *concluded = new QTableWidgetItem;
        concluded->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        concluded->setCheckState(examined && found->concluded ? Qt::Checked : Qt::Unchecked);
        m_items->setItem(row, 0, on);
        m_items->setItem(row, 1, concluded);
        m_items->setItem(row, 2, new QTableWidgetItem(examined ? found->result : QString()));
    }
    m_summary = new QPlainTextEdit(meeting.summary, this);

    auto *form = new QFormLayout;
    addFormRow(form, tr("&Number:"), packed({m_number}), m_number);
    addFormRow(form, tr("&Date:"), packed({m_date}), m_date);
    addFormRow(form, tr("&Time:"), packed({m_start, m_end}), m_start);
    addFormRow(form, tr("&Venue:"), packed({m_venue}), m_venue);
    addFormRow(form, tr("&Publicity:"), packed({m_publicity}), m_publicity);
    addFormRow(form, tr("&Attending:"), packed({m_attendees}), m_attendees);
    addFormRow(form, tr("&Consultations:"), packed({m_items}), m_items);
    addFormRow(form, tr("&Summary:"), packed({m_summary}), m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(okCancel(this));
}

SubcommitteeMeeting SubcommitteeMeetingDialog::meeting() const
{
    SubcommitteeMeeting m = m_meeting;
    m.number = m_number->value();
    m.date = optionalDate(m_date);
    m.startTime = m_start->time();
    m.endTime = m_end->time();
    m.venue = m_venue->text().trimmed();
    m.publicity = fromKey<Publicity>(m_publicity->currentData().toString()).value_or(Publicity::Closed);
    m.summary = m_summary->toPlainText().trimmed();
    m.attendees.clear();
    for (int i = 0; i < m_attendees->count(); ++i) {
        if (m_attendees->item(i)->checkState() == Qt::Checked)
            m.attendees.append(m_attendees->item(i)->data(Qt::UserRole).toLongLong());
    }
    m.items.clear();
    for (int row = 0; row < m_items->rowCount(); ++row) {
        if (m_items->item(row, 0)->checkState() != Qt::Checked)
            continue;
        m.items.append({m_items->item(row, 0)->data(Qt::UserRole).toLongLong(),
                        m_items->item(row, 1)->checkState() == Qt::Checked,
                        m_items->item(row, 2)->text().trimmed()});
    }
    return m;
}

} // namespace kiroku::ui
