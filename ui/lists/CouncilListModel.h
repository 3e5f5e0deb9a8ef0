#pragma once
// One of a council's editable lists as a table: the masking list of the publication version, the
// notation list of drafting or the stage-direction palette. The model never writes the store:
// every edit (a cell, a new row, a removal) builds the whole new list and pushes the matching
// Set…Command, so one undo restores the list as it was.
#include "model/Types.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class CouncilListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Masking,   // term | printed as | note
        Notation,  // find | replace with | note
        Directions // text
    };

    explicit CouncilListModel(Kind kind, QObject *parent = nullptr);

    void setDocument(Document *document);
    void setCouncil(Id councilId);
    Kind kind() const { return m_kind; }

    // Appends an entry with `first` in the first column (a new term, a new direction).
    bool appendEntry(const QString &first);
    bool removeEntry(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reload();
    bool push(const QVector<QStringList> &rows);

    Kind m_kind;
    QPointer<Document> m_document;
    Id m_councilId = 0;
    QVector<QStringList> m_rows; // the cells of each entry, as shown
};

} // namespace kiroku::ui
