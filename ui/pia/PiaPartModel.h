#pragma once
// The parts of one PIA evaluation as tables: the opinions of the public comment period, the checklist
// viewpoints, the question table and the change list. A model never writes the store: an edited cell
// pushes a SetPia…Command (Tiled-style), a refused edit reports through Document::failed, and the
// model reloads when the Document says the evaluation changed (an edit, its undo, an import).
#include "model/Types.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class PiaPartModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1,
        KeyRole // the stored key of a choice cell (judgment, handling)
    };
    explicit PiaPartModelBase(QObject *parent = nullptr);
    void setDocument(Document *document);
    void setEvaluation(Id evaluationId);
    Id evaluationId() const { return m_evaluationId; }
    Document *document() const { return m_document; }

    // Appends an empty part (the next number or position); false when refused.
    virtual bool addItem() = 0;
    virtual bool removeItem(int row) = 0;
    virtual void reload() = 0;

protected:
    QPointer<Document> m_document;
    Id m_evaluationId = 0;
};

template <typename Item> class PiaPartModel : public PiaPartModelBase
{
public:
    using PiaPartModelBase::PiaPartModelBase;

    const QVector<Item> &items() const { return m_items; }
    int rowOf(Id itemId) const;
    // Pushes the edit of one whole part (e.g. a viewpoint's linked statements).
    bool setItem(const Item &item);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    bool addItem() override;
    bool removeItem(int row) override;
    void reload() override;

private:
    QVector<Item> m_items;
};

using PiaOpinionModel = PiaPartModel<PiaOpinion>;
using PiaViewpointModel = PiaPartModel<PiaViewpoint>;
using PiaQuestionModel = PiaPartModel<PiaQuestion>;
using PiaChangeModel = PiaPartModel<PiaChange>;

// Column numbers, for views and tests.
namespace PiaColumns {
enum Opinion
{
    OpinionNumber,
    OpinionSummary,
    OpinionHandling,
    OpinionReason,
    OpinionColumnCount
};
enum Viewpoint
{
    ViewpointCode,
    ViewpointText,
    ViewpointJudgment,
    ViewpointFinding,
    ViewpointAnswer,
    ViewpointRound,
    ViewpointSection,
    ViewpointPage,
    ViewpointStatements,
    ViewpointColumnCount
};
enum Question
{
    QuestionNumber,
    QuestionSection,
    QuestionPage,
    QuestionText,
    QuestionFirst,
    QuestionAnswer,
    QuestionSecondCheck,
    QuestionFinal,
    QuestionColumnCount
};
enum Change
{
    ChangeSection,
    ChangePage,
    ChangeBefore,
    ChangeAfter,
    ChangeColumnCount
};
} // namespace PiaColumns

extern template class PiaPartModel<PiaOpinion>;
extern template class PiaPartModel<PiaViewpoint>;
extern template class PiaPartModel<PiaQuestion>;
extern template class PiaPartModel<PiaChange>;

} // namespace kiroku::ui
