#include "CouncilEditor.h"

#include "Delegates.h"
#include "MeetingEditor.h"
#include "MemberTableModel.h"
#include "StaffTableModel.h"
#include "commands/CouncilCommands.h"
#include "consultations/ConsultationsPage.h"
#include "consultations/ReportsPage.h"
#include "consultations/SubcommitteesPage.h"
#include "lists/CouncilListPage.h"
#include "pia/PiaPage.h"
#include "record/RecordFormat.h"
#include "store/Archive.h"
#include "store/CouncilRepository.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <vector>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    setUpTable(view);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    return view;
}

// The row of the current cell's id, or 0 when nothing is selected.
Id currentId(const QTableView *view, int role)
{
    const QModelIndex index = view->currentIndex();
    return index.isValid() ? index.data(role).toLongLong() : 0;
}

const QString splitterKey = u"councilEditor/splitter"_s;

} // namespace

CouncilEditor::CouncilEditor(QWidget *parent)
    : QWidget(parent)
    , m_members(new MemberTableModel(this))
    , m_staff(new StaffTableModel(this))
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"councilTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    auto *addMeetingButton = new QPushButton(tr("Add Meeting"), this);
    addMeetingButton->setObjectName(u"addMeetingButton"_s);
    connect(addMeetingButton, &QPushButton::clicked, this, &CouncilEditor::addMeeting);

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(addMeetingButton);

    auto *tabs = new QTabWidget(this);
    m_tabs = tabs;
    tabs->addTab(buildMembers(), tr("Members"));
    tabs->addTab(buildStaff(), tr("Secretariat and presenters"));
    m_lists = {
        new CouncilListPage(CouncilListModel::Kind::Masking,
                            tr("Replaced in the public version wherever they occur, in any width and with or "
                               "without spaces: citizens' names, addresses, telephone numbers. Add a name's "
                               "reading as an entry of its own."),
                            this),
        new CouncilListPage(CouncilListModel::Kind::Notation,
                            tr("Applied to the record on request while drafting, in this order."), this),
        new CouncilListPage(CouncilListModel::Kind::Directions,
                            tr("The drafting palette. {department} is the current presenter's department, "
                               "{quorum} the attendance line, {chair} the chair."),
                            this)};
    m_lists[0]->setObjectName(u"maskingList"_s);
    m_lists[1]->setObjectName(u"notationList"_s);
    m_lists[2]->setObjectName(u"stageDirectionList"_s);
    tabs->addTab(m_lists[0], tr("Masking list"));
    tabs->addTab(m_lists[1], tr("Notation list"));
    tabs->addTab(m_lists[2], tr("Stage directions"));
    m_consultations = new ConsultationsPage(this);
    tabs->insertTab(2, m_consultations, tr("Consultations"));
    m_subcommittees = new SubcommitteesPage(this);
    tabs->insertTab(3, m_subcommittees, tr("Subcommittees"));
    m_reports = new ReportsPage(this);
    tabs->insertTab(4, m_reports, tr("Reports"));
    m_pia = new PiaPage(this);
    tabs->insertTab(5, m_pia, tr("PIA Evaluations"));

    // The council's fields scroll, and the clerk can drag them out of the way (or back): on a laptop
    // screen the tabs, above all the PIA evaluations with their own tabs, need the height.
    auto *formScroll = new QScrollArea(this);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setWidget(buildForm());
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(formScroll);
    m_splitter->addWidget(tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setCollapsible(1, false);
    // A third for the fields, two for the tabs, until the clerk drags the handle.
    const int form = formScroll->widget()->sizeHint().height();
    m_splitter->setSizes({form, 2 * form});
    m_splitter->restoreState(QSettings().value(splitterKey).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(splitterKey, m_splitter->saveState()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_splitter, 1);
}

QWidget *CouncilEditor::buildForm()
{
    auto *box = new QGroupBox(tr("Council"), this);
    auto *form = new QFormLayout(box);

    m_name = new QLineEdit(box);
    m_name->setObjectName(u"councilName"_s);
    connect(m_name, &QLineEdit::editingFinished, this,
            [this] { commit([this](Council &c) { c.name = m_name->text().trimmed(); }); });
    form->addRow(tr("&Name:"), m_name);

    m_municipality = new QLineEdit(box);
    connect(m_municipality, &QLineEdit::editingFinished, this,
            [this] { commit([this](Council &c) { c.municipality = m_municipality->text().trimmed(); }); });
    form->addRow(tr("&Municipality:"), m_municipality);

    m_quota = new QSpinBox(box);
    m_quota->setRange(0, 99);
    m_quota->setKeyboardTracking(false);
    m_quota->setSuffix(tr(" members"));
    connect(m_quota, &QSpinBox::valueChanged, this,
            [this](int value) { commit([value](Council &c) { c.quota = value; }); });
    m_quorumRule = new QComboBox(box);
    fillCombo(m_quorumRule, choicesOf<QuorumRule>());
    connect(m_quorumRule, &QComboBox::activated, this, [this] {
        const auto rule = fromKey<QuorumRule>(m_quorumRule->currentData().toString());
        commit([rule](Council &c) { c.quorumRule = rule.value_or(c.quorumRule); });
    });
    addFormRow(form, tr("Member &quota:"), packed({m_quota, new QLabel(tr("Quorum:"), box), m_quorumRule}),
               m_quota);

    m_signers = new QSpinBox(box);
    m_signers->setRange(0, 10);
    m_signers->setKeyboardTracking(false);
    connect(m_signers, &QSpinBox::valueChanged, this,
            [this](int value) { commit([value](Council &c) { c.signerCount = value; }); });
    addFormRow(form, tr("Members who &sign the record:"), packed({m_signers}), m_signers);

    m_recordFormat = new QComboBox(box);
    m_recordFormat->setObjectName(u"recordFormat"_s);
    connect(m_recordFormat, &QComboBox::activated, this, &CouncilEditor::commitRecordFormat);
    form->addRow(tr("Record &format:"), m_recordFormat);

    m_namePolicy = new QComboBox(box);
    fillCombo(m_namePolicy, choicesOf<NamePolicy>());
    connect(m_namePolicy, &QComboBox::activated, this, [this] {
        const auto policy = fromKey<NamePolicy>(m_namePolicy->currentData().toString());
        commit([policy](Council &c) { c.namePolicy = policy.value_or(c.namePolicy); });
    });
    addFormRow(form, tr("Names in the &public version:"), packed({m_namePolicy}), m_namePolicy);

    m_numbering = new QComboBox(box);
    m_numbering->addItem(tr("Run on across years"), false);
    m_numbering->addItem(tr("Restart every fiscal year"), true);
    connect(m_numbering, &QComboBox::activated, this, [this] {
        const bool yearly = m_numbering->currentData().toBool();
        commit([yearly](Council &c) { c.consultationNumberingYearly = yearly; });
    });
    addFormRow(form, tr("&Consultation numbers:"), packed({m_numbering}), m_numbering);

    m_agendaNumbering = new QComboBox(box);
    m_agendaNumbering->setObjectName(u"agendaNumbering"_s);
    fillCombo(m_agendaNumbering, choicesOf<AgendaNumbering>());
    connect(m_agendaNumbering, &QComboBox::activated, this, [this] {
        const auto style = fromKey<AgendaNumbering>(m_agendaNumbering->currentData().toString());
        commit([style](Council &c) { c.agendaNumbering = style.value_or(c.agendaNumbering); });
    });
    addFormRow(form, tr("&Agenda items numbered:"), packed({m_agendaNumbering}), m_agendaNumbering);

    m_deadline = new QSpinBox(box);
    m_deadline->setRange(0, 365);
    m_deadline->setKeyboardTracking(false);
    m_deadline->setSpecialValueText(tr("No deadline"));
    m_deadline->setSuffix(tr(" days after the meeting"));
    connect(m_deadline, &QSpinBox::valueChanged, this,
            [this](int value) { commit([value](Council &c) { c.publicationDeadlineDays = value; }); });
    addFormRow(form, tr("Publication &deadline:"), packed({m_deadline}), m_deadline);
    return box;
}

QWidget *CouncilEditor::buildMembers()
{
    auto *page = new QWidget(this);
    m_memberView = makeTable(m_members, u"memberTable"_s, page);
    m_memberView->setItemDelegateForColumn(MemberTableModel::RoleColumn,
                                           new ChoiceDelegate(choicesOf<MemberRole>(), m_memberView));
    auto *dates = new DateDelegate(m_memberView);
    m_memberView->setItemDelegateForColumn(MemberTableModel::TermStartColumn, dates);
    m_memberView->setItemDelegateForColumn(MemberTableModel::TermEndColumn, dates);

    auto *add = new QPushButton(tr("Add Member"), page);
    add->setObjectName(u"addMemberButton"_s);
    auto *remove = new QPushButton(tr("Remove Member…"), page);
    remove->setObjectName(u"removeMemberButton"_s);
    connect(add, &QPushButton::clicked, this, &CouncilEditor::addMember);
    connect(remove, &QPushButton::clicked, this, &CouncilEditor::removeMember);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_memberView, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget *CouncilEditor::buildStaff()
{
    auto *page = new QWidget(this);
    m_staffView = makeTable(m_staff, u"staffTable"_s, page);
    m_staffView->setItemDelegateForColumn(StaffTableModel::KindColumn,
                                          new ChoiceDelegate(choicesOf<StaffKind>(), m_staffView));
    auto *add = new QPushButton(tr("Add Staff"), page);
    add->setObjectName(u"addStaffButton"_s);
    auto *remove = new QPushButton(tr("Remove Staff…"), page);
    remove->setObjectName(u"removeStaffButton"_s);
    connect(add, &QPushButton::clicked, this, &CouncilEditor::addStaff);
    connect(remove, &QPushButton::clicked, this, &CouncilEditor::removeStaff);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_staffView, 1);
    layout->addLayout(buttons);
    return page;
}

void CouncilEditor::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_council = {};
    m_members->setDocument(document);
    m_staff->setDocument(document);
    m_consultations->setDocument(document);
    m_subcommittees->setDocument(document);
    m_reports->setDocument(document);
    m_pia->setDocument(document);
    for (CouncilListPage *page : std::as_const(m_lists))
        page->setDocument(document);
    if (document) {
        connect(document, &Document::councilChanged, this, [this](Id councilId) {
            if (councilId == m_council.id)
                setCouncil(councilId);
        });
    }
    load();
}

