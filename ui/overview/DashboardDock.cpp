#include "overview/DashboardDock.h"

#include "MainWindow.h"
#include "commands/Document.h"
#include "store/StoreError.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

enum Role
{
    MeetingRole = Qt::UserRole + 1,
    CouncilRole
};

} // namespace

DashboardDock::DashboardDock(MainWindow *window)
    : QDockWidget(tr("Dashboard"), window)
    , m_window(window)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"dashboardDock"_s);
    m_view->setObjectName(u"dashboardView"_s);
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setAccessibleName(tr("Dashboard"));
    setWidget(m_view);
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &DashboardDock::refresh);
    connect(m_view, &QTreeView::activated, this, &DashboardDock::activate);
}

void DashboardDock::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        // Anything that can change a line: meetings, their status and signatures, councils, members.
        connect(document, &Document::councilsChanged, this, &DashboardDock::scheduleRefresh);
        connect(document, &Document::councilChanged, this, &DashboardDock::scheduleRefresh);
        connect(document, &Document::membersChanged, this, &DashboardDock::scheduleRefresh);
        connect(document, &Document::meetingsChanged, this, &DashboardDock::scheduleRefresh);
        connect(document, &Document::meetingChanged, this, &DashboardDock::scheduleRefresh);
        connect(document, &Document::agendaChanged, this, &DashboardDock::scheduleRefresh);
        connect(document, &Document::signaturesChanged, this, &DashboardDock::scheduleRefresh);
    }
    refresh();
}

void DashboardDock::scheduleRefresh()
{
    m_timer->start();
}

void DashboardDock::refresh()
{
    m_model->clear();
    if (!m_document)
        return;
    QVector<overview::DashboardItem> items;
    try {
        items = overview::dashboard(m_document->database(), QDate::currentDate());
    } catch (const StoreError &error) {
        m_model->appendRow(new QStandardItem(error.message()));
        return;
    }
    QStandardItem *group = nullptr;
    const bool severalCouncils =
        std::any_of(items.begin(), items.end(),
                    [&](const overview::DashboardItem &i) { return i.councilId != items.first().councilId; });
    for (qsizetype i = 0; i < items.size(); ++i) {
        const overview::DashboardItem &item = items.at(i);
        if (i == 0 || item.kind != items.at(i - 1).kind) {
            group = new QStandardItem(overview::kindTitle(item.kind));
            QFont bold = group->font();
            bold.setBold(true);
            group->setFont(bold);
            m_model->appendRow(group);
        }
        auto *line = new QStandardItem(severalCouncils ? item.council + u'　' + item.text : item.text);
        line->setData(item.meetingId, MeetingRole);
        line->setData(item.councilId, CouncilRole);
        line->setToolTip(item.council + u'\n' + item.text);
        if (item.urgency == overview::DashboardItem::Urgency::Overdue)
            line->setForeground(QColor(0xb0, 0x00, 0x20));
        else if (item.urgency == overview::DashboardItem::Urgency::Soon)
            line->setForeground(QColor(0x8a, 0x4b, 0x00));
        group->appendRow(line);
    }
    if (items.isEmpty())
        m_model->appendRow(new QStandardItem(tr("Nothing needs attention.")));
    m_view->expandAll();
}

void DashboardDock::activate(const QModelIndex &index)
{
    const Id meetingId = index.data(MeetingRole).toLongLong();
    const Id councilId = index.data(CouncilRole).toLongLong();
    if (meetingId != 0)
        m_window->selectMeeting(meetingId);
    else if (councilId != 0)
        m_window->selectCouncil(councilId);
}

} // namespace kiroku::ui
