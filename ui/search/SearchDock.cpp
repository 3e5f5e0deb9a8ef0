#include "search/SearchDock.h"

#include "ArchiveController.h"
#include "ArchiveTreeModel.h"
#include "MainWindow.h"
#include "MeetingEditor.h"
#include "commands/Document.h"
#include "drafting/DraftingController.h"
#include "drafting/DraftingView.h"
#include "drafting/DraftingWindow.h"
#include "materials/MaterialsPanel.h"
#include "overview/DashboardDock.h"
#include "search/RecordReader.h"
#include "search/SearchResultsModel.h"
#include "search/SearchWorker.h"
#include "text/Wareki.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSet>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

// Brings the tab holding `widget` to the front, whether it is the tab's page or inside one (a
// scroll area): a tab page's parent is the tab widget's stack, whose parent is the tab widget.
void showTabOf(QWidget *widget)
{
    for (QWidget *page = widget; page && page->parentWidget(); page = page->parentWidget()) {
        auto *tabs = qobject_cast<QTabWidget *>(page->parentWidget()->parentWidget());
        if (tabs && tabs->indexOf(page) >= 0) {
            tabs->setCurrentWidget(page);
            return;
        }
    }
}

} // namespace

SearchDock::SearchDock(MainWindow *window)
    : QDockWidget(tr("Search"), window)
    , m_window(window)
    , m_model(new SearchResultsModel(this))
    , m_runner(new SearchRunner(this))
    , m_query(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QListView(this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"searchDock"_s);
    m_model->setLabeller([this](const SearchHit &hit) { return placeOf(hit); });
    m_query->setObjectName(u"searchQuery"_s);
    m_query->setPlaceholderText(tr("Search the archive (Ctrl+Shift+F)"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search words"));
    m_count->setObjectName(u"searchCount"_s);
    m_view->setObjectName(u"searchResults"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SnippetDelegate(m_view));
    m_view->setUniformItemSizes(true); // fixed row height: 1,000 results lay out at once
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Search results"));
    m_view->setWordWrap(true);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_query);
    layout->addWidget(buildFilters());
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);
    setWidget(content);

    m_timer->setSingleShot(true);
    m_timer->setInterval(debounceMs);
    connect(m_timer, &QTimer::timeout, this, &SearchDock::searchNow);
    connect(m_query, &QLineEdit::textChanged, this, &SearchDock::scheduleSearch);
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        // Enter in the query line opens the first result once it is there.
        if (m_timer->isActive() || m_shown != m_runner->latest())
            searchNow();
        else if (m_model->rowCount() > 0)
            activate(m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0);
    });
    connect(m_speaker, &QLineEdit::textChanged, this, &SearchDock::scheduleSearch);
    for (QComboBox *box : {m_council, m_year, m_kind})
        connect(box, &QComboBox::currentIndexChanged, this, &SearchDock::searchNow);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) { activate(index.row()); });
    connect(m_runner, &SearchRunner::finished, this, &SearchDock::showResults);
    connect(window->treeModel(), &QAbstractItemModel::modelReset, this, &SearchDock::fillFilters);

    // The dock installs itself: beside the dashboard, in the View menu, and on Ctrl+Shift+F.
    window->addDockWidget(Qt::RightDockWidgetArea, this);
    if (window->dashboard()) {
        window->tabifyDockWidget(window->dashboard(), this);
        window->dashboard()->raise(); // what needs attention comes first when an archive opens
    }
    if (QMenu *view = window->viewMenu())
        view->insertAction(view->actions().value(1), toggleViewAction());
    auto *find = new QAction(tr("&Search the Archive"), window);
    find->setObjectName(u"actionSearchArchive"_s);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    find->setShortcutContext(Qt::ApplicationShortcut);
    window->addAction(find);
    connect(find, &QAction::triggered, this, &SearchDock::focusQuery);
    connect(window->controller(), &ArchiveController::documentAboutToChange, this,
            [this] { setDocument(nullptr); });
    connect(window->controller(), &ArchiveController::documentChanged, this, &SearchDock::setDocument);
}

QWidget *SearchDock::buildFilters()
{
    auto *box = new QWidget(this);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_council = new QComboBox(box);
    m_council->setObjectName(u"searchCouncil"_s);
    m_year = new QComboBox(box);
    m_year->setObjectName(u"searchYear"_s);
    m_kind = new QComboBox(box);
    m_kind->setObjectName(u"searchKind"_s);
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &kind : SearchRepository::kinds)
        m_kind->addItem(SearchResultsModel::kindName(kind), kind);
    m_speaker = new QLineEdit(box);
    m_speaker->setObjectName(u"searchSpeaker"_s);
    m_speaker->setPlaceholderText(tr("Part of the speaker's name"));
    m_speaker->setClearButtonEnabled(true);
    form->addRow(tr("Council:"), m_council);
    form->addRow(tr("Fiscal year:"), m_year);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Speaker:"), m_speaker);
    return box;
}

