#include "materials/PacketController.h"

#include "ArchiveController.h"
#include "MainWindow.h"
#include "materials/PacketDialog.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

PacketController::PacketController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(tr("Build Pac&ket…"), window))
{
    setObjectName(u"packetController"_s);
    m_action->setObjectName(u"actionBuildPacket"_s);
    m_action->setToolTip(
        tr("The tablet packet of the selected meeting: one PDF or a folder of numbered files"));
    connect(m_action, &QAction::triggered, this, &PacketController::buildPacket);
    if (QMenu *menu = window->recordMenu()) {
        menu->addSeparator();
        menu->addAction(m_action);
        // Enabled for a meeting only, checked as the menu opens.
        connect(menu, &QMenu::aboutToShow, this, [this] {
            m_action->setEnabled(m_window->controller()->document() && m_window->selectedMeetingId());
        });
    }
}

PacketDialog *PacketController::buildPacket()
{
    Document *document = m_window->controller()->document();
    const Id meetingId = m_window->selectedMeetingId();
    if (!document || meetingId == 0) {
        m_window->statusBar()->showMessage(tr("Choose a meeting on the left first."), 8000);
        return nullptr;
    }
    auto *dialog = new PacketDialog(document, meetingId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace kiroku::ui
