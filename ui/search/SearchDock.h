#pragma once
// The Search dock (docs/search.md): a query line with filters (council, 年度, speaker, kind) and the
// ranked results with their matches highlighted. The search runs as the clerk types, after a short
// pause, on a worker thread; Enter or a double-click opens the place of a result: a statement in the
// drafting window (a sealed record's read-only, in a RecordReader), a material on the meeting's Materials
// tab, anything else its meeting or council.
#include "model/Types.h"
#include "search/RecordReader.h"
#include "store/SearchRepository.h"

#include <QDockWidget>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class MainWindow;
class SearchResultsModel;
class SearchRunner;

class SearchDock : public QDockWidget
{
    Q_OBJECT

public:
    static constexpr int resultLimit = 1000;
    static constexpr int debounceMs = 150;

    explicit SearchDock(MainWindow *window);

    void setDocument(Document *document);
    SearchResultsModel *model() const { return m_model; }
    QLineEdit *queryLine() const { return m_query; }
    QListView *resultsView() const { return m_view; }
    QComboBox *councilFilter() const { return m_council; }
    QComboBox *yearFilter() const { return m_year; }
    QComboBox *kindFilter() const { return m_kind; }
    QLineEdit *speakerFilter() const { return m_speaker; }
    QLabel *countLabel() const { return m_count; }
    // The sealed record the last statement result opened, read-only; null when none is open.
    RecordReader *recordReader() const { return m_reader; }
    SearchQuery currentQuery() const;
    // Runs the search now instead of after the pause.
    void searchNow();
    // Opens the place of the result in that row.
    void activate(int row);
    // Shows the dock and puts the cursor in the query line (Ctrl+Shift+F).
    void focusQuery();

Q_SIGNALS:
    void resultsShown(int count, int total);
    void resultActivated(const QString &kind, kiroku::Id refId, kiroku::Id meetingId);

private:
    QWidget *buildFilters();
    void fillFilters();
    void scheduleSearch();
    void showResults(int generation, const QVector<kiroku::SearchHit> &hits, int total, double milliseconds,
                     const QString &error);
    QString placeOf(const SearchHit &hit) const;

    MainWindow *m_window;
    QPointer<Document> m_document;
    SearchResultsModel *m_model;
    SearchRunner *m_runner;
    QLineEdit *m_query;
    QComboBox *m_council = nullptr;
    QComboBox *m_year = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_speaker = nullptr;
    QLabel *m_count;
    QListView *m_view;
    QTimer *m_timer;
    QPointer<RecordReader> m_reader;
    int m_shown = 0; // the request whose results are on screen
};

} // namespace kiroku::ui
