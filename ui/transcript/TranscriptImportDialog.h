#pragma once
// Turns a pasted or opened transcript into statements of a meeting: shows the detected encoding and the
// split (speaker, matched attendee — editable —, kind, text) with its counts, and applies it as one
// ImportTranscriptCommand on the document's undo stack. Parsing runs in a worker thread with a progress
// bar, so a long transcript never freezes the window; nothing is written before Import.
#include "model/Types.h"
#include "transcript/SpeakerMatcher.h"

#include <QDialog>
#include <QPointer>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;
class QTimer;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class TranscriptPreviewModel;

class TranscriptImportDialog : public QDialog
{
    Q_OBJECT
public:
    TranscriptImportDialog(Document *document, Id meetingId, QWidget *parent = nullptr);
    ~TranscriptImportDialog() override;

    // As if pasted: parsed after a short pause.
    void setText(const QString &text);
    // Reads and decodes a file (shows its encoding, or why it cannot be read); parsed at once.
    bool loadFile(const QString &path);

    TranscriptPreviewModel *previewModel() const { return m_model; }
    bool isParsing() const { return m_worker != nullptr; }
    // Why nothing can be imported now; empty when Import is possible.
    QString problem() const { return m_problem; }
    // Pushes the import on the undo stack; false (with the reason shown) when it could not be written.
    bool apply();

Q_SIGNALS:
    void previewReady();

private:
    void openFile();
    void startParse();
    void parseFinished();
    void showCounts();
    void setProblem(const QString &problem);

    QPointer<Document> m_document;
    Id m_meetingId = 0;
    transcript::Attendees m_attendees;
    QString m_encoding; // of the opened file; empty for pasted text

    TranscriptPreviewModel *m_model = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_message = nullptr;
    QComboBox *m_agendaItem = nullptr;
    QTableView *m_view = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_import = nullptr;
    QTimer *m_pause = nullptr;
    QTimer *m_progressTimer = nullptr;
    QString m_problem;
    bool m_unavailable = false; // the meeting could not be read: nothing to import into

    // The running parse: its thread, its result and the flags shared with it.
    QThread *m_worker = nullptr;
    std::shared_ptr<transcript::TranscriptPlan> m_result;
    std::shared_ptr<std::atomic<int>> m_percent;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_reparse = false; // the text changed while a parse was running
};

} // namespace kiroku::ui
