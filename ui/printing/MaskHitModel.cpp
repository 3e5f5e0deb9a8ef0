#include "printing/MaskHitModel.h"

namespace kiroku::ui {

void MaskHitModel::setHits(const QVector<record::MaskHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int MaskHitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int MaskHitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaskHitModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const record::MaskHit &hit = m_hits.at(index.row());
    if (role == Qt::ToolTipRole)
        return hit.context;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Where:
        return hit.where;
    case Found:
        return hit.found;
    case Replacement:
        return hit.replacement.isEmpty() ? tr("(blank)") : hit.replacement;
    case Context:
        return hit.context;
    default:
        return {};
    }
}

QVariant MaskHitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Where:
        return tr("Where");
    case Found:
        return tr("Found");
    case Replacement:
        return tr("Printed as");
    case Context:
        return tr("Context (as published)");
    default:
        return {};
    }
}

} // namespace kiroku::ui
