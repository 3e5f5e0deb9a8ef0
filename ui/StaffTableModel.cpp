#include "StaffTableModel.h"

#include "Labels.h"
#include "commands/CouncilCommands.h"
#include "store/CouncilRepository.h"
#include "store/StoreError.h"

namespace kiroku::ui {

StaffTableModel::StaffTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StaffTableModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_councilId = 0;
    if (document) {
        connect(document, &Document::staffChanged, this, [this](Id councilId) {
            if (councilId == m_councilId)
                reload();
        });
    }
    reload();
}

void StaffTableModel::setCouncil(Id councilId)
{
    m_councilId = councilId;
    reload();
}

void StaffTableModel::reload()
{
    QVector<Staff> staff;
    if (m_document && m_councilId != 0) {
        try {
            staff = CouncilRepository(m_document->database()).staff(m_councilId);
        } catch (const StoreError &error) {
            m_document->reportFailure(error.message());
        }
    }
    bool sameRows = staff.size() == m_staff.size();
    for (qsizetype i = 0; sameRows && i < staff.size(); ++i)
        sameRows = staff[i].id == m_staff[i].id;
    if (sameRows) {
        m_staff = staff;
        if (!m_staff.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_staff = staff;
    endResetModel();
}

int StaffTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_staff.size());
}

int StaffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_staff.size())
        return {};
    const Staff &s = m_staff[index.row()];
    if (role == IdRole)
        return s.id;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return role == Qt::EditRole ? QVariant(toKey(s.kind)) : QVariant(Labels::of(s.kind));
    case OrganisationColumn:
        return s.organisation;
    case NameColumn:
        return s.name;
    case TitleColumn:
        return s.title;
    case HeadCountColumn:
        // A count only matters for an organisation listed without names (株式会社〇〇システム 2名).
        return role == Qt::EditRole || s.headCount > 0 ? QVariant(s.headCount) : QVariant();
    }
    return {};
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case OrganisationColumn:
        return tr("Department / organisation");
    case NameColumn:
        return tr("Name");
    case TitleColumn:
        return tr("Title");
    case HeadCountColumn:
        return tr("Head count");
    }
    return {};
}

Qt::ItemFlags StaffTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool StaffTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || role != Qt::EditRole || !index.isValid() || index.row() >= m_staff.size())
        return false;
    const Staff before = m_staff[index.row()];
    Staff after = before;
    switch (index.column()) {
    case KindColumn:
        after.kind = fromKey<StaffKind>(value.toString()).value_or(before.kind);
        break;
    case OrganisationColumn:
        after.organisation = value.toString().trimmed();
        break;
    case NameColumn:
        after.name = value.toString().trimmed();
        break;
    case TitleColumn:
        after.title = value.toString().trimmed();
        break;
    case HeadCountColumn:
        after.headCount = qMax(0, value.toInt());
        break;
    default:
        return false;
    }
    if (before == after)
        return true;
    return m_document->push(new EditStaffCommand(m_document, before, after));
}

} // namespace kiroku::ui
