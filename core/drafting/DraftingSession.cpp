#include "drafting/DraftingSession.h"

#include "commands/DraftedFactsCommand.h"
#include "commands/MeetingCommands.h"
#include "commands/StatementCommands.h"
#include "store/AgendaRepository.h"
#include "store/CouncilListsRepository.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/Sql.h"
#include "store/StatementRepository.h"

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("kiroku::DraftingSession", text);
}

bool isStageDirectionText(const QString &text)
{
    return (text.startsWith(u'（') && text.endsWith(u'）')) || (text.startsWith(u'(') && text.endsWith(u')'));
}

} // namespace

QString DraftRecovery::message() const
{
    if (!recovered)
        return {};
    return QCoreApplication::translate(
               "kiroku::DraftingSession",
               "Recovered after an unexpected end: the record's %n statement(s) are all "
               "here, and the line being typed (%1, %2 characters, saved at %3) is back "
               "in the entry line.",
               nullptr, statementCount)
        .arg(speaker.isEmpty() ? translate("no speaker") : speaker)
        .arg(text.size())
        .arg(savedAt.time().toString(u"HH:mm:ss"_s));
}

DraftingSession::DraftingSession(Document *document, Id meetingId, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_meetingId(meetingId)
    , m_clock(clock)
{
    m_autosave.setInterval(autosaveIntervalMs);
    connect(&m_autosave, &QTimer::timeout, this, &DraftingSession::saveDraft);
    connect(m_document, &Document::statementsChanged, this, [this](Id id) {
        if (m_open && id == m_meetingId && !takeAppended())
            reloadStatements();
    });
    connect(m_document, &Document::attendanceChanged, this, [this](Id id) {
        if (m_open && id == m_meetingId)
            reloadAttendance();
    });
    connect(m_document, &Document::meetingChanged, this, [this](Id id) {
        if (m_open && id == m_meetingId) {
            const Id chair = m_meeting.chairMemberId;
            reloadMeeting();
            reloadAttendance();
            if (chair != m_meeting.chairMemberId)
                assignNumberKeys();
        }
    });
    connect(m_document, &Document::agendaChanged, this, [this](Id id) {
        if (!m_open || id != m_meetingId)
            return;
        m_agenda = AgendaRepository(m_document->database()).items(m_meetingId);
        Q_EMIT agendaReloaded();
    });
    const auto councilSide = [this](Id councilId) {
        if (m_open && councilId == m_meeting.councilId) {
            reloadCouncil();
            reloadAttendance();
            assignNumberKeys(); // the member list itself changed
        }
    };
    connect(m_document, &Document::councilChanged, this, councilSide);
    connect(m_document, &Document::membersChanged, this, councilSide);
    connect(m_document, &Document::staffChanged, this, councilSide);
}

DraftingSession::~DraftingSession()
{
    if (m_open)
        saveDraft();
}

bool DraftingSession::open()
{
    try {
        const std::optional<Meeting> meeting = MeetingRepository(m_document->database()).meeting(m_meetingId);
        if (!meeting)
            return false;
        m_meeting = *meeting;
        reloadCouncil();
        m_agenda = AgendaRepository(m_document->database()).items(m_meetingId);
        m_statements = StatementRepository(m_document->database()).statements(m_meetingId);
        reloadAttendance();
        assignNumberKeys();
        m_open = true;
        restoreDraft();
    } catch (const StoreError &error) {
        m_document->reportFailure(error.message());
        return false;
    }
    m_autosave.start();
    return true;
}

void DraftingSession::reloadMeeting()
{
    if (const auto meeting = MeetingRepository(m_document->database()).meeting(m_meetingId))
        m_meeting = *meeting;
}

void DraftingSession::reloadCouncil()
{
    const QSqlDatabase db = m_document->database();
    CouncilRepository councils(db);
    if (const auto council = councils.council(m_meeting.councilId))
        m_council = *council;
    m_members = councils.members(m_meeting.councilId);
    m_staff = councils.staff(m_meeting.councilId);
    m_palette = CouncilListsRepository(db).stageDirections(m_meeting.councilId);
    if (m_palette.isEmpty())
        m_palette = CouncilListsRepository::defaultStageDirections();
}

void DraftingSession::reloadAttendance()
{
    MeetingRepository meetings(m_document->database());
    m_attendance = meetings.attendance(m_meetingId);
    m_directory =
        SpeakerDirectory(m_meeting, m_members, m_attendance, m_staff, meetings.staffPresent(m_meetingId));
    Q_EMIT attendanceChanged();
}

void DraftingSession::assignNumberKeys()
{
    // Once per meeting (and when the council's member list changes): never after a turn or an arrival,
    // so a key the clerk has learnt keeps meaning the same person.
    m_numberKeys = m_directory.numberKeys();
    Q_EMIT numberKeysChanged();
}

void DraftingSession::reloadStatements()
{
    m_statements = StatementRepository(m_document->database()).statements(m_meetingId);
    Q_EMIT statementsReloaded();
    Q_EMIT recordChanged();
}

bool DraftingSession::takeAppended()
{
    // The session's own append at the end of the record: take the written statement as it is instead of
    // reading the whole record again (a commit must not cost more as the meeting grows).
    if (!m_appending)
        return false;
    const Statement &s = m_appending->statement();
    if (s.id == 0 || s.position != m_statements.size())
        return false;
    const int first = int(m_statements.size());
    m_statements.append(s);
    Q_EMIT statementsAppended(first);
    Q_EMIT recordChanged();
    return true;
}

bool DraftingSession::pushAppend(Statement statement)
{
    auto *command = new AddStatementCommand(m_document, std::move(statement));
    m_appending = command;
    const bool ok = m_document->push(command);
    m_appending = nullptr;
    return ok;
}

void DraftingSession::restoreDraft()
{
    m_recovery = {};
    m_recovery.statementCount = int(m_statements.size());
    const std::optional<DraftLine> draft = StatementRepository(m_document->database()).draftLine(m_meetingId);
    if (draft) {
        Statement probe;
        probe.speaker = draft->speaker;
        probe.memberId = draft->memberId;
        probe.staffId = draft->staffId;
        m_speaker = m_directory.forStatement(probe);
        m_text = draft->text;
        m_currentItem = draft->agendaItemId;
        if (!m_text.isEmpty()) {
            m_recovery.recovered = true;
            m_recovery.speaker = m_speaker.label;
            m_recovery.text = m_text;
            m_recovery.savedAt = draft->savedAt;
        }
    } else {
        m_currentItem = m_statements.isEmpty() ? 0 : m_statements.constLast().agendaItemId;
        const auto last = std::find_if(m_statements.crbegin(), m_statements.crend(), [](const Statement &s) {
            return s.kind == StatementKind::Speech && !s.speaker.isEmpty();
        });
        m_speaker =
            last == m_statements.crend()
                ? m_directory.chair()
                : nextExpectedSpeaker(m_nextMode, m_directory.forStatement(*last), m_statements, m_directory);
        m_text.clear();
    }
    m_dirty = false;
    Q_EMIT entryChanged();
}

void DraftingSession::setEntrySpeaker(const Speaker &speaker)
{
    if (speaker == m_speaker)
        return;
    m_speaker = speaker;
    m_dirty = true;
}

void DraftingSession::setEntryText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_dirty = true;
}

