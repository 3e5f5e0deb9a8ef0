#include "consultations/SubcommitteesPage.h"

#include "Delegates.h"
#include "consultations/SubcommitteeDialogs.h"
#include "store/ConsultationRepository.h"
#include "store/CouncilRepository.h"
#include "store/StoreError.h"
#include "store/SubcommitteeRepository.h"
#include "text/Wareki.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

SubcommitteesPage::SubcommitteesPage(QWidget *parent)
    : QWidget(parent)
    , m_subcommittees(new QStandardItemModel(this))
    , m_list(new QListView(this))
    , m_details(new QLabel(this))
    , m_meetings(new QStandardItemModel(this))
    , m_meetingView(new QTableView(this))
    , m_add(new QPushButton(tr("Add Subcommittee…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_addMeeting(new QPushButton(tr("Add Meeting…"), this))
    , m_editMeeting(new QPushButton(tr("Edit Meeting…"), this))
    , m_removeMeeting(new QPushButton(tr("Remove Meeting"), this))
{
    m_list->setObjectName(u"subcommitteeList"_s);
    m_list->setModel(m_subcommittees);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Subcommittees"));
    m_details->setObjectName(u"subcommitteeDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_meetingView->setObjectName(u"subcommitteeMeetings"_s);
    m_meetingView->setModel(m_meetings);
    setUpTable(m_meetingView);
    m_meetingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_meetingView->setAccessibleName(tr("Meetings of the subcommittee"));

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SubcommitteesPage::updateDetails);
    connect(m_add, &QPushButton::clicked, this, [this] {
        SubcommitteeState state;
        state.subcommittee.councilId = m_councilId;
        state.subcommittee.establishedDate = QDate::currentDate();
        editSubcommittee(state);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto state = currentState())
            editSubcommittee(*state);
    });
    connect(m_list, &QListView::activated, m_edit, &QPushButton::click);
    connect(m_remove, &QPushButton::clicked, this, &SubcommitteesPage::removeCurrent);
    connect(m_addMeeting, &QPushButton::clicked, this, [this] { editMeeting(newMeeting()); });
    connect(m_editMeeting, &QPushButton::clicked, this, [this] {
        const auto state = currentState();
        if (!state)
            return;
        for (const SubcommitteeMeeting &m : state->meetings) {
            if (m.id == currentMeetingId())
                editMeeting(m);
        }
    });
    connect(m_meetingView, &QTableView::activated, m_editMeeting, &QPushButton::click);
    connect(m_removeMeeting, &QPushButton::clicked, this, &SubcommitteesPage::removeCurrentMeeting);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *meetingButtons = new QHBoxLayout;
    for (QPushButton *b : {m_addMeeting, m_editMeeting, m_removeMeeting})
        meetingButtons->addWidget(b);
    meetingButtons->addStretch(1);
    auto *top = new QSplitter(this);
    top->addWidget(m_list);
    top->addWidget(m_details);
    top->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(top, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_meetingView, 1);
    layout->addLayout(meetingButtons);
    updateDetails();
}

void SubcommitteesPage::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        const auto refresh = [this](Id councilId) {
            if (councilId == m_councilId)
                reload();
        };
        connect(document, &Document::subcommitteesChanged, this, refresh);
        connect(document, &Document::membersChanged, this, refresh);
        connect(document, &Document::consultationsChanged, this, refresh);
    }
    reload();
}

void SubcommitteesPage::setCouncil(Id councilId)
{
    m_councilId = councilId;
    reload();
}

