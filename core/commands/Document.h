#pragma once
// Ownership in the command layer:
// - Document owns the open Archive and the QUndoStack; everything that edits the archive from the
//   window is a QUndoCommand pushed on that stack (one file per command family in this folder).
// - A command holds only ids and value copies (before/after), never pointers into models, so it
//   stays valid whatever views come and go. redo()/undo() write through the repositories and then
//   announce what changed through Document's signals; models refresh from those signals only.
// - A command that fails to write (StoreError) reports through Document::failed and makes itself
//   obsolete, so the stack never holds an edit that is not in the archive.
#include "model/Types.h"
#include "store/Archive.h"
#include "store/StoreError.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace kiroku {

class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(std::unique_ptr<Archive> archive, QObject *parent = nullptr);
    ~Document() override;

    Archive &archive() { return *m_archive; }
    QSqlDatabase database() const { return m_archive->database(); }
    QUndoStack *undoStack() { return &m_undoStack; }

    // Pushes a command; returns false (and emits failed) when its first redo() could not write.
    bool push(QUndoCommand *command);
    // While a reason is set (the archive is being checked, or failed the check) every push is refused
    // with that reason and the command is dropped: nothing is written to a file not known to be sound.
    void blockWrites(const QString &reason) { m_blocked = reason; }
    void allowWrites() { m_blocked.clear(); }
    bool writesBlocked() const { return !m_blocked.isEmpty(); }
    // Runs one write of `command`; a StoreError is reported and makes the command obsolete, so the
    // stack drops it. Returns whether the write went through.
    template <typename Write> bool attempt(QUndoCommand *command, Write &&write)
    {
        try {
            write();
            return true;
        } catch (const StoreError &error) {
            command->setObsolete(true);
            reportFailure(error.message());
            return false;
        }
    }

    void reportFailure(const QString &message)
    {
        m_pushFailed = true;
        Q_EMIT failed(message);
    }

Q_SIGNALS:
    void councilsChanged(); // councils added or removed
    void councilChanged(kiroku::Id councilId);
    void membersChanged(kiroku::Id councilId);
    void staffChanged(kiroku::Id councilId);
    void meetingsChanged(kiroku::Id councilId); // meetings added, removed or renumbered
    void meetingChanged(kiroku::Id meetingId);  // header fields
    void attendanceChanged(kiroku::Id meetingId);
    void agendaChanged(kiroku::Id meetingId);
    void statementsChanged(kiroku::Id meetingId);
    void consultationsChanged(kiroku::Id councilId); // consultations or their responses
    void subcommitteesChanged(kiroku::Id councilId); // subcommittees, their members, referrals, meetings
    void reportsChanged(kiroku::Id councilId);
    void materialsChanged(kiroku::Id meetingId);  // materials added, edited, removed, reordered or replaced
    void signaturesChanged(kiroku::Id meetingId); // signers designated, signatures given or removed
    // PIA evaluations of a council added, removed, given a new version or their header edited.
    void piaEvaluationsChanged(kiroku::Id councilId);
    // One evaluation's header or parts (document, opinions, checklist, questions, changes).
    void piaEvaluationChanged(kiroku::Id evaluationId);
    void failed(const QString &message);

private:
    std::unique_ptr<Archive> m_archive;
    QUndoStack m_undoStack;
    bool m_pushFailed = false;
    QString m_blocked;
};

} // namespace kiroku
