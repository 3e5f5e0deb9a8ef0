#include "MeetingEditor.h"

#include "ArchiveTreeModel.h"
#include "AttendanceModel.h"
#include "Delegates.h"
#include "StaffAttendanceModel.h"
#include "WarekiDateEdit.h"
#include "commands/MeetingCommands.h"
#include "consultations/AgendaPanel.h"
#include "materials/MaterialsPanel.h"
#include "model/Quorum.h"
#include "signing/SealBanner.h"
#include "signing/SignaturesPanel.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/StoreError.h"
#include "text/Wareki.h"
#include "transcript/TranscriptImportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <vector>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

Id addMeetingTo(Document *document, Id councilId)
{
    if (!document || councilId == 0)
        return 0;
    Meeting meeting;
    meeting.councilId = councilId;
    meeting.date = QDate::currentDate();
    meeting.fiscalYear = wareki::fiscalYearOf(meeting.date);
    try {
        const QSqlDatabase db = document->database();
        // Councils meet in the same room with the same chair: start from the latest meeting.
        const QVector<Meeting> meetings = MeetingRepository(db).meetings(councilId);
        if (!meetings.isEmpty()) {
            const Meeting &last = meetings.last();
            meeting.venue = last.venue;
            meeting.mode = last.mode;
            meeting.startTime = last.startTime;
            meeting.chairMemberId = last.chairMemberId;
        }
        if (meeting.chairMemberId == 0) {
            for (const Member &member : CouncilRepository(db).members(councilId)) {
                if (member.role == MemberRole::President && member.inOfficeOn(meeting.date))
                    meeting.chairMemberId = member.id;
            }
        }
    } catch (const StoreError &error) {
        document->reportFailure(error.message());
        return 0;
    }
    auto *command = new AddMeetingCommand(document, meeting);
    // The stack keeps the command (it never merges), so its id can be read after the push.
    return document->push(command) ? command->meetingId() : 0;
}

MeetingEditor::MeetingEditor(QWidget *parent)
    : QWidget(parent)
    , m_attendance(new AttendanceModel(this))
    , m_staffAttendance(new StaffAttendanceModel(this))
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"meetingTitle"_s);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);

    auto *add = new QPushButton(tr("Add Meeting"), this);
    add->setObjectName(u"addMeetingButton"_s);
    auto *remove = new QPushButton(tr("Remove Meeting…"), this);
    remove->setObjectName(u"removeMeetingButton"_s);
    connect(add, &QPushButton::clicked, this, &MeetingEditor::addMeeting);
    connect(remove, &QPushButton::clicked, this, &MeetingEditor::removeMeeting);
    auto *importTranscript = new QPushButton(tr("Import Transcript…"), this);
    importTranscript->setObjectName(u"openTranscriptImportButton"_s);
    connect(importTranscript, &QPushButton::clicked, this, &MeetingEditor::importTranscript);

    auto *head = new QHBoxLayout;
    m_headerRow = head;
    head->addWidget(m_title, 1);
    head->addWidget(add);
    head->addWidget(remove);
    head->addWidget(importTranscript);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    m_sealBanner = new SealBanner(this);
    layout->addWidget(m_sealBanner);
    m_headerBox = buildHeader();
    layout->addWidget(m_headerBox);
    // Attendance, the materials (資料) of ui/materials and the signatures of ui/signing.
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"meetingTabs"_s);
    m_attendanceBox = buildAttendance();
    tabs->addTab(m_attendanceBox, tr("Attendance"));
    m_agenda = new AgendaPanel(tabs);
    tabs->addTab(m_agenda, tr("Agenda"));
    m_materials = new MaterialsPanel(tabs);
    tabs->addTab(m_materials, tr("Materials"));
    m_signatures = new SignaturesPanel(tabs);
    tabs->addTab(m_signatures, tr("Signatures"));
    layout->addWidget(tabs, 1);

    connect(m_attendance, &AttendanceModel::quorumChanged, this, &MeetingEditor::updateQuorum);
}