void SubcommitteesPage::reload()
{
    const Id keep = currentSubcommitteeId();
    m_states.clear();
    m_subcommittees->clear();
    if (m_document && m_councilId != 0) {
        try {
            for (const Subcommittee &s :
                 SubcommitteeRepository(m_document->database()).subcommittees(m_councilId)) {
                if (const auto state = subcommitteeState(m_document->database(), s.id))
                    m_states.append(*state);
            }
        } catch (const StoreError &error) {
            m_document->reportFailure(error.message());
        }
    }
    for (const SubcommitteeState &state : std::as_const(m_states)) {
        auto *item = new QStandardItem(state.subcommittee.name);
        item->setData(state.subcommittee.id, Qt::UserRole);
        m_subcommittees->appendRow(item);
    }
    if (!selectSubcommittee(keep) && m_subcommittees->rowCount() > 0)
        m_list->setCurrentIndex(m_subcommittees->index(0, 0));
    updateDetails();
}

Id SubcommitteesPage::currentSubcommitteeId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(Qt::UserRole).toLongLong() : 0;
}

bool SubcommitteesPage::selectSubcommittee(Id subcommitteeId)
{
    for (int row = 0; row < m_subcommittees->rowCount(); ++row) {
        if (m_subcommittees->item(row)->data(Qt::UserRole).toLongLong() == subcommitteeId &&
            subcommitteeId != 0) {
            m_list->setCurrentIndex(m_subcommittees->index(row, 0));
            return true;
        }
    }
    return false;
}

std::optional<SubcommitteeState> SubcommitteesPage::currentState() const
{
    const Id id = currentSubcommitteeId();
    for (const SubcommitteeState &state : m_states) {
        if (state.subcommittee.id == id)
            return state;
    }
    return std::nullopt;
}

Id SubcommitteesPage::currentMeetingId() const
{
    const QModelIndex current = m_meetingView->currentIndex();
    return current.isValid() ? m_meetings->index(current.row(), 0).data(Qt::UserRole).toLongLong() : 0;
}

QString SubcommitteesPage::detailsText() const
{
    return m_details->text();
}

void SubcommitteesPage::updateDetails()
{
    m_meetings->clear();
    m_meetings->setHorizontalHeaderLabels(
        {tr("Meeting"), tr("Date"), tr("Attending"), tr("Consultations examined"), tr("Summary")});
    const auto state = currentState();
    const bool writable = m_document && m_councilId != 0;
    m_add->setEnabled(writable);
    m_edit->setEnabled(state.has_value());
    m_remove->setEnabled(state.has_value());
    m_addMeeting->setEnabled(state.has_value());
    m_editMeeting->setEnabled(state.has_value() && !state->meetings.isEmpty());
    m_removeMeeting->setEnabled(state.has_value() && !state->meetings.isEmpty());
    if (!state || !m_document) {
        m_details->setText(tr("No subcommittee chosen."));
        return;
    }
    QStringList lines;
    try {
        const QSqlDatabase db = m_document->database();
        const CouncilRepository councils(db);
        const ConsultationRepository consultations(db);
        QStringList names;
        for (const SubcommitteeMember &m : state->members) {
            const auto member = councils.member(m.memberId);
            const QString name = member ? member->name : QString();
            names << (m.isChair ? tr("%1 (chair)").arg(name) : name);
        }
        lines << tr("Members: %1").arg(names.isEmpty() ? tr("none yet") : names.join(u"、"_s));
        for (const SubcommitteeReferral &r : state->referrals) {
            const auto c = consultations.consultation(r.consultationId);
            lines << tr("Referred %1: Consultation No. %2 %3")
                         .arg(r.referredDate.isValid() ? wareki::formatDate(r.referredDate) : u"—"_s)
                         .arg(c ? c->number : 0)
                         .arg(c ? c->subject : QString());
        }
        for (const SubcommitteeMeeting &m : state->meetings) {
            QStringList examined;
            for (const SubcommitteeItem &item : m.items) {
                const auto c = consultations.consultation(item.consultationId);
                examined << u"諮問第%1号"_s.arg(c ? c->number : 0) +
                                (item.concluded ? tr(" (concluded)") : QString());
            }
            auto *number = new QStandardItem(wareki::formatOrdinalMeeting(m.number));
            number->setData(m.id, Qt::UserRole);
            m_meetings->appendRow(
                {number, new QStandardItem(m.date.isValid() ? wareki::formatDate(m.date) : QString()),
                 new QStandardItem(tr("%n member(s)", nullptr, int(m.attendees.size()))),
                 new QStandardItem(examined.join(u"、"_s)), new QStandardItem(m.summary)});
        }
    } catch (const StoreError &error) {
        lines << error.message();
    }
    m_details->setText(lines.join(u'\n'));
    m_meetingView->resizeColumnsToContents();
    m_meetingView->horizontalHeader()->setStretchLastSection(true);
}

