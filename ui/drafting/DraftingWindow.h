#pragma once
// The window a clerk drafts a meeting's minutes in: the DraftingView with its menus (find & replace,
// notation list, statement actions, undo). It owns the DraftingSession; closing it writes the line
// being typed first.
#include "model/Types.h"

#include <QMainWindow>
#include <memory>

class QLabel;

namespace kiroku {
class Document;
class DraftingSession;
class Clock;
} // namespace kiroku

namespace kiroku::ui {

class DraftingView;

class DraftingWindow : public QMainWindow
{
    Q_OBJECT
public:
    DraftingWindow(Document *document, Id meetingId, QWidget *parent = nullptr);
    DraftingWindow(Document *document, Id meetingId, const Clock &clock, QWidget *parent = nullptr);
    ~DraftingWindow() override;

    // False when the meeting could not be opened (the Document reported why).
    bool isValid() const { return m_view != nullptr; }
    Id meetingId() const { return m_meetingId; }
    DraftingSession *session() const { return m_session.get(); }
    DraftingView *view() const { return m_view; }

Q_SIGNALS:
    void closedByClerk(kiroku::Id meetingId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus(Document *document);
    void fitToScreen(QSize wanted);

    Id m_meetingId;
    std::unique_ptr<DraftingSession> m_session;
    DraftingView *m_view = nullptr;
    QLabel *m_saved = nullptr;
};

} // namespace kiroku::ui
