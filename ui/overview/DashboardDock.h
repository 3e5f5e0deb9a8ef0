#pragma once
// The dashboard beside the archive tree: what needs attention now (core/overview/Dashboard), grouped
// by kind. Activating a line selects its meeting or council in the main window.
#include "overview/Dashboard.h"

#include <QDockWidget>
#include <QPointer>

class QStandardItemModel;
class QTimer;
class QTreeView;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class MainWindow;

class DashboardDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit DashboardDock(MainWindow *window);

    void setDocument(Document *document);
    QStandardItemModel *model() const { return m_model; }
    // Rebuilds the lines now (normally a change schedules it for the next turn of the event loop).
    void refresh();

private:
    void scheduleRefresh();
    void activate(const QModelIndex &index);

    MainWindow *m_window;
    QPointer<Document> m_document;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QTimer *m_timer;
};

} // namespace kiroku::ui