bool SubcommitteesPage::saveSubcommittee(const SubcommitteeState &state)
{
    if (!m_document)
        return false;
    const auto before = state.subcommittee.id != 0 ? currentState() : std::nullopt;
    auto *command = new SetSubcommitteeCommand(m_document, before, state);
    if (!m_document->push(command))
        return false;
    selectSubcommittee(command->subcommitteeId());
    return true;
}

bool SubcommitteesPage::removeCurrent()
{
    const auto state = currentState();
    if (!m_document || !state)
        return false;
    return m_document->push(new SetSubcommitteeCommand(m_document, state, std::nullopt));
}

SubcommitteeMeeting SubcommitteesPage::newMeeting() const
{
    SubcommitteeMeeting m;
    m.subcommitteeId = currentSubcommitteeId();
    m.date = QDate::currentDate();
    if (const auto state = currentState()) {
        for (const SubcommitteeMeeting &other : state->meetings)
            m.number = std::max(m.number, other.number);
        m.venue = state->meetings.isEmpty() ? QString() : state->meetings.last().venue;
    }
    ++m.number;
    return m;
}

bool SubcommitteesPage::saveMeeting(const SubcommitteeMeeting &meeting)
{
    if (!m_document)
        return false;
    std::optional<SubcommitteeMeeting> before;
    if (const auto state = currentState()) {
        for (const SubcommitteeMeeting &m : state->meetings) {
            if (m.id == meeting.id && meeting.id != 0)
                before = m;
        }
    }
    return m_document->push(new SetSubcommitteeMeetingCommand(m_document, before, meeting));
}

bool SubcommitteesPage::removeCurrentMeeting()
{
    const auto state = currentState();
    if (!m_document || !state)
        return false;
    for (const SubcommitteeMeeting &m : state->meetings) {
        if (m.id == currentMeetingId())
            return m_document->push(new SetSubcommitteeMeetingCommand(m_document, m, std::nullopt));
    }
    return false;
}

void SubcommitteesPage::editSubcommittee(const SubcommitteeState &state)
{
    if (!m_document)
        return;
    QVector<Member> members;
    QVector<Consultation> consultations;
    try {
        members = CouncilRepository(m_document->database()).members(m_councilId);
        consultations = ConsultationRepository(m_document->database()).consultations(m_councilId);
    } catch (const StoreError &error) {
        m_document->reportFailure(error.message());
        return;
    }
    SubcommitteeDialog dialog(state, members, consultations, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (saveSubcommittee(dialog.state()))
            return;
    }
}

void SubcommitteesPage::editMeeting(const SubcommitteeMeeting &meeting)
{
    const auto state = currentState();
    if (!m_document || !state)
        return;
    QVector<Member> members;
    QVector<Consultation> referred;
    try {
        const QSqlDatabase db = m_document->database();
        for (const SubcommitteeMember &m : state->members) {
            if (const auto member = CouncilRepository(db).member(m.memberId))
                members.append(*member);
        }
        for (const SubcommitteeReferral &r : state->referrals) {
            if (const auto c = ConsultationRepository(db).consultation(r.consultationId))
                referred.append(*c);
        }
    } catch (const StoreError &error) {
        m_document->reportFailure(error.message());
        return;
    }
    SubcommitteeMeetingDialog dialog(meeting, members, referred, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (saveMeeting(dialog.meeting()))
            return;
    }
}

} // namespace kiroku::ui
