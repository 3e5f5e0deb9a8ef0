#include "search/SearchWorker.h"

#include "store/StoreError.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

SearchWorker::SearchWorker(std::shared_ptr<std::atomic<int>> latest)
    : m_latest(std::move(latest))
{}

SearchWorker::~SearchWorker()
{
    closeConnection();
}

void SearchWorker::closeConnection()
{
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    m_path.clear();
}

void SearchWorker::run(int generation, const QString &archivePath, const SearchQuery &query)
{
    if (generation != *m_latest)
        return; // a newer request is already queued behind this one
    QVector<SearchHit> hits;
    int total = 0;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (archivePath != m_path)
        closeConnection();
    if (m_connection.isEmpty() && !archivePath.isEmpty()) {
        m_connection = u"kiroku-search-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
        db.setDatabaseName(archivePath);
        // Read-only: the search never writes, and must not while the archive is being checked.
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.open())
            error = db.lastError().text();
        m_path = archivePath;
    }
    if (error.isEmpty() && !m_connection.isEmpty()) {
        try {
            SearchRepository search(QSqlDatabase::database(m_connection, false));
            search.setRefreshBeforeSearch(false);
            hits = search.search(query);
            total = hits.size() < query.limit ? int(hits.size()) : search.count(query);
        } catch (const StoreError &failure) {
            error = failure.message();
        }
    }
    Q_EMIT finished(generation, hits, total, timer.nsecsElapsed() / 1e6, error);
}

SearchRunner::SearchRunner(QObject *parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<int>>(0))
    , m_worker(new SearchWorker(m_latest))
{
    m_thread.setObjectName(u"search"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::finished, this, &SearchRunner::finished, Qt::QueuedConnection);
    m_thread.start();
}

SearchRunner::~SearchRunner()
{
    ++*m_latest; // whatever is queued is skipped
    m_thread.quit();
    m_thread.wait();
}

void SearchRunner::release()
{
    cancel();
    QMetaObject::invokeMethod(m_worker, &SearchWorker::closeConnection, Qt::BlockingQueuedConnection);
}

int SearchRunner::request(const QString &archivePath, const SearchQuery &query)
{
    const int generation = ++*m_latest;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, archivePath, query] { worker->run(generation, archivePath, query); },
        Qt::QueuedConnection);
    return generation;
}

} // namespace kiroku::ui
