#pragma once
// Runs searches off the interface thread, on a read-only connection of its own, so typing in the
// Search dock never waits for a big archive. Requests are numbered; one overtaken by a newer request
// before it starts is skipped, and the dock ignores any answer that is not the latest.
#include "store/SearchRepository.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace kiroku::ui {

class SearchWorker : public QObject
{
    Q_OBJECT
public:
    explicit SearchWorker(std::shared_ptr<std::atomic<int>> latest);
    ~SearchWorker() override;

    // On the worker thread. The index must be current (the dock refreshes it on its connection).
    void run(int generation, const QString &archivePath, const kiroku::SearchQuery &query);
    void closeConnection();

Q_SIGNALS:
    void finished(int generation, const QVector<kiroku::SearchHit> &hits, int total, double milliseconds,
                  const QString &error);

private:
    std::shared_ptr<std::atomic<int>> m_latest;
    QString m_connection;
    QString m_path;
};

// Owns the thread and the worker; request() may be called as often as the clerk types.
class SearchRunner : public QObject
{
    Q_OBJECT
public:
    explicit SearchRunner(QObject *parent = nullptr);
    ~SearchRunner() override;

    // Returns the request's number; finished() answers with it.
    int request(const QString &archivePath, const SearchQuery &query);
    int latest() const { return *m_latest; }
    // Answers still to come are dropped; returns the number they are now behind.
    int cancel() { return ++*m_latest; }
    // Drops pending requests and closes the worker's connection before returning: the archive is
    // about to be closed, replaced or restored, and no file may stay open behind it.
    void release();

Q_SIGNALS:
    void finished(int generation, const QVector<kiroku::SearchHit> &hits, int total, double milliseconds,
                  const QString &error);

private:
    std::shared_ptr<std::atomic<int>> m_latest;
    QThread m_thread;
    SearchWorker *m_worker;
};

} // namespace kiroku::ui