void CouncilEditor::setCouncil(Id councilId)
{
    m_council = {};
    if (m_document && councilId != 0) {
        try {
            m_council = CouncilRepository(m_document->database()).council(councilId).value_or(Council{});
        } catch (const StoreError &error) {
            m_document->reportFailure(error.message());
        }
    }
    if (m_members->councilId() != m_council.id)
        m_members->setCouncil(m_council.id);
    if (m_staff->councilId() != m_council.id)
        m_staff->setCouncil(m_council.id);
    m_consultations->setCouncil(m_council.id); // the numbering setting may have changed
    m_subcommittees->setCouncil(m_council.id);
    m_reports->setCouncil(m_council.id);
    m_pia->setCouncil(m_council.id);
    for (CouncilListPage *page : std::as_const(m_lists))
        page->setCouncil(m_council.id);
    load();
}

void CouncilEditor::load()
{
    // Programmatic updates must not come back as edits.
    const QList<QWidget *> fields{m_name,     m_municipality,   m_quota,      m_quorumRule,
                                  m_signers,  m_recordFormat,   m_namePolicy, m_numbering,
                                  m_deadline, m_agendaNumbering};
    std::vector<QSignalBlocker> blockers;
    blockers.reserve(std::size_t(fields.size()));
    for (QWidget *field : fields)
        blockers.emplace_back(field);

    const Council &c = m_council;
    m_title->setText(c.municipality.isEmpty() ? c.name : u"%1　%2"_s.arg(c.municipality, c.name));
    if (m_name->text() != c.name)
        m_name->setText(c.name);
    if (m_municipality->text() != c.municipality)
        m_municipality->setText(c.municipality);
    m_quota->setValue(c.quota);
    selectKey(m_quorumRule, toKey(c.quorumRule));
    m_signers->setValue(c.signerCount);
    // The formats shipped and the clerk's copies beside the archive, by their Japanese titles.
    m_recordFormat->clear();
    const record::FormatLibrary library(
        m_document ? QStringList{QFileInfo(m_document->archive().path()).absolutePath() + u"/formats"_s}
                   : QStringList{});
    QStringList formats = library.names();
    if (!c.recordFormat.isEmpty() && !formats.contains(c.recordFormat))
        formats.prepend(c.recordFormat); // a format that has gone away still shows what is set
    for (const QString &name : std::as_const(formats)) {
        const auto format = library.format(name);
        m_recordFormat->addItem(format && !format->label.isEmpty() ? format->label : name, name);
        m_recordFormat->setItemData(m_recordFormat->count() - 1, name, Qt::ToolTipRole);
    }
    m_recordFormat->setCurrentIndex(m_recordFormat->findData(c.recordFormat));
    selectKey(m_namePolicy, toKey(c.namePolicy));
    m_numbering->setCurrentIndex(c.consultationNumberingYearly ? 1 : 0);
    selectKey(m_agendaNumbering, toKey(c.agendaNumbering));
    m_deadline->setValue(c.publicationDeadlineDays);
    setEnabled(c.id != 0);
}

