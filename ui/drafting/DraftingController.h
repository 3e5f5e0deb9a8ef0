#pragma once
// Connects live drafting to the main window: the "Draft Minutes" action and the meeting editor's
// button open the selected meeting in a DraftingWindow; after a crash (or when Kiroku ended while a
// meeting was being drafted) the next start reopens that meeting and says what was recovered.
#include "model/Types.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class DraftingWindow;
class MainWindow;

class DraftingController : public QObject
{
    Q_OBJECT
public:
    explicit DraftingController(MainWindow *window);

    // Opens (or raises) the drafting window of a meeting; null when it could not be opened.
    DraftingWindow *openMeeting(Id meetingId);
    DraftingWindow *draftingWindow() const;
    QAction *draftAction() const { return m_action; }

Q_SIGNALS:
    void draftingOpened(kiroku::ui::DraftingWindow *window);

private:
    void addEditorButton();
    void draftSelected();
    void documentChanged(Document *document);
    void recover();
    void remember(Id meetingId);
    void forget();

    MainWindow *m_window;
    QAction *m_action;
    QPointer<Document> m_document;
    QPointer<DraftingWindow> m_drafting;
};

} // namespace kiroku::ui
