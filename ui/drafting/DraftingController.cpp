#include "drafting/DraftingController.h"

#include "ArchiveController.h"
#include "MainWindow.h"
#include "MeetingEditor.h"
#include "archive/Sealing.h"
#include "drafting/DraftingSession.h"
#include "drafting/DraftingView.h"
#include "drafting/DraftingWindow.h"
#include "store/StatementRepository.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

const QString openArchiveKey = u"drafting/archive"_s;
const QString openMeetingKey = u"drafting/meeting"_s;

} // namespace

DraftingController::DraftingController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(tr("&Draft Minutes…"), window))
{
    setObjectName(u"draftingController"_s);
    m_action->setObjectName(u"actionDraftMinutes"_s);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_action->setToolTip(tr("Draft the minutes of the selected meeting live"));
    connect(m_action, &QAction::triggered, this, &DraftingController::draftSelected);
    // The action goes into a menu of its own, before Help.
    auto *menu = new QMenu(tr("&Minutes"), window);
    menu->setObjectName(u"menuMinutes"_s);
    menu->addAction(m_action);
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), menu);

    addEditorButton();
    ArchiveController *archive = window->controller();
    connect(archive, &ArchiveController::documentAboutToChange, this, [this] {
        // The window of the old archive goes; the clerk did not close it, so it is not forgotten.
        if (m_drafting) {
            m_drafting->session()->saveDraft();
            delete m_drafting.data();
        }
    });
    connect(archive, &ArchiveController::documentChanged, this, &DraftingController::documentChanged);
    if (archive->document())
        documentChanged(archive->document());
}

DraftingWindow *DraftingController::draftingWindow() const
{
    return m_drafting;
}

void DraftingController::addEditorButton()
{
    // In the meeting editor's header: the editor knows nothing of drafting.
    MeetingEditor *editor = m_window->meetingEditor();
    QPushButton *button = editor->addHeaderButton(tr("Draft Minutes…"), u"draftMinutesButton"_s);
    button->setToolTip(m_action->toolTip() + u" ("_s +
                       m_action->shortcut().toString(QKeySequence::NativeText) + u")"_s);
    connect(button, &QPushButton::clicked, this, [this, editor] { openMeeting(editor->meetingId()); });
}

void DraftingController::draftSelected()
{
    const Id meetingId = m_window->selectedMeetingId();
    if (meetingId == 0) {
        m_window->statusBar()->showMessage(tr("Choose a meeting on the left first."), 8000);
        return;
    }
    openMeeting(meetingId);
}

DraftingWindow *DraftingController::openMeeting(Id meetingId)
{
    if (!m_document || meetingId == 0)
        return nullptr;
    if (m_drafting && m_drafting->meetingId() == meetingId) {
        m_drafting->show();
        m_drafting->raise();
        m_drafting->activateWindow();
        return m_drafting;
    }
    if (Sealing::isSealed(m_document->database(), meetingId)) {
        // The store would refuse every line; a correction (Correct…) reopens the record first.
        m_window->statusBar()->showMessage(
            tr("This record is sealed: it cannot be drafted. Choose Correct… to make a new version."), 10000);
        return nullptr;
    }
    if (m_drafting)
        m_drafting->close();
    auto *window = new DraftingWindow(m_document, meetingId, m_window);
    if (!window->isValid()) {
        delete window;
        return nullptr;
    }
    m_drafting = window;
    connect(window, &DraftingWindow::closedByClerk, this, [this] { forget(); });
    remember(meetingId);
    window->show();
    window->raise();
    window->activateWindow();
    window->view()->setFocus();
    Q_EMIT draftingOpened(window);
    return window;
}

void DraftingController::documentChanged(Document *document)
{
    m_document = document;
    m_action->setEnabled(document != nullptr);
    if (document)
        QTimer::singleShot(0, this, &DraftingController::recover);
}

void DraftingController::recover()
{
    if (!m_document || m_drafting)
        return;
    const QSettings settings;
    Id meetingId = 0;
    if (settings.value(openArchiveKey).toString() == m_window->controller()->path())
        meetingId = settings.value(openMeetingKey).toLongLong();
    QVector<DraftLine> drafts;
    try {
        drafts = StatementRepository(m_document->database()).allDraftLines();
    } catch (const StoreError &) {
    }
    if (meetingId == 0 && !drafts.isEmpty())
        meetingId = drafts.constLast().meetingId;
    if (meetingId == 0)
        return;
    DraftingWindow *window = openMeeting(meetingId);
    if (!window) {
        forget();
        return;
    }
    if (!window->session()->recovery().recovered) {
        QLabel *banner = window->view()->recoveryBanner();
        banner->setText(
            tr("Reopened the meeting that was being drafted when Kiroku last ended: %n statement(s), "
               "nothing was being typed.",
               nullptr, int(window->session()->statements().size())));
        banner->show();
    }
}

void DraftingController::remember(Id meetingId)
{
    QSettings settings;
    settings.setValue(openArchiveKey, m_window->controller()->path());
    settings.setValue(openMeetingKey, meetingId);
    settings.sync();
}

void DraftingController::forget()
{
    QSettings settings;
    settings.remove(openArchiveKey);
    settings.remove(openMeetingKey);
    settings.sync();
}

} // namespace kiroku::ui
