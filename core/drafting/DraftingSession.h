#pragma once
// One meeting open for live drafting, without any widget: the record so far, the entry line (speaker,
// text, agenda item), the commit of a turn, the stage-direction palette, the agenda headings and the
// attendance changes during the meeting. The window and the command-line typist drive the same code.
//
// Nothing typed is lost: a commit writes the statement and the next (empty) entry line in one
// transaction before it returns; the line being typed is written to the draft line at least every
// autosaveIntervalMs and on saveDraft() (focus loss, closing). open() restores the draft line a crash
// left behind and says so through recovery().
#include "commands/Document.h"
#include "drafting/Clock.h"
#include "drafting/DraftedFacts.h"
#include "drafting/Palette.h"
#include "drafting/Speakers.h"
#include "model/Quorum.h"
#include "model/Types.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace kiroku {

class AddStatementCommand;

// What open() found of a drafting interrupted by a crash.
struct DraftRecovery
{
    bool recovered = false; // a line being typed was found and put back
    QString speaker;
    QString text;
    QDateTime savedAt;
    int statementCount = 0; // statements in the record on opening

    // "Recovered after an unexpected end: 120 statements, and the line being typed …"
    QString message() const;
};

class DraftingSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int autosaveIntervalMs = 500;

    DraftingSession(Document *document, Id meetingId, const Clock &clock = Clock::system(),
                    QObject *parent = nullptr);
    ~DraftingSession() override;

    // Reads the meeting and restores the draft line; false when the meeting does not exist.
    bool open();
    bool isOpen() const { return m_open; }

    Document *document() const { return m_document; }
    Id meetingId() const { return m_meetingId; }
    const Meeting &meeting() const { return m_meeting; }
    const Council &council() const { return m_council; }
    const QVector<AgendaItem> &agenda() const { return m_agenda; }
    const QVector<Statement> &statements() const { return m_statements; }
    const SpeakerDirectory &directory() const { return m_directory; }
    const QVector<Member> &members() const { return m_members; }
    const QVector<Attendance> &attendance() const { return m_attendance; }
    const DraftRecovery &recovery() const { return m_recovery; }
    const Clock &clock() const { return m_clock; }

    // --- the entry line ---
    const Speaker &entrySpeaker() const { return m_speaker; }
    const QString &entryText() const { return m_text; }
    Id currentItemId() const { return m_currentItem; }
    void setEntrySpeaker(const Speaker &speaker);
    void setEntryText(const QString &text); // remembered; written by the autosave
    void setCurrentItem(Id agendaItemId);
    NextSpeaker nextSpeakerMode() const { return m_nextMode; }
    void setNextSpeakerMode(NextSpeaker mode) { m_nextMode = mode; }
    // The number keys 1–9 (chair, secretariat, presenter, members in seat order), assigned on opening.
    const QVector<Speaker> &numberKeys() const { return m_numberKeys; }

    // Writes the entry line as a statement (a text in （） without a speaker is a stage direction),
    // stamped with the clock, and clears the line for the next expected speaker. False when the line
    // is empty or the write failed (the Document reported why); the line is then kept.
    bool commitEntry();
    // Inserts a statement missed while drafting at `position` of the record (the later ones move down),
    // under `agendaItemId`, timed like the statement before it; a text in （） is a stage direction.
    // One undo step; false when the text is empty or the write failed.
    bool insertStatement(int position, Id agendaItemId, const Speaker &speaker, const QString &text);
    // The speaker expected at `position` (after the turns before it), for the insert dialog.
    Speaker expectedSpeakerAt(int position) const;
    // Writes the line being typed now if it changed since the last write.
    void saveDraft();
    bool draftDirty() const { return m_dirty; }

    // --- palette and headings ---
    LiveValues liveValues() const;
    QVector<StageDirectionTemplate> paletteTemplates() const { return m_palette; }
    QStringList palette() const; // filled in with the live values
    bool insertStageDirection(const QString &text);
    QVector<HeadingChoice> headings() const { return agendaHeadings(m_agenda); }
    // Adds the heading; a heading of an agenda item also makes it the current item.
    bool insertHeading(const HeadingChoice &heading);
    QVector<NotationRule> notationRules() const;

    // --- facts drafted as stage directions ---
    // What the record's directions say that the fields do not yet (votes, observers).
    FactOffer factOffer() const { return kiroku::factOffer(m_statements, m_agenda, m_meeting); }
    // Writes an offer in one undo step.
    bool carryFacts(const FactOffer &offer);

    // --- attendance during the meeting ---
    QuorumState quorum() const;
    QString quorumLine() const;
    // A member arrives late / leaves early now, in one undo step with the stage direction
    // （佐々木委員　入室） / （佐々木委員　退室） when `withDirection`.
    bool recordArrival(Id memberId, bool withDirection);
    bool recordDeparture(Id memberId, bool withDirection);

Q_SIGNALS:
    // The record was read again after an edit (statements() may differ anywhere).
    void statementsReloaded();
    // The session appended statements [first, end) itself (a commit, the palette): nothing else changed.
    void statementsAppended(int first);
    // After either of the two above: for views that only need to know that the record changed.
    void recordChanged();
    void entryChanged(); // speaker, text or current item set by the session (commit, recovery)
    void attendanceChanged();
    void agendaReloaded();
    void draftSaved(const QDateTime &at);
    void numberKeysChanged();

private:
    void reloadMeeting();
    void reloadStatements();
    void assignNumberKeys();
    void reloadAttendance();
    void reloadCouncil();
    void restoreDraft();
    bool appendStatement(Statement statement);
    bool pushAppend(Statement statement);
    bool takeAppended();
    bool recordAttendance(Id memberId, bool arrival, bool withDirection);
    QString currentDepartment() const;

    // Guarded: a drafting window closing after its archive (the main window going away) must not
    // reach a deleted document when it saves the line being typed.
    QPointer<Document> m_document;
    Id m_meetingId;
    const Clock &m_clock;
    bool m_open = false;
    Meeting m_meeting;
    Council m_council;
    QVector<Member> m_members;
    QVector<Staff> m_staff;
    QVector<Attendance> m_attendance;
    QVector<AgendaItem> m_agenda;
    QVector<Statement> m_statements;
    QVector<StageDirectionTemplate> m_palette;
    SpeakerDirectory m_directory;
    QVector<Speaker> m_numberKeys;
    DraftRecovery m_recovery;

    Speaker m_speaker;
    QString m_text;
    Id m_currentItem = 0;
    NextSpeaker m_nextMode = NextSpeaker::Alternate;
    bool m_dirty = false;
    QTimer m_autosave;
    AddStatementCommand *m_appending = nullptr; // the session's own append being pushed
};

} // namespace kiroku