void DraftingSession::setCurrentItem(Id agendaItemId)
{
    if (agendaItemId == m_currentItem)
        return;
    m_currentItem = agendaItemId;
    m_dirty = true;
    Q_EMIT entryChanged();
}

void DraftingSession::saveDraft()
{
    if (!m_open || !m_dirty || !m_document)
        return;
    DraftLine draft;
    draft.meetingId = m_meetingId;
    draft.agendaItemId = m_currentItem;
    draft.speaker = m_speaker.label;
    draft.memberId = m_speaker.memberId;
    draft.staffId = m_speaker.staffId;
    draft.text = m_text;
    draft.savedAt = m_clock.now();
    try {
        StatementRepository(m_document->database()).saveDraftLine(draft);
    } catch (const StoreError &error) {
        m_document->reportFailure(error.message());
        return;
    }
    m_dirty = false;
    Q_EMIT draftSaved(draft.savedAt);
}

bool DraftingSession::commitEntry()
{
    const QString text = m_text.trimmed();
    if (!m_open || text.isEmpty())
        return false;
    Statement s;
    s.meetingId = m_meetingId;
    s.agendaItemId = m_currentItem;
    s.position = -1;
    s.text = text;
    const QDateTime now = m_clock.now();
    s.spokenAt = QTime(now.time().hour(), now.time().minute(), now.time().second());
    // A line in parentheses is a stage direction whoever was chosen; the speaker waits for the next turn.
    if (isStageDirectionText(text)) {
        s.kind = StatementKind::StageDirection;
    } else {
        s.kind = StatementKind::Speech;
        s.speaker = m_speaker.label;
        s.memberId = m_speaker.memberId;
        s.staffId = m_speaker.staffId;
    }

    // The statement and the emptied entry line go in together: after a crash there is either the
    // statement and no draft, or the draft and no statement, never both.
    const QSqlDatabase db = m_document->database();
    try {
        sql::Transaction transaction(db);
        if (!pushAppend(s))
            return false;
        const Speaker committed = s.kind == StatementKind::Speech ? m_speaker : Speaker{};
        const Speaker next = s.kind == StatementKind::Speech
                                 ? nextExpectedSpeaker(m_nextMode, committed, m_statements, m_directory)
                                 : m_speaker;
        DraftLine draft;
        draft.meetingId = m_meetingId;
        draft.agendaItemId = m_currentItem;
        draft.speaker = next.label;
        draft.memberId = next.memberId;
        draft.staffId = next.staffId;
        draft.savedAt = now;
        StatementRepository(db).saveDraftLine(draft);
        transaction.commit();
        m_speaker = next;
    } catch (const StoreError &error) {
        m_document->reportFailure(error.message());
        // The command's row went with the rolled-back transaction: take it off the stack too.
        if (m_document->undoStack()->canUndo())
            m_document->undoStack()->undo();
        return false;
    }
    m_text.clear();
    m_dirty = false;
    Q_EMIT entryChanged();
    return true;
}

