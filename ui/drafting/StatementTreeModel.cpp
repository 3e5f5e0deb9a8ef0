#include "drafting/StatementTreeModel.h"

#include "commands/StatementCommands.h"
#include "drafting/DraftingSession.h"

using namespace Qt::StringLiterals;

namespace kiroku::ui {

StatementTreeModel::StatementTreeModel(DraftingSession *session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{
    retitle();
    m_sections = statementSections(session->statements());
    connect(session, &DraftingSession::statementsReloaded, this, &StatementTreeModel::sync);
    connect(session, &DraftingSession::statementsAppended, this, &StatementTreeModel::append);
    connect(session, &DraftingSession::agendaReloaded, this, &StatementTreeModel::retitle);
}

void StatementTreeModel::retitle()
{
    m_titles.clear();
    for (const HeadingChoice &h : agendaHeadings(m_session->agenda())) {
        if (h.agendaItemId != 0)
            m_titles.insert(h.agendaItemId, h.text);
    }
    if (!m_sections.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_sections.size()) - 1, 0), {Qt::DisplayRole});
}

QString StatementTreeModel::sectionTitle(Id agendaItemId) const
{
    return agendaItemId == 0 ? tr("Outside the agenda") : m_titles.value(agendaItemId, tr("(removed item)"));
}

void StatementTreeModel::sync()
{
    QVector<StatementSection> next = statementSections(m_session->statements());
    const SectionDiff diff = diffSections(m_sections, next);
    if (diff.isEmpty()) {
        m_sections = std::move(next);
        return;
    }
    if (diff.inSection) {
        const QModelIndex section = index(diff.prefix, 0);
        const int changed = std::min(diff.oldRows, diff.newRows);
        if (diff.oldRows > diff.newRows) {
            beginRemoveRows(section, diff.row + changed, diff.row + diff.oldRows - 1);
            m_sections = std::move(next);
            endRemoveRows();
        } else if (diff.newRows > diff.oldRows) {
            beginInsertRows(section, diff.row + changed, diff.row + diff.newRows - 1);
            m_sections = std::move(next);
            endInsertRows();
        } else {
            m_sections = std::move(next);
        }
        if (changed > 0)
            Q_EMIT dataChanged(index(diff.row, 0, section), index(diff.row + changed - 1, 0, section));
        return;
    }
    if (diff.oldSections > 0) {
        beginRemoveRows({}, diff.prefix, diff.prefix + diff.oldSections - 1);
        m_sections.remove(diff.prefix, diff.oldSections);
        endRemoveRows();
    }
    if (diff.newSections > 0) {
        beginInsertRows({}, diff.prefix, diff.prefix + diff.newSections - 1);
        m_sections = std::move(next);
        endInsertRows();
    } else {
        m_sections = std::move(next);
    }
}

void StatementTreeModel::append(int first)
{
    const QVector<Statement> &all = m_session->statements();
    for (int i = first; i < all.size(); ++i) {
        const Statement &s = all.at(i);
        if (!m_sections.isEmpty() && m_sections.constLast().agendaItemId == s.agendaItemId) {
            const int section = int(m_sections.size()) - 1;
            const int row = int(m_sections.at(section).statements.size());
            beginInsertRows(index(section, 0), row, row);
            m_sections[section].statements.append(s);
            endInsertRows();
        } else {
            beginInsertRows({}, int(m_sections.size()), int(m_sections.size()));
            m_sections.append(StatementSection{s.agendaItemId, {s}});
            endInsertRows();
        }
    }
}

QModelIndex StatementTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_sections.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_sections.size() ||
        row >= m_sections.at(parent.row()).statements.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex StatementTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int StatementTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.internalId() != 0 || parent.row() >= m_sections.size())
        return 0;
    return int(m_sections.at(parent.row()).statements.size());
}

int StatementTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

const Statement *StatementTreeModel::statement(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const int section = int(index.internalId() - 1);
    if (section >= m_sections.size() || index.row() >= m_sections.at(section).statements.size())
        return nullptr;
    return &m_sections.at(section).statements.at(index.row());
}

QVariant StatementTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Statement *s = statement(index);
    if (!s) {
        if (index.row() >= m_sections.size())
            return {};
        const Id item = m_sections.at(index.row()).agendaItemId;
        switch (role) {
        case Qt::DisplayRole:
            return sectionTitle(item);
        case KindRole:
            return -1;
        case AgendaItemRole:
            return item;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return s->speaker.isEmpty() ? s->text : s->speaker + u"　"_s + s->text;
    case Qt::EditRole:
    case TextRole:
        return s->text;
    case Qt::ToolTipRole:
        return s->spokenAt.isValid() ? s->spokenAt.toString(u"HH:mm:ss"_s) : QVariant();
    case StatementIdRole:
        return s->id;
    case KindRole:
        return int(s->kind);
    case SpeakerRole:
        return s->speaker;
    case TimeRole:
        return s->spokenAt.isValid() ? s->spokenAt.toString(u"HH:mm"_s) : QString();
    case AgendaItemRole:
        return s->agendaItemId;
    default:
        return {};
    }
}

bool StatementTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Statement *s = statement(index);
    if (!s || role != Qt::EditRole || !m_session)
        return false;
    const QString text = value.toString().trimmed();
    if (text == s->text || text.isEmpty())
        return false;
    Document *document = m_session->document();
    return document->push(EditStatementCommand::editText(document, *s, text));
}

Qt::ItemFlags StatementTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (statement(index))
        f |= Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
    return f;
}

QModelIndex StatementTreeModel::indexOf(Id statementId) const
{
    for (int section = 0; section < m_sections.size(); ++section) {
        const QVector<Statement> &rows = m_sections.at(section).statements;
        for (int row = 0; row < rows.size(); ++row) {
            if (rows.at(row).id == statementId)
                return createIndex(row, 0, quintptr(section + 1));
        }
    }
    return {};
}

QModelIndex StatementTreeModel::lastStatementIndex() const
{
    if (m_sections.isEmpty())
        return {};
    const int section = int(m_sections.size()) - 1;
    return createIndex(int(m_sections.at(section).statements.size()) - 1, 0, quintptr(section + 1));
}

int StatementTreeModel::statementCount() const
{
    int count = 0;
    for (const StatementSection &s : m_sections)
        count += int(s.statements.size());
    return count;
}

} // namespace kiroku::ui