QWidget *MeetingEditor::buildHeader()
{
    auto *box = new QGroupBox(tr("Meeting"), this);
    auto *form = new QFormLayout(box);

    m_date = new WarekiDateEdit(box);
    m_date->setObjectName(u"meetingDate"_s);
    m_dateText = new QLabel(box);
    m_dateText->setObjectName(u"meetingDateText"_s);
    // Its text must not widen the form (the window fits 1280×720): it is cut rather than pushing.
    m_dateText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_dateText->setMinimumWidth(m_dateText->fontMetrics().horizontalAdvance(u"令和10年12月28日(木)"_s));
    connect(m_date, &WarekiDateEdit::typed, this, &MeetingEditor::showTypedDate);
    connect(m_date, &WarekiDateEdit::dateCommitted, this, &MeetingEditor::commitDate);
    connect(m_date, &WarekiDateEdit::refused, this, [this](const QString &text) {
        showProblem(tr("\"%1\" is not a date; the date was not changed.").arg(text));
    });
    // 第N回 is the clerk's to correct: a meeting added out of order gets the next free number.
    m_number = new QSpinBox(box);
    m_number->setObjectName(u"meetingNumber"_s);
    m_number->setRange(1, 999);
    // Committed on Enter or leaving: stepping through a taken number on the way is no error.
    connect(m_number, &QSpinBox::editingFinished, this, &MeetingEditor::commitNumber);
    auto *numberLabel = new QLabel(tr("Meeting &number:"), box);
    numberLabel->setBuddy(m_number);
    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_dateText, 1);
    dateRow->addWidget(numberLabel);
    dateRow->addWidget(m_number);
    addFormRow(form, tr("&Date:"), dateRow, m_date);

    m_start = new QTimeEdit(box);
    m_start->setObjectName(u"meetingStart"_s);
    m_end = new QTimeEdit(box);
    m_end->setObjectName(u"meetingEnd"_s);
    makeOptional(m_start);
    makeOptional(m_end);
    m_timeText = new QLabel(box);
    for (QTimeEdit *edit : {m_start, m_end}) {
        connect(edit, &QTimeEdit::timeChanged, this, &MeetingEditor::updateHints);
        connect(edit, &QTimeEdit::editingFinished, this, &MeetingEditor::commitTimes);
    }
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_start);
    timeRow->addWidget(new QLabel(tr("to"), box));
    timeRow->addWidget(m_end);
    timeRow->addWidget(m_timeText, 1);
    addFormRow(form, tr("&Time:"), timeRow, m_start);

    m_venue = new QLineEdit(box);
    connect(m_venue, &QLineEdit::editingFinished, this,
            [this] { commit([this](Meeting &m) { m.venue = m_venue->text().trimmed(); }); });
    m_mode = new QComboBox(box);
    fillCombo(m_mode, choicesOf<MeetingMode>());
    connect(m_mode, &QComboBox::activated, this, [this] {
        const auto mode = fromKey<MeetingMode>(m_mode->currentData().toString());
        commit([mode](Meeting &m) { m.mode = mode.value_or(m.mode); });
    });
    auto *venueRow = new QHBoxLayout;
    venueRow->addWidget(m_venue, 1);
    venueRow->addWidget(m_mode);
    addFormRow(form, tr("&Venue:"), venueRow, m_venue);

    m_publicity = new QComboBox(box);
    fillCombo(m_publicity, choicesOf<Publicity>());
    connect(m_publicity, &QComboBox::activated, this, [this] {
        const auto publicity = fromKey<Publicity>(m_publicity->currentData().toString());
        commit([publicity](Meeting &m) { m.publicity = publicity.value_or(m.publicity); });
    });
    m_closedReason = new QLineEdit(box);
    m_closedReason->setPlaceholderText(tr("Reason for closing the meeting"));
    connect(m_closedReason, &QLineEdit::editingFinished, this,
            [this] { commit([this](Meeting &m) { m.closedReason = m_closedReason->text().trimmed(); }); });
    auto *publicityRow = new QHBoxLayout;
    publicityRow->addWidget(m_publicity);
    publicityRow->addWidget(m_closedReason, 1);
    addFormRow(form, tr("&Publicity:"), publicityRow, m_publicity);

    m_observersAllowed = new QCheckBox(tr("Allowed"), box);
    connect(m_observersAllowed, &QCheckBox::clicked, this,
            [this](bool allowed) { commit([allowed](Meeting &m) { m.observersAllowed = allowed; }); });
    m_observerCount = new QSpinBox(box);
    m_observerCount->setRange(0, 999);
    m_observerCount->setKeyboardTracking(false);
    m_observerCount->setSuffix(tr(" people"));
    connect(m_observerCount, &QSpinBox::valueChanged, this,
            [this](int count) { commit([count](Meeting &m) { m.observerCount = count; }); });
    m_observersReason = new QLineEdit(box);
    m_observersReason->setPlaceholderText(tr("Reason observers were not allowed"));
    connect(m_observersReason, &QLineEdit::editingFinished, this, [this] {
        commit([this](Meeting &m) { m.observersReason = m_observersReason->text().trimmed(); });
    });
    auto *observerRow = new QHBoxLayout;
    observerRow->addWidget(m_observersAllowed);
    observerRow->addWidget(m_observerCount);
    observerRow->addWidget(m_observersReason, 1);
    addFormRow(form, tr("&Observers:"), observerRow, m_observersAllowed);

    m_chair = new QComboBox(box);
    m_chair->setObjectName(u"chairCombo"_s);
    connect(m_chair, &QComboBox::activated, this, [this] {
        const Id chair = m_chair->currentData().toLongLong();
        commit([chair](Meeting &m) { m.chairMemberId = chair; });
    });
    m_chair->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addFormRow(form, tr("&Chair:"), packed({m_chair}), m_chair);

    // What was refused and why, until the next edit that goes through.
    m_problem = new QLabel(box);
    m_problem->setObjectName(u"meetingProblem"_s);
    m_problem->setWordWrap(true);
    QPalette red = m_problem->palette();
    red.setColor(QPalette::WindowText, QColor(0xb0, 0x10, 0x10));
    m_problem->setPalette(red);
    m_problem->hide();
    form->addRow(m_problem);
    return box;
}

