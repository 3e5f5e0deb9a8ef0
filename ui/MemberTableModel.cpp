#include "MemberTableModel.h"

#include "Labels.h"
#include "commands/CouncilCommands.h"
#include "store/CouncilRepository.h"
#include "store/StoreError.h"
#include "text/Wareki.h"

namespace kiroku::ui {

MemberTableModel::MemberTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MemberTableModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_councilId = 0;
    if (document) {
        connect(document, &Document::membersChanged, this, [this](Id councilId) {
            if (councilId == m_councilId)
                reload();
        });
    }
    reload();
}

void MemberTableModel::setCouncil(Id councilId)
{
    m_councilId = councilId;
    reload();
}

void MemberTableModel::reload()
{
    QVector<Member> members;
    if (m_document && m_councilId != 0) {
        try {
            members = CouncilRepository(m_document->database()).members(m_councilId);
        } catch (const StoreError &error) {
            m_document->reportFailure(error.message());
        }
    }
    // Same rows in the same order: update in place so the view keeps its current cell.
    bool sameRows = members.size() == m_members.size();
    for (qsizetype i = 0; sameRows && i < members.size(); ++i)
        sameRows = members[i].id == m_members[i].id;
    if (sameRows) {
        m_members = members;
        if (!m_members.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_members = members;
    endResetModel();
}

int MemberTableModel::rowOf(Id memberId) const
{
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        if (m_members[i].id == memberId)
            return int(i);
    }
    return -1;
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size())
        return {};
    const Member &m = m_members[index.row()];
    if (role == IdRole)
        return m.id;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case NameColumn:
        return m.name;
    case ReadingColumn:
        return m.reading;
    case RoleColumn:
        return edit ? QVariant(toKey(m.role)) : QVariant(Labels::of(m.role));
    case TermStartColumn:
        return edit ? QVariant(m.termStart) : QVariant(wareki::formatDate(m.termStart, {}, false));
    case TermEndColumn:
        return edit ? QVariant(m.termEnd) : QVariant(wareki::formatDate(m.termEnd, {}, false));
    case RecommendingBodyColumn:
        return m.recommendingBody;
    case AffiliationColumn:
        return m.affiliation;
    }
    return {};
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ReadingColumn:
        return tr("Reading");
    case RoleColumn:
        return tr("Role");
    case TermStartColumn:
        return tr("Term from");
    case TermEndColumn:
        return tr("Term until");
    case RecommendingBodyColumn:
        return tr("Recommended by");
    case AffiliationColumn:
        return tr("Affiliation");
    }
    return {};
}

Qt::ItemFlags MemberTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsEditable : Qt::NoItemFlags);
}

bool MemberTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || role != Qt::EditRole || !index.isValid() || index.row() >= m_members.size())
        return false;
    const Member before = m_members[index.row()];
    Member after = before;
    MemberField field = MemberField::Several;
    switch (index.column()) {
    case NameColumn:
        after.name = value.toString().trimmed();
        field = MemberField::Name;
        break;
    case ReadingColumn:
        after.reading = value.toString().trimmed();
        field = MemberField::Reading;
        break;
    case RoleColumn:
        after.role = fromKey<MemberRole>(value.toString()).value_or(before.role);
        field = MemberField::Role;
        break;
    case TermStartColumn:
        after.termStart = value.toDate();
        field = MemberField::TermStart;
        break;
    case TermEndColumn:
        after.termEnd = value.toDate();
        field = MemberField::TermEnd;
        break;
    case RecommendingBodyColumn:
        after.recommendingBody = value.toString().trimmed();
        field = MemberField::RecommendingBody;
        break;
    case AffiliationColumn:
        after.affiliation = value.toString().trimmed();
        field = MemberField::Affiliation;
        break;
    default:
        return false;
    }
    if (before == after)
        return true;
    return m_document->push(new EditMemberCommand(m_document, before, after, field));
}

} // namespace kiroku::ui
