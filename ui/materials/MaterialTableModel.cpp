#include "materials/MaterialTableModel.h"

#include "commands/MaterialCommands.h"
#include "store/AgendaRepository.h"
#include "store/MaterialRepository.h"
#include "store/StoreError.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

#include <limits>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

QString distributionText(Distribution d)
{
    switch (d) {
    case Distribution::Paper:
        return MaterialTableModel::tr("Paper");
    case Distribution::Tablet:
        return MaterialTableModel::tr("Tablet");
    case Distribution::Both:
        return MaterialTableModel::tr("Paper and tablet");
    }
    return {};
}

QVariantList choice(const QString &label, const QString &key)
{
    return {QVariant(QStringList{label, key})};
}

} // namespace

QStringList localFiles(const QMimeData *data)
{
    QStringList paths;
    if (!data || !data->hasUrls())
        return paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return paths;
}

MaterialTableModel::MaterialTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MaterialTableModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_meetingId = 0;
    if (document) {
        const auto ifMeeting = [this](Id meetingId) {
            if (meetingId == m_meetingId)
                reload();
        };
        connect(document, &Document::materialsChanged, this, ifMeeting);
        connect(document, &Document::agendaChanged, this, ifMeeting);
        connect(document, &Document::meetingsChanged, this, [this] {
            if (m_meetingId != 0)
                reload(); // removed or brought back
        });
    }
    reload();
}

void MaterialTableModel::setMeeting(Id meetingId)
{
    m_meetingId = meetingId;
    reload();
}

void MaterialTableModel::reload()
{
    QVector<Material> rows;
    QVector<AgendaItem> agenda;
    if (m_document && m_meetingId != 0) {
        try {
            const QSqlDatabase db = m_document->database();
            rows = MaterialRepository(db).materials(m_meetingId);
            agenda = AgendaRepository(db).items(m_meetingId);
        } catch (const StoreError &error) {
            m_document->reportFailure(error.message());
        }
    }
    // The packet's order: agenda item first, then the material's own position.
    QHash<Id, int> agendaPosition;
    for (const AgendaItem &item : std::as_const(agenda))
        agendaPosition.insert(item.id, item.position);
    std::stable_sort(rows.begin(), rows.end(), [&](const Material &a, const Material &b) {
        const auto key = [&](const Material &m) {
            return std::tuple(agendaPosition.value(m.agendaItemId, std::numeric_limits<int>::max()),
                              m.position, m.id);
        };
        return key(a) < key(b);
    });
    bool sameRows = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows[i].id == m_rows[i].id;
    if (!sameRows)
        beginResetModel();
    m_rows = rows;
    m_agenda = agenda;
    if (!sameRows)
        endResetModel();
    else if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MaterialTableModel::rowOf(Id materialId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == materialId)
            return int(i);
    }
    return -1;
}

bool MaterialTableModel::canMove(int row, int delta) const
{
    const int other = row + delta;
    if (row < 0 || row >= m_rows.size() || other < 0 || other >= m_rows.size())
        return false;
    // Across agenda items the packet's order would put it back: change the agenda item instead.
    return m_rows[row].agendaItemId == m_rows[other].agendaItemId;
}

bool MaterialTableModel::move(int row, int delta)
{
    if (!m_document || !canMove(row, delta))
        return false;
    QVector<Id> order;
    for (const Material &m : std::as_const(m_rows))
        order << m.id;
    order.swapItemsAt(row, row + delta);
    return m_document->push(new ReorderMaterialsCommand(m_document, m_meetingId, order));
}

QString MaterialTableModel::agendaText(Id agendaItemId) const
{
    for (qsizetype i = 0; i < m_agenda.size(); ++i) {
        const AgendaItem &item = m_agenda[i];
        if (item.id != agendaItemId)
            continue;
        const QString name = item.number.isEmpty() || item.title.startsWith(item.number)
                                 ? item.title
                                 : item.number + u"　"_s + item.title;
        return u"(%1) %2"_s.arg(i + 1).arg(name);
    }
    return {};
}

int MaterialTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MaterialTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MaterialTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Material &m = m_rows[index.row()];
    if (role == MaterialIdRole)
        return m.id;
    if (role == ChoicesRole) {
        QVariantList choices;
        if (index.column() == AgendaColumn) {
            choices << choice(tr("(none)"), u"0"_s);
            for (const AgendaItem &item : m_agenda)
                choices << choice(agendaText(item.id), QString::number(item.id));
        } else if (index.column() == DistributionColumn) {
            for (const Distribution d : {Distribution::Both, Distribution::Tablet, Distribution::Paper})
                choices << choice(distributionText(d), toKey(d));
        }
        return choices;
    }
    if (role == Qt::CheckStateRole && index.column() == PublicColumn)
        return m.isPublic ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && index.column() == PagesColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == FileColumn && m.fileId == 0)
        return tr("No PDF attached: the packet cannot be built until one is.");
    if (role == Qt::ToolTipRole && (index.column() == AgendaColumn || index.column() == TitleColumn))
        return index.column() == AgendaColumn ? agendaText(m.agendaItemId) : m.title;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case LabelColumn:
        return m.label;
    case TitleColumn:
        return m.title;
    case AgendaColumn:
        return edit ? QVariant(QString::number(m.agendaItemId)) : QVariant(agendaText(m.agendaItemId));
    case PagesColumn:
        return m.pageCount;
    case DistributionColumn:
        return edit ? QVariant(toKey(m.distribution)) : QVariant(distributionText(m.distribution));
    case PublicColumn:
        return edit ? QVariant(m.isPublic) : QVariant(m.isPublic ? tr("Public") : tr("Not public"));
    case FileColumn:
        return m.fileId == 0 ? tr("(no file)") : m.fileName;
    }
    return {};
}

QVariant MaterialTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case TitleColumn:
        return tr("Title");
    case AgendaColumn:
        return tr("Agenda Item");
    case PagesColumn:
        return tr("Pages");
    case DistributionColumn:
        return tr("Distribution");
    case PublicColumn:
        return tr("Publicity");
    case FileColumn:
        return tr("File");
    }
    return {};
}

Qt::ItemFlags MaterialTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index) | Qt::ItemIsDropEnabled;
    if (!index.isValid())
        return flags;
    switch (index.column()) {
    case LabelColumn:
    case TitleColumn:
    case AgendaColumn:
    case DistributionColumn:
        flags |= Qt::ItemIsEditable;
        break;
    case PublicColumn:
        flags |= Qt::ItemIsUserCheckable;
        break;
    default:
        break;
    }
    return flags;
}

bool MaterialTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_document || !index.isValid() || index.row() >= m_rows.size())
        return false;
    const Material &before = m_rows[index.row()];
    Material after = before;
    if (role == Qt::CheckStateRole && index.column() == PublicColumn) {
        after.isPublic = Qt::CheckState(value.toInt()) == Qt::Checked;
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case LabelColumn:
            after.label = value.toString().trimmed();
            if (after.label.isEmpty())
                return false; // the index and the bookmarks need a label
            break;
        case TitleColumn:
            after.title = value.toString().trimmed();
            break;
        case AgendaColumn:
            after.agendaItemId = value.toString().toLongLong();
            break;
        case DistributionColumn:
            after.distribution = fromKey<Distribution>(value.toString()).value_or(before.distribution);
            break;
        case PublicColumn:
            after.isPublic = value.toBool();
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    if (after == before)
        return true;
    return m_document->push(new EditMaterialCommand(m_document, before, after));
}

QStringList MaterialTableModel::mimeTypes() const
{
    return {u"text/uri-list"_s};
}

Qt::DropActions MaterialTableModel::supportedDropActions() const
{
    return Qt::CopyAction; // files are copied into the archive, never moved
}

bool MaterialTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                         const QModelIndex &) const
{
    return m_document && m_meetingId != 0 && !localFiles(data).isEmpty();
}

bool MaterialTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // Dropped on a row (or between rows): the new materials belong to that row's agenda item.
    const int target = parent.isValid() ? parent.row() : row >= 0 ? qMin(row, int(m_rows.size()) - 1) : -1;
    const Id agendaItemId = target >= 0 && target < m_rows.size() ? m_rows[target].agendaItemId : 0;
    Q_EMIT filesDropped(localFiles(data), agendaItemId);
    return true;
}

} // namespace kiroku::ui
