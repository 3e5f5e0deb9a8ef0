#include "pia/PiaPartModel.h"

#include "commands/Document.h"
#include "commands/PiaPartCommands.h"
#include "pia/PiaLabels.h"
#include "store/PiaRepository.h"
#include "store/StoreError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

using namespace PiaColumns;

QString trPart(const char *text)
{
    return QCoreApplication::translate("kiroku::ui::PiaPartModel", text);
}

// Per kind of part: its columns, how a cell reads and how an edit changes the part. Choice cells give
// the label for display and the stored key for editing (ChoiceDelegate).
int columns(const PiaOpinion *)
{
    return OpinionColumnCount;
}
int columns(const PiaViewpoint *)
{
    return ViewpointColumnCount;
}
int columns(const PiaQuestion *)
{
    return QuestionColumnCount;
}
int columns(const PiaChange *)
{
    return ChangeColumnCount;
}

QString header(const PiaOpinion *, int column)
{
    switch (column) {
    case OpinionNumber:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "No."));
    case OpinionSummary:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Opinion"));
    case OpinionHandling:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Handling"));
    case OpinionReason:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Why / what was changed"));
    }
    return {};
}
QString header(const PiaViewpoint *, int column)
{
    switch (column) {
    case ViewpointCode:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Viewpoint"));
    case ViewpointText:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Item checked"));
    case ViewpointJudgment:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Judgment"));
    case ViewpointFinding:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Finding"));
    case ViewpointAnswer:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Department's answer"));
    case ViewpointRound:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Round"));
    case ViewpointSection:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Cited section"));
    case ViewpointPage:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Page"));
    case ViewpointStatements:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Statements"));
    }
    return {};
}
QString header(const PiaQuestion *, int column)
{
    switch (column) {
    case QuestionNumber:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "No."));
    case QuestionSection:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Section"));
    case QuestionPage:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Page"));
    case QuestionText:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Question"));
    case QuestionFirst:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "First judgment"));
    case QuestionAnswer:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Answer"));
    case QuestionSecondCheck:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Second check"));
    case QuestionFinal:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Final judgment"));
    }
    return {};
}
QString header(const PiaChange *, int column)
{
    switch (column) {
    case ChangeSection:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Section"));
    case ChangePage:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Page"));
    case ChangeBefore:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "Before"));
    case ChangeAfter:
        return trPart(QT_TRANSLATE_NOOP("kiroku::ui::PiaPartModel", "After"));
    }
    return {};
}

QVariant pageValue(int page, int role)
{
    if (role == Qt::EditRole)
        return page;
    return page > 0 ? QVariant(u"p.%1"_s.arg(page)) : QVariant(QString());
}

template <typename E> QVariant choiceValue(E value, int role)
{
    if (role == Qt::EditRole || role == PiaPartModelBase::KeyRole)
        return toKey(value);
    return PiaLabels::of(value);
}

QVariant value(const PiaOpinion &o, int column, int role)
{
    switch (column) {
    case OpinionNumber:
        return o.position;
    case OpinionSummary:
        return o.summary;
    case OpinionHandling:
        return choiceValue(o.handling, role);
    case OpinionReason:
        return o.reason;
    }
    return {};
}
QVariant value(const PiaViewpoint &v, int column, int role)
{
    switch (column) {
    case ViewpointCode:
        return v.code;
    case ViewpointText:
        return v.text;
    case ViewpointJudgment:
        return choiceValue(v.judgment, role);
    case ViewpointFinding:
        return v.finding;
    case ViewpointAnswer:
        return v.answer;
    case ViewpointRound:
        return role == Qt::EditRole || v.round > 0 ? QVariant(v.round) : QVariant(QString());
    case ViewpointSection:
        return v.section;
    case ViewpointPage:
        return pageValue(v.page, role);
    case ViewpointStatements:
        return v.statementIds.isEmpty() ? QString() : QString::number(v.statementIds.size());
    }
    return {};
}
QVariant value(const PiaQuestion &q, int column, int role)
{
    switch (column) {
    case QuestionNumber:
        return q.number;
    case QuestionSection:
        return q.section;
    case QuestionPage:
        return pageValue(q.page, role);
    case QuestionText:
        return q.question;
    case QuestionFirst:
        return choiceValue(q.firstJudgment, role);
    case QuestionAnswer:
        return q.answer;
    case QuestionSecondCheck:
        return q.secondCheck;
    case QuestionFinal:
        return choiceValue(q.finalJudgment, role);
    }
    return {};
}
QVariant value(const PiaChange &c, int column, int role)
{
    switch (column) {
    case ChangeSection:
        return c.section;
    case ChangePage:
        return pageValue(c.page, role);
    case ChangeBefore:
        return c.before;
    case ChangeAfter:
        return c.after;
    }
    return {};
}