void CouncilEditor::commit(const std::function<void(Council &)> &change)
{
    if (!m_document || m_council.id == 0)
        return;
    Council after = m_council;
    change(after);
    if (after == m_council)
        return;
    if (!m_document->push(new EditCouncilCommand(m_document, m_council, after)))
        load(); // the archive refused: show what is stored
}

void CouncilEditor::commitRecordFormat()
{
    const QString format = m_recordFormat->currentData().toString();
    commit([format](Council &c) { c.recordFormat = format; });
}

void CouncilEditor::addMember()
{
    if (!m_document || m_council.id == 0)
        return;
    Member member;
    member.councilId = m_council.id;
    member.name = tr("New member");
    for (const Member &m : m_members->members())
        member.sortOrder = qMax(member.sortOrder, m.sortOrder + 1);
    auto *command = new AddMemberCommand(m_document, member);
    if (!m_document->push(command))
        return;
    // The stack keeps the command (it never merges) and the table has reloaded: edit the new name at once.
    const QModelIndex index =
        m_members->index(m_members->rowOf(command->memberId()), MemberTableModel::NameColumn);
    m_memberView->setCurrentIndex(index);
    m_memberView->edit(index);
}

void CouncilEditor::removeMember()
{
    const Id memberId = currentId(m_memberView, MemberTableModel::IdRole);
    const int row = m_members->rowOf(memberId);
    if (!m_document || row < 0)
        return;
    const QString name = m_members->members().at(row).name;
    if (QMessageBox::question(this, tr("Remove Member"),
                              tr("Remove %1 from the council? Their attendance is removed too.").arg(name)) !=
        QMessageBox::Yes)
        return;
    m_document->push(new RemoveMemberCommand(m_document, memberId));
}

void CouncilEditor::addStaff()
{
    if (!m_document || m_council.id == 0)
        return;
    Staff staff;
    staff.councilId = m_council.id;
    staff.organisation = tr("Secretariat");
    auto *command = new AddStaffCommand(m_document, staff);
    if (!m_document->push(command))
        return;
    int row = 0;
    while (row < m_staff->rowCount() && m_staff->staff().at(row).id != command->staffId())
        ++row;
    const QModelIndex index = m_staff->index(row, StaffTableModel::OrganisationColumn);
    m_staffView->setCurrentIndex(index);
    m_staffView->edit(index);
}

void CouncilEditor::removeStaff()
{
    const Id staffId = currentId(m_staffView, StaffTableModel::IdRole);
    if (!m_document || staffId == 0)
        return;
    if (QMessageBox::question(this, tr("Remove Staff"), tr("Remove the selected staff entry?")) !=
        QMessageBox::Yes)
        return;
    m_document->push(new RemoveStaffCommand(m_document, staffId));
}

void CouncilEditor::addMeeting()
{
    const Id meetingId = addMeetingTo(m_document, m_council.id);
    if (meetingId != 0)
        Q_EMIT meetingAdded(meetingId);
}

} // namespace kiroku::ui
