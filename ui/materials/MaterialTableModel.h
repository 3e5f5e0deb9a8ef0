#pragma once
// A meeting's materials (資料) as a table, in packet order: by agenda item, then by position. Every
// edit is an undoable command from core/commands/MaterialCommands; the model refreshes from
// Document::materialsChanged (and agendaChanged, for the agenda item names). PDF files dropped on the
// table are handed on through filesDropped, so the panel adds them with its checks and messages.
#include "model/Types.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class MaterialTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        LabelColumn,
        TitleColumn,
        AgendaColumn,
        PagesColumn,
        DistributionColumn,
        PublicColumn,
        FileColumn,
        ColumnCount
    };
    static constexpr int MaterialIdRole = Qt::UserRole + 1;
    // For the combo editors: a QVariantList of {label, key} pairs (QStringList of two).
    static constexpr int ChoicesRole = Qt::UserRole + 2;

    explicit MaterialTableModel(QObject *parent = nullptr);
    void setDocument(Document *document);
    void setMeeting(Id meetingId);
    Id meetingId() const { return m_meetingId; }

    const QVector<Material> &materials() const { return m_rows; }
    const QVector<AgendaItem> &agenda() const { return m_agenda; }
    // The row of a material; -1 when it is not listed.
    int rowOf(Id materialId) const;
    // Swaps a material with its neighbour under the same agenda item (delta -1 or +1), one undo step.
    bool canMove(int row, int delta) const;
    bool move(int row, int delta);
    // "(2) 諮問第1005号 …" for an agenda item of the meeting; empty for none.
    QString agendaText(Id agendaItemId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // Local files dropped on the table; `agendaItemId` is the item of the row they were dropped on.
    void filesDropped(const QStringList &paths, kiroku::Id agendaItemId);

private:
    void reload();

    QPointer<Document> m_document;
    Id m_meetingId = 0;
    QVector<Material> m_rows;
    QVector<AgendaItem> m_agenda;
};

// The local files among dropped URLs.
QStringList localFiles(const QMimeData *data);

} // namespace kiroku::ui