bool editable(const PiaOpinion *, int column)
{
    return column != OpinionNumber;
}
bool editable(const PiaViewpoint *, int column)
{
    // Code and text come from the checklist template; links are chosen in the statement picker.
    return column != ViewpointCode && column != ViewpointText && column != ViewpointStatements;
}
bool editable(const PiaQuestion *, int)
{
    return true;
}
bool editable(const PiaChange *, int)
{
    return true;
}

// A number typed into a cell; -1 (refused by the command with its reason) when it is not one.
int number(const QVariant &value)
{
    const QString text = value.toString().trimmed().remove(u"p."_s);
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok ? n : -1;
}

template <typename E> void assignKey(E &target, const QVariant &value)
{
    if (const std::optional<E> parsed = fromKey<E>(value.toString()))
        target = *parsed;
}

void assign(PiaOpinion &o, int column, const QVariant &v)
{
    switch (column) {
    case OpinionSummary:
        o.summary = v.toString().trimmed();
        break;
    case OpinionHandling:
        assignKey(o.handling, v);
        break;
    case OpinionReason:
        o.reason = v.toString().trimmed();
        break;
    }
}
void assign(PiaViewpoint &p, int column, const QVariant &v)
{
    switch (column) {
    case ViewpointJudgment:
        assignKey(p.judgment, v);
        break;
    case ViewpointFinding:
        p.finding = v.toString().trimmed();
        break;
    case ViewpointAnswer:
        p.answer = v.toString().trimmed();
        break;
    case ViewpointRound:
        p.round = number(v);
        break;
    case ViewpointSection:
        p.section = v.toString().trimmed();
        break;
    case ViewpointPage:
        p.page = number(v);
        break;
    }
}
void assign(PiaQuestion &q, int column, const QVariant &v)
{
    switch (column) {
    case QuestionNumber:
        q.number = number(v);
        break;
    case QuestionSection:
        q.section = v.toString().trimmed();
        break;
    case QuestionPage:
        q.page = number(v);
        break;
    case QuestionText:
        q.question = v.toString().trimmed();
        break;
    case QuestionFirst:
        assignKey(q.firstJudgment, v);
        break;
    case QuestionAnswer:
        q.answer = v.toString().trimmed();
        break;
    case QuestionSecondCheck:
        q.secondCheck = v.toString().trimmed();
        break;
    case QuestionFinal:
        assignKey(q.finalJudgment, v);
        break;
    }
}
void assign(PiaChange &c, int column, const QVariant &v)
{
    switch (column) {
    case ChangeSection:
        c.section = v.toString().trimmed();
        break;
    case ChangePage:
        c.page = number(v);
        break;
    case ChangeBefore:
        c.before = v.toString().trimmed();
        break;
    case ChangeAfter:
        c.after = v.toString().trimmed();
        break;
    }
}

QVector<PiaOpinion> load(const PiaRepository &r, Id id, const PiaOpinion *)
{
    return r.opinions(id);
}
QVector<PiaViewpoint> load(const PiaRepository &r, Id id, const PiaViewpoint *)
{
    return r.viewpoints(id);
}
QVector<PiaQuestion> load(const PiaRepository &r, Id id, const PiaQuestion *)
{
    return r.questions(id);
}
QVector<PiaChange> load(const PiaRepository &r, Id id, const PiaChange *)
{
    return r.changes(id);
}

