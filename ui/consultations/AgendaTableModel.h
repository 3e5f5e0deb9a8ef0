#pragma once
// A meeting's agenda as a table: number (諮問第12号, 議案第1号, (1)), title, kind, public or not with the
// reason, outcome and vote (全員挙手, 異議なし, or the counts). An edited cell pushes an
// EditAgendaItemCommand, so every change is undoable and checked (more hands than members present is
// refused with the reason). Rows are headed by the council's numbering ((1), ア, ①) and can be dragged
// to a new place (a MoveAgendaItemCommand).
#include "model/Types.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class AgendaTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        KindColumn,
        PublicityColumn,
        ReasonColumn,
        OutcomeColumn,
        VoteColumn,
        ForColumn,
        AgainstColumn,
        AbstainColumn,
        ColumnCount
    };
    static constexpr int ItemIdRole = Qt::UserRole + 1;

    explicit AgendaTableModel(QObject *parent = nullptr);
    void setDocument(Document *document);
    void setMeeting(Id meetingId);
    Id meetingId() const { return m_meetingId; }
    const QVector<AgendaItem> &items() const { return m_items; }
    int rowOf(Id itemId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    // Moves the item to a 0-based position through the undo stack; false when refused.
    bool moveItem(Id itemId, int position);

private:
    void reload();

    QPointer<Document> m_document;
    Id m_meetingId = 0;
    QVector<AgendaItem> m_items;
    AgendaNumbering m_numbering = AgendaNumbering::Paren;
};

} // namespace kiroku::ui