void SearchDock::fillFilters()
{
    // Keep the choices across a rebuild of the tree; no search is started by refilling.
    const QVariant council = m_council->currentData();
    const QVariant year = m_year->currentData();
    const QSignalBlocker blockCouncil(m_council), blockYear(m_year);
    m_council->clear();
    m_year->clear();
    m_council->addItem(tr("All councils"), Id(0));
    m_year->addItem(tr("All years"), 0);
    const ArchiveTreeModel *tree = m_window->treeModel();
    QSet<int> years;
    for (int c = 0; c < tree->rowCount(); ++c) {
        const QModelIndex index = tree->index(c, 0);
        m_council->addItem(index.data().toString(), index.data(ArchiveTreeModel::IdRole));
        for (int y = 0; y < tree->rowCount(index); ++y)
            years.insert(tree->index(y, 0, index).data(ArchiveTreeModel::FiscalYearRole).toInt());
    }
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    for (int fiscalYear : sorted)
        m_year->addItem(wareki::formatFiscalYear(fiscalYear), fiscalYear);
    m_council->setCurrentIndex(std::max(0, m_council->findData(council)));
    m_year->setCurrentIndex(std::max(0, m_year->findData(year)));
}

void SearchDock::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (!document)
        m_runner->release();
    fillFilters();
    if (document) {
        // Edits change what a search finds: the results on screen follow them.
        for (auto signal : {&Document::statementsChanged, &Document::agendaChanged,
                            &Document::materialsChanged, &Document::meetingsChanged})
            connect(document, signal, this, [this] {
                if (!m_query->text().trimmed().isEmpty())
                    scheduleSearch();
            });
    }
    searchNow();
}

SearchQuery SearchDock::currentQuery() const
{
    SearchQuery query;
    query.text = m_query->text();
    query.councilId = m_council->currentData().toLongLong();
    query.fiscalYear = m_year->currentData().toInt();
    query.kind = m_kind->currentData().toString();
    query.speaker = m_speaker->text().trimmed();
    query.limit = resultLimit;
    return query;
}

void SearchDock::scheduleSearch()
{
    m_timer->start();
}

void SearchDock::searchNow()
{
    m_timer->stop();
    const SearchQuery query = currentQuery();
    if (!m_document || query.text.trimmed().isEmpty()) {
        m_shown = m_runner->cancel();
        m_model->clear();
        m_count->clear();
        return;
    }
    // Not while the archive is being checked: until then nothing is written to it.
    if (!m_document->writesBlocked()) {
        try {
            // Cheap when nothing changed; after an edit it indexes only the marked rows.
            SearchRepository(m_document->database()).refresh();
        } catch (const StoreError &error) {
            m_count->setText(error.message());
        }
    }
    m_runner->request(m_document->archive().path(), query);
}

void SearchDock::showResults(int generation, const QVector<SearchHit> &hits, int total, double milliseconds,
                             const QString &error)
{
    if (generation != m_runner->latest())
        return; // overtaken by what was typed since
    m_shown = generation;
    m_model->setHits(hits);
    if (!error.isEmpty())
        m_count->setText(error);
    else if (hits.isEmpty())
        m_count->setText(tr("Nothing found."));
    else if (total > hits.size())
        m_count->setText(tr("%1 results, the best %2 shown (%3 ms)")
                             .arg(total)
                             .arg(hits.size())
                             .arg(milliseconds, 0, 'f', 0));
    else
        m_count->setText(tr("%n result(s) (%1 ms)", nullptr, int(hits.size())).arg(milliseconds, 0, 'f', 0));
    if (!hits.isEmpty())
        m_view->setCurrentIndex(m_model->index(0));
    Q_EMIT resultsShown(int(hits.size()), total);
}

QString SearchDock::placeOf(const SearchHit &hit) const
{
    const ArchiveTreeModel *tree = m_window->treeModel();
    QString place;
    if (tree->rowCount() > 1)
        place = tree->councilIndex(hit.councilId).data().toString() + u'　';
    place += wareki::formatFiscalYear(hit.fiscalYear);
    if (hit.meetingId != 0)
        place += u' ' + tree->meetingIndex(hit.meetingId).data().toString();
    return place;
}

void SearchDock::activate(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const SearchHit hit = m_model->hit(row);
    Q_EMIT resultActivated(hit.kind, hit.refId, hit.meetingId);
    if (hit.meetingId == 0) { // a consultation belongs to its council
        m_window->selectCouncil(hit.councilId);
        return;
    }
    if (!m_window->selectMeeting(hit.meetingId))
        return;
    if (hit.kind == u"statement" && m_window->meetingEditor()->isReadOnly()) {
        // A sealed record is not drafted any more: it is read, beside its editor (read-only too).
        auto *reader = new RecordReader(m_document, hit.meetingId, placeOf(hit), m_window);
        reader->show();
        reader->showStatement(hit.refId);
        m_reader = reader;
    } else if (hit.kind == u"statement") {
        auto *drafting = m_window->findChild<DraftingController *>();
        if (DraftingWindow *opened = drafting ? drafting->openMeeting(hit.meetingId) : nullptr)
            opened->view()->showStatement(hit.refId);
    } else if (hit.kind == u"material") {
        MaterialsPanel *panel = m_window->meetingEditor()->materialsPanel();
        showTabOf(panel);
        panel->selectMaterial(hit.refId);
    }
}

void SearchDock::focusQuery()
{
    show();
    raise();
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

} // namespace kiroku::ui