// The next free position (opinions, changes) or number (questions) after the last.
template <typename Item> int nextAfter(const QVector<Item> &items, int Item::*field)
{
    int last = 0;
    for (const Item &item : items)
        last = std::max(last, item.*field);
    return last + 1;
}

} // namespace

PiaPartModelBase::PiaPartModelBase(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PiaPartModelBase::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_evaluationId = 0;
    if (document) {
        connect(document, &Document::piaEvaluationChanged, this, [this](Id evaluationId) {
            if (evaluationId == m_evaluationId)
                reload();
        });
    }
    reload();
}

void PiaPartModelBase::setEvaluation(Id evaluationId)
{
    m_evaluationId = evaluationId;
    reload();
}

template <typename Item> int PiaPartModel<Item>::rowOf(Id itemId) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == itemId)
            return int(i);
    }
    return -1;
}

template <typename Item> bool PiaPartModel<Item>::setItem(const Item &item)
{
    return m_document && m_document->push(new SetPiaPartCommand<Item>(m_document, item));
}

template <typename Item> int PiaPartModel<Item>::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

template <typename Item> int PiaPartModel<Item>::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns(static_cast<const Item *>(nullptr));
}

template <typename Item> QVariant PiaPartModel<Item>::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item &item = m_items.at(index.row());
    if (role == ItemIdRole)
        return item.id;
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == KeyRole)
        return value(item, index.column(), role);
    if (role == Qt::ToolTipRole) {
        // Long texts (findings, answers, before/after) are cut in the cell; the tip shows them whole.
        const QString text = value(item, index.column(), Qt::DisplayRole).toString();
        return text.size() > 20 ? QVariant(text) : QVariant();
    }
    return {};
}

template <typename Item>
QVariant PiaPartModel<Item>::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return header(static_cast<const Item *>(nullptr), section);
}

template <typename Item> Qt::ItemFlags PiaPartModel<Item>::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && editable(static_cast<const Item *>(nullptr), index.column()))
        f |= Qt::ItemIsEditable;
    return f;
}

template <typename Item>
bool PiaPartModel<Item>::setData(const QModelIndex &index, const QVariant &v, int role)
{
    if (!m_document || role != Qt::EditRole || !index.isValid() || index.row() >= m_items.size())
        return false;
    Item after = m_items.at(index.row());
    assign(after, index.column(), v);
    if (after == m_items.at(index.row()))
        return false;
    return setItem(after);
}

template <typename Item> bool PiaPartModel<Item>::addItem()
{
    if (!m_document || m_evaluationId == 0)
        return false;
    Item item;
    item.evaluationId = m_evaluationId;
    if constexpr (std::is_same_v<Item, PiaQuestion>)
        item.number = nextAfter(m_items, &PiaQuestion::number);
    else
        item.position = nextAfter(m_items, &Item::position);
    return setItem(item);
}

template <typename Item> bool PiaPartModel<Item>::removeItem(int row)
{
    if (!m_document || row < 0 || row >= m_items.size())
        return false;
    return m_document->push(new RemovePiaPartCommand<Item>(m_document, m_items.at(row)));
}

template <typename Item> void PiaPartModel<Item>::reload()
{
    beginResetModel();
    m_items.clear();
    if (m_document && m_evaluationId != 0) {
        try {
            m_items = load(PiaRepository(m_document->database()), m_evaluationId,
                           static_cast<const Item *>(nullptr));
        } catch (const StoreError &error) {
            m_document->reportFailure(error.message());
        }
    }
    endResetModel();
}

template class PiaPartModel<PiaOpinion>;
template class PiaPartModel<PiaViewpoint>;
template class PiaPartModel<PiaQuestion>;
template class PiaPartModel<PiaChange>;

} // namespace kiroku::ui
