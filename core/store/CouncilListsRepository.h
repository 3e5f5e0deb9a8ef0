#pragma once
#include "model/Types.h"

#include <QSqlDatabase>

namespace kiroku {

// A council's editable lists: the masking list of the publication version, the notation list of
// drafting, and the stage-direction palette. Each list is read and replaced as a whole: the clerk
// edits it in one table and one undo step restores the previous list.
class CouncilListsRepository
{
public:
    explicit CouncilListsRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    QVector<MaskTerm> maskTerms(Id councilId) const; // by term
    // Throws StoreError naming the entry when a term is empty or listed twice.
    void setMaskTerms(Id councilId, const QVector<MaskTerm> &terms);

    QVector<NotationRule> notationRules(Id councilId) const; // in the order they apply
    void setNotationRules(Id councilId, const QVector<NotationRule> &rules);

    QVector<StageDirectionTemplate> stageDirections(Id councilId) const; // palette order
    void setStageDirections(Id councilId, const QVector<StageDirectionTemplate> &directions);

    // What a new council's palette and notation list start with.
    static QVector<StageDirectionTemplate> defaultStageDirections();
    static QVector<NotationRule> defaultNotationRules();

private:
    QSqlDatabase m_db;
};

} // namespace kiroku
