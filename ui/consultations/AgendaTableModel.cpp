#include "consultations/AgendaTableModel.h"

#include "Labels.h"
#include "commands/AgendaCommands.h"
#include "commands/Document.h"
#include "model/AgendaNumbering.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/StoreError.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

const QString itemMime = u"application/x-kiroku-agenda-item"_s;

} // namespace

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
        connect(document, &Document::councilChanged, this, [this](Id) { reload(); });
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
            const QSqlDatabase db = m_document->database();
            m_items = AgendaRepository(db).items(m_meetingId);
            const auto meeting = MeetingRepository(db).meeting(m_meetingId);
            const auto council = meeting ? CouncilRepository(db).council(meeting->councilId) : std::nullopt;
            m_numbering = council ? council->agendaNumbering : AgendaNumbering::Paren;
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
    if (orientation == Qt::Vertical && role == Qt::DisplayRole) {
        const QString mark = agendaMark(m_numbering, section);
        return mark.isEmpty() ? QString::number(section + 1) : mark;
    }
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
    if (!index.isValid())
        return f | Qt::ItemIsDropEnabled; // between rows
    if (index.row() >= m_items.size())
        return f;
    f |= Qt::ItemIsDragEnabled;
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

Qt::DropActions AgendaTableModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList AgendaTableModel::mimeTypes() const
{
    return {itemMime};
}

QMimeData *AgendaTableModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || indexes.first().row() >= m_items.size())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(itemMime, QByteArray::number(m_items.at(indexes.first().row()).id));
    return data;
}

bool AgendaTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    Q_UNUSED(column);
    if (action != Qt::MoveAction || !data || !data->hasFormat(itemMime))
        return false;
    // Dropped on a row: before it; between rows: at `row`; past the end: last.
    int target = parent.isValid() ? parent.row() : row;
    if (target < 0)
        target = int(m_items.size());
    const Id id = data->data(itemMime).toLongLong();
    const int from = rowOf(id);
    if (from < 0)
        return false;
    if (target > from)
        --target; // the item leaves its own row first
    moveItem(id, target);
    return false; // the command moved it: the view must not remove the source row itself
}

bool AgendaTableModel::moveItem(Id itemId, int position)
{
    const int from = rowOf(itemId);
    if (!m_document || from < 0)
        return false;
    position = std::clamp(position, 0, int(m_items.size()) - 1);
    if (position == from)
        return false;
    return m_document->push(new MoveAgendaItemCommand(m_document, m_items.at(from), position));
}

} // namespace kiroku::ui
