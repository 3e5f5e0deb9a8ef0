#pragma once
// A sealed record, read-only: its statements in order, one of them selected, scrolled to and marked.
// Search opens a sealed meeting's statement here instead of in the live drafting window, where a
// record that must not change has no place.
#include "model/Types.h"

#include <QDialog>

class QListView;
class QStandardItemModel;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class RecordReader : public QDialog
{
    Q_OBJECT
public:
    RecordReader(Document *document, Id meetingId, const QString &title, QWidget *parent = nullptr);

    Id meetingId() const { return m_meetingId; }
    // Selects, scrolls to and marks the statement; false when it is not in this record.
    bool showStatement(Id statementId);
    // The statement selected, 0 when none.
    Id currentStatementId() const;
    QListView *view() const { return m_view; }

    static constexpr int StatementIdRole = Qt::UserRole + 1;

private:
    Id m_meetingId;
    QStandardItemModel *m_model;
    QListView *m_view;
};

} // namespace kiroku::ui
