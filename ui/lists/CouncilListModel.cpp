#include "lists/CouncilListModel.h"

#include "commands/CouncilListCommands.h"
#include "commands/Document.h"
#include "store/CouncilListsRepository.h"

using namespace Qt::StringLiterals;

namespace kiroku::ui {

CouncilListModel::CouncilListModel(Kind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{}

void CouncilListModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_councilId = 0;
    if (document)
        connect(document, &Document::councilChanged, this, [this](Id councilId) {
            if (councilId == m_councilId)
                reload();
        });
    reload();
}

void CouncilListModel::setCouncil(Id councilId)
{
    m_councilId = councilId;
    reload();
}

void CouncilListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_document && m_councilId != 0) {
        const CouncilListsRepository lists(m_document->database());
        switch (m_kind) {
        case Kind::Masking:
            for (const MaskTerm &t : lists.maskTerms(m_councilId))
                m_rows << QStringList{t.term, t.replacement, t.note};
            break;
        case Kind::Notation:
            for (const NotationRule &r : lists.notationRules(m_councilId))
                m_rows << QStringList{r.find, r.replacement, r.note};
            break;
        case Kind::Directions:
            for (const StageDirectionTemplate &d : lists.stageDirections(m_councilId))
                m_rows << QStringList{d.text};
            break;
        }
    }
    endResetModel();
}

bool CouncilListModel::push(const QVector<QStringList> &rows)
{
    if (!m_document || m_councilId == 0)
        return false;
    QUndoCommand *command = nullptr;
    switch (m_kind) {
    case Kind::Masking: {
        QVector<MaskTerm> terms;
        for (const QStringList &r : rows) {
            MaskTerm t;
            t.councilId = m_councilId;
            t.term = r.value(0).trimmed();
            t.replacement = r.value(1);
            t.note = r.value(2);
            terms << t;
        }
        command = new SetMaskTermsCommand(m_document, m_councilId, terms);
        break;
    }
    case Kind::Notation: {
        QVector<NotationRule> rules;
        for (const QStringList &r : rows) {
            NotationRule rule;
            rule.councilId = m_councilId;
            rule.position = int(rules.size());
            rule.find = r.value(0);
            rule.replacement = r.value(1);
            rule.note = r.value(2);
            rules << rule;
        }
        command = new SetNotationRulesCommand(m_document, m_councilId, rules);
        break;
    }
    case Kind::Directions: {
        QVector<StageDirectionTemplate> directions;
        for (const QStringList &r : rows) {
            StageDirectionTemplate d;
            d.councilId = m_councilId;
            d.position = int(directions.size());
            d.text = r.value(0);
            directions << d;
        }
        command = new SetStageDirectionsCommand(m_document, m_councilId, directions);
        break;
    }
    }
    // A refused list (an empty or repeated term) is reported by the Document and leaves the old one.
    return m_document->push(command);
}

bool CouncilListModel::appendEntry(const QString &first)
{
    QVector<QStringList> rows = m_rows;
    QStringList entry{first};
    if (m_kind == Kind::Masking)
        entry << u"○○"_s << QString();
    else if (m_kind == Kind::Notation)
        entry << QString() << QString();
    rows << entry;
    return push(rows);
}

bool CouncilListModel::removeEntry(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    QVector<QStringList> rows = m_rows;
    rows.removeAt(row);
    return push(rows);
}

int CouncilListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CouncilListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_kind == Kind::Directions ? 1 : 3);
}

QVariant CouncilListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    return m_rows.at(index.row()).value(index.column());
}

QVariant CouncilListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (m_kind) {
    case Kind::Masking:
        return QStringList{tr("Masked string"), tr("Printed as"), tr("Note")}.value(section);
    case Kind::Notation:
        return QStringList{tr("Find"), tr("Replace with"), tr("Note")}.value(section);
    case Kind::Directions:
        break;
    }
    return tr("Stage direction ({department}, {quorum}, {chair} are filled in)");
}

Qt::ItemFlags CouncilListModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? QAbstractTableModel::flags(index) | Qt::ItemIsEditable : Qt::NoItemFlags;
}

bool CouncilListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    const QString text = value.toString();
    if (m_rows.at(index.row()).value(index.column()) == text)
        return false;
    QVector<QStringList> rows = m_rows;
    while (rows[index.row()].size() <= index.column())
        rows[index.row()] << QString();
    rows[index.row()][index.column()] = text;
    return push(rows);
}

} // namespace kiroku::ui
