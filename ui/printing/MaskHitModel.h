#pragma once
// Every place the publication version replaces a string: where, what stood there, what replaces it
// and the masked context, so that the clerk checks them before a public file leaves the office.
#include "record/Publication.h"

#include <QAbstractTableModel>

namespace kiroku::ui {

class MaskHitModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Where,
        Found,
        Replacement,
        Context,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setHits(const QVector<record::MaskHit> &hits);
    const QVector<record::MaskHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<record::MaskHit> m_hits;
};

} // namespace kiroku::ui