void MeetingEditor::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_meeting = {};
    m_attendance->setDocument(document);
    m_staffAttendance->setDocument(document);
    m_agenda->setDocument(document);
    m_materials->setDocument(document);
    m_signatures->setDocument(document);
    m_sealBanner->setDocument(document);
    if (document) {
        connect(document, &Document::meetingChanged, this, [this](Id meetingId) {
            if (meetingId == m_meeting.id)
                reload();
        });
        connect(document, &Document::membersChanged, this, [this](Id councilId) {
            if (councilId == m_meeting.councilId)
                reload(); // the chair list and the names
        });
        connect(document, &Document::meetingsChanged, this, [this] {
            if (m_meeting.id != 0)
                reload(); // renumbered, removed or restored
        });
    }
    reload();
}

void MeetingEditor::setMeeting(Id meetingId)
{
    m_meeting = {};
    m_meeting.id = meetingId;
    reload();
    m_attendance->setMeeting(meetingId);
    m_staffAttendance->setMeeting(meetingId);
    m_agenda->setMeeting(meetingId);
    m_materials->setMeeting(meetingId);
    m_signatures->setMeeting(meetingId);
}

void MeetingEditor::reload()
{
    const Id id = m_meeting.id;
    m_meeting = {};
    m_meeting.id = id;
    if (m_document && id != 0) {
        try {
            if (const std::optional<Meeting> stored = MeetingRepository(m_document->database()).meeting(id))
                m_meeting = *stored;
        } catch (const StoreError &error) {
            m_document->reportFailure(error.message());
        }
    }
    load();
}