bool DraftingSession::insertStatement(int position, Id agendaItemId, const Speaker &speaker,
                                      const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!m_open || trimmed.isEmpty())
        return false;
    position = std::clamp(position, 0, int(m_statements.size()));
    Statement s;
    s.meetingId = m_meetingId;
    s.agendaItemId = agendaItemId;
    s.position = position;
    s.text = trimmed;
    // Timed like its neighbour: the order of times in the record stays right.
    if (position > 0)
        s.spokenAt = m_statements.at(position - 1).spokenAt;
    else if (!m_statements.isEmpty())
        s.spokenAt = m_statements.constFirst().spokenAt;
    if (isStageDirectionText(trimmed)) {
        s.kind = StatementKind::StageDirection;
    } else {
        s.kind = StatementKind::Speech;
        s.speaker = speaker.label;
        s.memberId = speaker.memberId;
        s.staffId = speaker.staffId;
    }
    return m_document->push(new AddStatementCommand(m_document, s));
}

Speaker DraftingSession::expectedSpeakerAt(int position) const
{
    const QVector<Statement> before = m_statements.mid(0, std::clamp(position, 0, int(m_statements.size())));
    const auto last = std::find_if(before.crbegin(), before.crend(), [](const Statement &s) {
        return s.kind == StatementKind::Speech && !s.speaker.isEmpty();
    });
    if (last == before.crend())
        return m_directory.chair();
    return nextExpectedSpeaker(NextSpeaker::Alternate, m_directory.forStatement(*last), before, m_directory);
}

bool DraftingSession::carryFacts(const FactOffer &offer)
{
    if (!m_open || offer.isEmpty())
        return false;
    return m_document->push(new CarryDraftedFactsCommand(m_document, m_agenda, m_meeting, offer));
}

bool DraftingSession::appendStatement(Statement statement)
{
    statement.meetingId = m_meetingId;
    statement.agendaItemId = statement.agendaItemId ? statement.agendaItemId : m_currentItem;
    statement.position = -1;
    return pushAppend(std::move(statement));
}

