#include "ArchiveTreeModel.h"

#include "commands/Document.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/StoreError.h"
#include "text/Wareki.h"

using namespace Qt::StringLiterals;

namespace kiroku::ui {

QString meetingLabel(const Meeting &meeting)
{
    QString label = wareki::formatOrdinalMeeting(meeting.number);
    if (meeting.date.isValid())
        label += u' ' + wareki::formatDate(meeting.date);
    return label;
}

ArchiveTreeModel::ArchiveTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void ArchiveTreeModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &Document::councilsChanged, this, &ArchiveTreeModel::rebuild);
        connect(document, &Document::councilChanged, this, &ArchiveTreeModel::updateCouncil);
        connect(document, &Document::meetingsChanged, this, &ArchiveTreeModel::rebuild);
        connect(document, &Document::meetingChanged, this, &ArchiveTreeModel::updateMeeting);
    }
    rebuild();
}

int ArchiveTreeModel::add(Node node)
{
    const int id = int(m_nodes.size());
    QVector<int> &siblings = node.parent < 0 ? m_roots : m_nodes[std::size_t(node.parent)].children;
    node.row = int(siblings.size());
    siblings.append(id);
    m_nodes.push_back(std::move(node));
    return id;
}

void ArchiveTreeModel::rebuild()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    if (m_document) {
        try {
            const QSqlDatabase db = m_document->database();
            MeetingRepository meetings(db);
            for (const Council &council : CouncilRepository(db).councils()) {
                const int councilNode = add({Kind::Council,
                                             council.id,
                                             council.id,
                                             0,
                                             council.name,
                                             council.municipality,
                                             -1,
                                             0,
                                             {}});
                int yearNode = -1;
                int year = 0;
                for (const Meeting &meeting : meetings.meetings(council.id)) {
                    if (yearNode < 0 || meeting.fiscalYear != year) {
                        year = meeting.fiscalYear;
                        yearNode = add({Kind::Year,
                                        0,
                                        council.id,
                                        year,
                                        wareki::formatFiscalYear(year),
                                        {},
                                        councilNode,
                                        0,
                                        {}});
                    }
                    add({Kind::Meeting,
                         meeting.id,
                         council.id,
                         year,
                         meetingLabel(meeting),
                         meeting.venue,
                         yearNode,
                         0,
                         {}});
                }
            }
        } catch (const StoreError &error) {
            m_nodes.clear();
            m_roots.clear();
            endResetModel();
            m_document->reportFailure(error.message());
            return;
        }
    }
    endResetModel();
}

void ArchiveTreeModel::updateCouncil(Id councilId)
{
    const QModelIndex index = councilIndex(councilId);
    if (!index.isValid() || !m_document)
        return;
    try {
        if (const std::optional<Council> council =
                CouncilRepository(m_document->database()).council(councilId)) {
            Node &node = m_nodes[std::size_t(index.internalId())];
            node.text = council->name;
            node.toolTip = council->municipality;
            Q_EMIT dataChanged(index, index);
        }
    } catch (const StoreError &error) {
        m_document->reportFailure(error.message());
    }
}

void ArchiveTreeModel::updateMeeting(Id meetingId)
{
    const QModelIndex index = meetingIndex(meetingId);
    if (!index.isValid() || !m_document)
        return;
    try {
        const std::optional<Meeting> meeting = MeetingRepository(m_document->database()).meeting(meetingId);
        Node &node = m_nodes[std::size_t(index.internalId())];
        if (!meeting || meeting->fiscalYear != node.fiscalYear) {
            rebuild(); // moved to another 年度 (or gone)
            return;
        }
        node.text = meetingLabel(*meeting);
        node.toolTip = meeting->venue;
        Q_EMIT dataChanged(index, index);
    } catch (const StoreError &error) {
        m_document->reportFailure(error.message());
    }
}

QModelIndex ArchiveTreeModel::indexOf(int node) const
{
    return node < 0 ? QModelIndex() : createIndex(m_nodes[std::size_t(node)].row, 0, quintptr(node));
}

const ArchiveTreeModel::Node *ArchiveTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[std::size_t(index.internalId())];
}

QModelIndex ArchiveTreeModel::councilIndex(Id councilId) const
{
    for (int node : m_roots) {
        if (m_nodes[std::size_t(node)].id == councilId)
            return indexOf(node);
    }
    return {};
}

QModelIndex ArchiveTreeModel::yearIndex(Id councilId, int fiscalYear) const
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        const Node &node = m_nodes[i];
        if (node.kind == Kind::Year && node.councilId == councilId && node.fiscalYear == fiscalYear)
            return indexOf(int(i));
    }
    return {};
}

QModelIndex ArchiveTreeModel::meetingIndex(Id meetingId) const
{
    for (std::size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].kind == Kind::Meeting && m_nodes[i].id == meetingId)
            return indexOf(int(i));
    }
    return {};
}

QModelIndex ArchiveTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const QVector<int> &children = parent.isValid() ? nodeOf(parent)->children : m_roots;
    return row < children.size() ? indexOf(children[row]) : QModelIndex();
}

QModelIndex ArchiveTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    return node ? indexOf(node->parent) : QModelIndex();
}

int ArchiveTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    const Node *node = nodeOf(parent);
    return node && parent.column() == 0 ? int(node->children.size()) : 0;
}

int ArchiveTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ArchiveTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return node->text;
    case Qt::ToolTipRole:
        return node->toolTip.isEmpty() ? QVariant() : QVariant(node->toolTip);
    case KindRole:
        return int(node->kind);
    case IdRole:
        return node->id;
    case CouncilIdRole:
        return node->councilId;
    case FiscalYearRole:
        return node->fiscalYear;
    }
    return {};
}

} // namespace kiroku::ui
