#include "drafting/DraftingWindow.h"

#include "commands/Document.h"
#include "drafting/DraftingEntry.h"
#include "drafting/DraftingSession.h"
#include "drafting/DraftingView.h"
#include "text/Wareki.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

DraftingWindow::DraftingWindow(Document *document, Id meetingId, QWidget *parent)
    : DraftingWindow(document, meetingId, Clock::system(), parent)
{}

DraftingWindow::DraftingWindow(Document *document, Id meetingId, const Clock &clock, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_meetingId(meetingId)
    , m_session(std::make_unique<DraftingSession>(document, meetingId, clock))
{
    setObjectName(u"draftingWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    if (!m_session->open())
        return;
    m_view = new DraftingView(m_session.get(), this);
    setCentralWidget(m_view);
    const Meeting &meeting = m_session->meeting();
    setWindowTitle(tr("Drafting — %1%2 %3")
                       .arg(wareki::formatFiscalYear(meeting.fiscalYear),
                            wareki::formatOrdinalMeeting(meeting.number), m_session->council().name));
    m_saved = new QLabel(this);
    m_saved->setObjectName(u"draftSavedLabel"_s);
    statusBar()->addPermanentWidget(m_saved);
    connect(m_session.get(), &DraftingSession::draftSaved, this, [this](const QDateTime &at) {
        m_saved->setText(tr("Typing saved %1").arg(at.time().toString(u"HH:mm:ss"_s)));
    });
    connect(document, &Document::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    buildMenus(document);
    const bool restored = restoreGeometry(QSettings().value(u"drafting/geometry"_s).toByteArray());
    fitToScreen(restored ? size() : QSize(1280, 860));
}

void DraftingWindow::fitToScreen(QSize wanted)
{
    // 1280×860 where there is room, never more than the screen: on a 1280×720 laptop the entry line
    // must be on the screen, not below it.
    const QScreen *screen = parentWidget() ? parentWidget()->screen() : this->screen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame is not known before the window is shown: leave room for a title bar and borders.
    const QSize frameExtra(16, style()->pixelMetric(QStyle::PM_TitleBarHeight) + 16);
    resize(wanted.boundedTo(available.size() - frameExtra));
    QRect frame(pos(), size() + frameExtra);
    if (!available.contains(frame)) {
        frame.moveTopLeft(available.topLeft() +
                          QPoint(std::max(0, (available.width() - frame.width()) / 2),
                                 std::max(0, (available.height() - frame.height()) / 2)));
        move(frame.topLeft());
    }
}

DraftingWindow::~DraftingWindow()
{
    // The view and its model follow the session: delete them while it still exists.
    delete m_view;
    m_view = nullptr;
}

void DraftingWindow::buildMenus(Document *document)
{
    QMenu *draft = menuBar()->addMenu(tr("&Drafting"));
    draft
        ->addAction(tr("&Find and Replace…"), QKeySequence(Qt::CTRL | Qt::Key_H), m_view,
                    &DraftingView::findAndReplace)
        ->setObjectName(u"actionFindReplace"_s);
    draft->addAction(tr("Apply &Notation List…"), m_view, &DraftingView::applyNotationList)
        ->setObjectName(u"actionNotation"_s);
    draft->addSeparator();
    QAction *same = draft->addAction(tr("&Same Speaker Goes On"));
    same->setObjectName(u"actionSameSpeaker"_s);
    same->setCheckable(true);
    same->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(same, &QAction::toggled, this, [this](bool on) {
        m_session->setNextSpeakerMode(on ? NextSpeaker::Same : NextSpeaker::Alternate);
    });
    draft->addSeparator();
    draft->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Edit Statement in Place"), QKeySequence(Qt::Key_F2), this, [this] {
        m_view->statementView()->setFocus();
        m_view->statementView()->edit(m_view->statementView()->currentIndex());
    });
    edit->addAction(m_view->insertBeforeAction());
    edit->addAction(m_view->insertAfterAction());
    edit->addAction(tr("Sp&lit Statement…"), m_view, &DraftingView::splitSelected);
    edit->addAction(tr("&Merge with Next"), m_view, &DraftingView::mergeSelected);
    edit->addAction(tr("Remove Statement"), m_view, &DraftingView::removeSelected);
}

void DraftingWindow::closeEvent(QCloseEvent *event)
{
    if (m_session)
        m_session->saveDraft();
    QSettings().setValue(u"drafting/geometry"_s, saveGeometry());
    Q_EMIT closedByClerk(m_meetingId);
    event->accept();
}

} // namespace kiroku::ui