QString DraftingSession::currentDepartment() const
{
    QHash<Id, const Staff *> byId;
    for (const Staff &s : m_staff)
        byId.insert(s.id, &s);
    for (auto it = m_statements.crbegin(); it != m_statements.crend(); ++it) {
        if (const Staff *staff = byId.value(it->staffId); staff && staff->kind == StaffKind::Presenter)
            return staff->organisation;
    }
    for (const Speaker &s : m_directory.all()) {
        if (s.kind == Speaker::Kind::Presenter)
            return s.department;
    }
    return {};
}

LiveValues DraftingSession::liveValues() const
{
    LiveValues values;
    values.department = currentDepartment();
    values.quorum = quorumLine();
    const Speaker chair = m_directory.chair();
    for (const Member &m : m_members) {
        if (m.id == chair.memberId)
            values.chair = m.surname() + japaneseLabel(m.role);
    }
    values.time = japaneseClockTime(m_clock.now().time());
    return values;
}

QStringList DraftingSession::palette() const
{
    const LiveValues values = liveValues();
    QStringList result;
    for (const StageDirectionTemplate &t : m_palette)
        result.append(fillPlaceholders(t.text, values));
    return result;
}

bool DraftingSession::insertStageDirection(const QString &text)
{
    Statement s;
    s.kind = StatementKind::StageDirection;
    s.text = text;
    return appendStatement(s);
}

bool DraftingSession::insertHeading(const HeadingChoice &heading)
{
    if (heading.agendaItemId != 0 || heading.level == 0)
        setCurrentItem(heading.agendaItemId);
    Statement s;
    s.kind = StatementKind::Heading;
    s.text = heading.text;
    s.agendaItemId = heading.agendaItemId;
    return appendStatement(s);
}

QVector<NotationRule> DraftingSession::notationRules() const
{
    return CouncilListsRepository(m_document->database()).notationRules(m_meeting.councilId);
}

QuorumState DraftingSession::quorum() const
{
    return quorumState(m_council, m_members, m_attendance, m_meeting.date, m_clock.now().time());
}

QString DraftingSession::quorumLine() const
{
    return kiroku::quorumLine(quorum());
}

bool DraftingSession::recordArrival(Id memberId, bool withDirection)
{
    return recordAttendance(memberId, true, withDirection);
}

bool DraftingSession::recordDeparture(Id memberId, bool withDirection)
{
    return recordAttendance(memberId, false, withDirection);
}

bool DraftingSession::recordAttendance(Id memberId, bool arrival, bool withDirection)
{
    const auto member =
        std::find_if(m_members.begin(), m_members.end(), [&](const Member &m) { return m.id == memberId; });
    if (member == m_members.end())
        return false;
    Attendance before;
    try {
        before = SetAttendanceCommand::current(m_document->database(), m_meetingId, memberId);
    } catch (const StoreError &error) {
        m_document->reportFailure(error.message());
        return false;
    }
    const QTime now = m_clock.now().time();
    Attendance after = before;
    after.meetingId = m_meetingId;
    after.memberId = memberId;
    if (arrival) {
        after.status = AttendanceStatus::Late;
        after.arrivedAt = QTime(now.hour(), now.minute());
    } else {
        after.status = AttendanceStatus::LeftEarly;
        after.leftAt = QTime(now.hour(), now.minute());
    }
    const QString label = member->surname() + japaneseLabel(member->role);
    auto *step =
        new QUndoCommand(arrival ? tr("Late arrival of %1").arg(label) : tr("Early leave of %1").arg(label));
    new SetAttendanceCommand(m_document, before, after, step);
    if (withDirection) {
        Statement s;
        s.meetingId = m_meetingId;
        s.agendaItemId = m_currentItem;
        s.position = -1;
        s.kind = StatementKind::StageDirection;
        s.text = u"（%1　%2）"_s.arg(label, arrival ? u"入室"_s : u"退室"_s);
        new AddStatementCommand(m_document, s, step);
    }
    return m_document->push(step);
}

} // namespace kiroku