void MeetingEditor::load()
{
    const Meeting &m = m_meeting;
    std::vector<QSignalBlocker> blockers;
    for (QObject *field : std::initializer_list<QObject *>{m_date, m_number, m_start, m_end, m_venue, m_mode,
                                                           m_publicity, m_closedReason, m_observersAllowed,
                                                           m_observerCount, m_observersReason, m_chair})
        blockers.emplace_back(field);

    const bool stored = m.councilId != 0;
    m_title->setText(stored ? wareki::formatFiscalYear(m.fiscalYear) + u"　"_s +
                                  wareki::formatOrdinalMeeting(m.number)
                            : QString());
    m_date->setDate(m.date);
    m_number->setValue(qMax(1, m.number));
    setOptionalTime(m_start, m.startTime);
    setOptionalTime(m_end, m.endTime);
    if (m_venue->text() != m.venue)
        m_venue->setText(m.venue);
    selectKey(m_mode, toKey(m.mode));
    selectKey(m_publicity, toKey(m.publicity));
    if (m_closedReason->text() != m.closedReason)
        m_closedReason->setText(m.closedReason);
    m_observersAllowed->setChecked(m.observersAllowed);
    m_observerCount->setValue(m.observerCount);
    if (m_observersReason->text() != m.observersReason)
        m_observersReason->setText(m.observersReason);
    loadChairs();
    updateHints();
    setEnabled(stored);
    // Sealed: the store refuses every change anyway; the window says so before the clerk tries.
    // The Signatures tab stays reachable (read-only there too) for the checklist and Versions….
    const bool sealed = isReadOnly();
    m_sealBanner->setMeeting(m);
    m_headerBox->setEnabled(!sealed);
    m_attendanceBox->setEnabled(!sealed);
    m_agenda->setEnabled(!sealed);
    m_materials->setEnabled(!sealed);
    for (int i = 0; i < m_headerRow->count(); ++i) {
        auto *button = qobject_cast<QPushButton *>(m_headerRow->itemAt(i)->widget());
        if (button && button->objectName() != u"addMeetingButton"_s)
            button->setEnabled(!sealed); // remove, import transcript, drafting
    }
}

void MeetingEditor::loadChairs()
{
    m_chair->clear();
    m_chair->addItem(tr("(not set)"), Id(0));
    if (!m_document || m_meeting.councilId == 0)
        return;
    try {
        for (const Member &member : CouncilRepository(m_document->database()).members(m_meeting.councilId)) {
            // Only members in office can preside; a former chair stays listed so the record stays true.
            if (member.inOfficeOn(m_meeting.date) || member.id == m_meeting.chairMemberId)
                m_chair->addItem(member.name, member.id);
        }
    } catch (const StoreError &error) {
        m_document->reportFailure(error.message());
    }
    m_chair->setCurrentIndex(qMax(0, m_chair->findData(m_meeting.chairMemberId)));
}

void MeetingEditor::updateHints()
{
    showTypedDate(m_date->typedDate());
    const QTime start = optionalTime(m_start);
    const QTime end = optionalTime(m_end);
    m_timeText->setText(start.isValid() && end.isValid() ? wareki::formatTimeRange(start, end)
                                                         : wareki::formatTime(start));
    // A reason is only asked for what it explains.
    m_closedReason->setEnabled(m_meeting.publicity != Publicity::Public);
    m_observerCount->setEnabled(m_meeting.observersAllowed);
    m_observersReason->setEnabled(!m_meeting.observersAllowed);
}

void MeetingEditor::updateQuorum()
{
    if (m_attendance->meetingId() == 0) {
        m_quorum->clear();
        return;
    }
    const QuorumState state = m_attendance->quorum();
    m_quorum->setText(quorumLine(state));
    QPalette palette = m_quorum->palette();
    palette.setColor(QPalette::WindowText,
                     state.met() ? palette.color(QPalette::Text) : QColor(0xb0, 0x10, 0x10));
    m_quorum->setPalette(palette);
}

void MeetingEditor::commit(const std::function<void(Meeting &)> &change)
{
    if (!m_document || m_meeting.councilId == 0)
        return;
    Meeting after = m_meeting;
    change(after);
    if (after == m_meeting)
        return;
    if (!m_document->push(new EditMeetingCommand(m_document, m_meeting, after)))
        reload(); // the archive refused: show what is stored
}

void MeetingEditor::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void MeetingEditor::showTypedDate(std::optional<QDate> date)
{
    // Beside the field: the date as it will be saved, in 和暦, and the 年度 it falls in when that is
    // not the meeting's.
    if (!date) {
        m_dateText->setText(tr("Not a date yet (令和9年1月21日, R9.1.21, 2027-01-21)"));
        return;
    }
    // The stored date is in the field already: repeat only what the field does not say.
    QString text = date->isValid() && *date != m_meeting.date ? wareki::formatDate(*date) : QString();
    const int year = wareki::fiscalYearOf(*date);
    if (date->isValid() && m_meeting.councilId != 0 && year != m_meeting.fiscalYear)
        text += (text.isEmpty() ? QString() : u"　"_s) +
                tr("(moves the meeting to %1)").arg(wareki::formatFiscalYear(year));
    m_dateText->setText(text);
}

