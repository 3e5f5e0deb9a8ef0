#include "consultations/AgendaTableModel.h"

#include "Labels.h"
#include "commands/AgendaCommands.h"
#include "commands/Document.h"
#include "store/StoreError.h"

using namespace Qt::StringLiterals;

namespace kiroku::ui {

AgendaTableModel::AgendaTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AgendaTableModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_meetingId = 0;
    if (document) {
        connect(document, &Document::agendaChanged, this, [this](Id meetingId) {
            if (meetingId == m_meetingId)
                reload();
        });
    }
    reload();
}

void AgendaTableModel::setMeeting(Id meetingId)
{
    m_meetingId = meetingId;
    reload();
}

void AgendaTableModel::reload()
{
    beginResetModel();
    m_items.clear();
    if (m_document && m_meetingId != 0) {
        try {
            m_items = AgendaRepository(m_document->database()).items(m_meetingId);
        } catch (const StoreError &error) {
            m_document->reportFailure(error.message());
        }
    }
    endResetModel();
}

int AgendaTableModel::rowOf(Id itemId) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == itemId)
            return int(i);
    }
    return -1;
}

int AgendaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const AgendaItem &item = m_items.at(index.row());
    if (role == ItemIdRole)
        return item.id;
    const bool counts = item.voteKind == VoteKind::Counts;
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && column >= ForColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::EditRole) {
        switch (column) {
        case KindColumn:
            return toKey(item.kind);
        case PublicityColumn:
            return toKey(item.publicity);
        case OutcomeColumn:
            return toKey(item.outcome);
        case VoteColumn:
            return toKey(item.voteKind);
        case ForColumn:
            return item.votesFor;
        case AgainstColumn:
            return item.votesAgainst;
        case AbstainColumn:
            return item.votesAbstain;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case NumberColumn:
        return item.number;
    case TitleColumn:
        return item.title;
    case KindColumn:
        return Labels::of(item.kind);
    case PublicityColumn:
        return Labels::of(item.publicity);
    case ReasonColumn:
        return item.closedReason;
    case OutcomeColumn:
        return Labels::of(item.outcome);
    case VoteColumn:
        return Labels::of(item.voteKind);
    case ForColumn:
        return counts ? QVariant(item.votesFor) : QVariant();
    case AgainstColumn:
        return counts ? QVariant(item.votesAgainst) : QVariant();
    case AbstainColumn:
        return counts ? QVariant(item.votesAbstain) : QVariant();
    default:
        return {};
    }
}

QVariant AgendaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case PublicityColumn:
        return tr("Publicity");
    case ReasonColumn:
        return tr("Reason for closing");
    case OutcomeColumn:
        return tr("Outcome");
    case VoteColumn:
        return tr("Vote");
    case ForColumn:
        return tr("For");
    case AgainstColumn:
        return tr("Against");
    case AbstainColumn:
        return tr("Abstain");
    default:
        return {};
    }
}

Qt::ItemFlags AgendaTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.row() >= m_items.size())
        return f;
    const AgendaItem &item = m_items.at(index.row());
    const int column = index.column();
    if (column == ReasonColumn && item.publicity == Publicity::Public)
        return f;
    if (column >= ForColumn && item.voteKind != VoteKind::Counts)
        return f;
    return f | Qt::ItemIsEditable;
}

bool AgendaTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || role != Qt::EditRole || !index.isValid() || index.row() >= m_items.size())
        return false;
    const AgendaItem before = m_items.at(index.row());
    AgendaItem after = before;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case NumberColumn:
        after.number = text;
        break;
    case TitleColumn:
        after.title = text;
        break;
    case KindColumn:
        after.kind = fromKey<AgendaKind>(text).value_or(before.kind);
        break;
    case PublicityColumn:
        after.publicity = fromKey<Publicity>(text).value_or(before.publicity);
        break;
    case ReasonColumn:
        after.closedReason = text;
        break;
    case OutcomeColumn:
        after.outcome = fromKey<Outcome>(text).value_or(before.outcome);
        break;
    case VoteColumn:
        after.voteKind = fromKey<VoteKind>(text).value_or(before.voteKind);
        break;
    case ForColumn:
    case AgainstColumn:
    case AbstainColumn: {
        bool ok = false;
        const int n = text.toInt(&ok);
        if (!ok)
            return false;
        (index.column() == ForColumn       ? after.votesFor
         : index.column() == AgainstColumn ? after.votesAgainst
                                           : after.votesAbstain) = n;
        break;
    }
    default:
        return false;
    }
    if (after == before)
        return false;
    return m_document->push(new EditAgendaItemCommand(m_document, before, after));
}

} // namespace kiroku::ui