void MeetingEditor::commitDate(QDate date)
{
    if (!m_document || m_meeting.councilId == 0)
        return;
    const int year = date.isValid() ? wareki::fiscalYearOf(date) : m_meeting.fiscalYear;
    if (year != m_meeting.fiscalYear) {
        int number = 0;
        try {
            number = MeetingRepository(m_document->database()).nextNumber(m_meeting.councilId, year);
        } catch (const StoreError &error) {
            m_document->reportFailure(error.message());
            return;
        }
        const QString from = wareki::formatFiscalYear(m_meeting.fiscalYear) + meetingLabel(m_meeting);
        const QString to = wareki::formatFiscalYear(year) + wareki::formatOrdinalMeeting(number);
        const auto answer = QMessageBox::question(
            this, tr("Move to Another Fiscal Year"),
            tr("%1 falls in %2. The meeting %3 becomes %4.\nMove the meeting to %2?")
                .arg(wareki::formatDate(date), wareki::formatFiscalYear(year), from, to));
        if (answer != QMessageBox::Yes) {
            m_date->setDate(m_meeting.date);
            showTypedDate(m_meeting.date);
            return;
        }
    }
    showProblem({});
    commit([date](Meeting &m) { m.date = date; });
}

void MeetingEditor::commitNumber()
{
    if (!m_document || m_meeting.councilId == 0)
        return;
    const int number = m_number->value();
    if (number == m_meeting.number)
        return;
    try {
        for (const Meeting &other : MeetingRepository(m_document->database())
                                        .meetingsOfYear(m_meeting.councilId, m_meeting.fiscalYear)) {
            if (other.id != m_meeting.id && other.number == number) {
                showProblem(tr("%1 already has a meeting %2 (%3). Choose another number.")
                                .arg(wareki::formatFiscalYear(m_meeting.fiscalYear),
                                     wareki::formatOrdinalMeeting(number), wareki::formatDate(other.date)));
                const QSignalBlocker blocker(m_number);
                m_number->setValue(m_meeting.number);
                return;
            }
        }
    } catch (const StoreError &error) {
        m_document->reportFailure(error.message());
        return;
    }
    showProblem({});
    commit([number](Meeting &m) { m.number = number; });
}

void MeetingEditor::commitTimes()
{
    const QTime start = optionalTime(m_start);
    const QTime end = optionalTime(m_end);
    if (start.isValid() && end.isValid() && end < start) {
        // 午前10時から午前1時まで is a slip (午後1時?), never a meeting: refuse it and say so.
        showProblem(tr("The end time %1 is before the start time %2; the times were not changed. "
                       "Check 午前 and 午後.")
                        .arg(wareki::formatTime(end), wareki::formatTime(start)));
        const QSignalBlocker startBlocker(m_start);
        const QSignalBlocker endBlocker(m_end);
        setOptionalTime(m_start, m_meeting.startTime);
        setOptionalTime(m_end, m_meeting.endTime);
        updateHints();
        return;
    }
    showProblem({});
    commit([start, end](Meeting &m) {
        m.startTime = start;
        m.endTime = end;
    });
}

void MeetingEditor::addMeeting()
{
    const Id meetingId = addMeetingTo(m_document, m_meeting.councilId);
    if (meetingId != 0)
        Q_EMIT meetingAdded(meetingId);
}

void MeetingEditor::removeMeeting()
{
    if (!m_document || m_meeting.councilId == 0)
        return;
    const QString name = wareki::formatFiscalYear(m_meeting.fiscalYear) + meetingLabel(m_meeting);
    if (QMessageBox::question(this, tr("Remove Meeting"),
                              tr("Remove the meeting %1 with its attendance, agenda and minutes?\n"
                                 "You can bring it back with Undo.")
                                  .arg(name)) != QMessageBox::Yes)
        return;
    m_document->push(new RemoveMeetingCommand(m_document, m_meeting.id));
}

QPushButton *MeetingEditor::addHeaderButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    m_headerRow->addWidget(button);
    return button;
}

void MeetingEditor::importTranscript()
{
    if (!m_document || m_meeting.councilId == 0)
        return;
    // Modal to the window; the preview applies nothing until Import, then one step on the undo stack.
    auto *dialog = new TranscriptImportDialog(m_document, m_meeting.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace kiroku::ui
