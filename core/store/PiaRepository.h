#pragma once
#include "model/Types.h"

#include <QSqlDatabase>

#include <optional>

namespace kiroku {

// An evaluation with everything that hangs off it, for undo of a removal and for a new version.
struct PiaSnapshot
{
    PiaEvaluation evaluation;
    QVector<PiaOpinion> opinions;
    QVector<PiaViewpoint> viewpoints;
    QVector<PiaQuestion> questions;
    QVector<PiaChange> changes;

    friend bool operator==(const PiaSnapshot &, const PiaSnapshot &) = default;
};

// Specific personal information protection assessments (特定個人情報保護評価) submitted to a council,
// and their parts: the opinions of the public comment period, the inspection checklist (viewpoints
// with their links to statements), the question table and the change list. Each re-evaluation is its
// own row: same evaluation number, higher version. Inserts keep the id when it is set (undo).
class PiaRepository
{
public:
    explicit PiaRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    QVector<PiaEvaluation> evaluations(Id councilId) const; // by affair, version
    std::optional<PiaEvaluation> evaluation(Id id) const;
    Id insert(const PiaEvaluation &evaluation);
    void update(const PiaEvaluation &evaluation);
    void remove(Id id); // the parts go with it
    // Every version of one evaluation, oldest first.
    QVector<PiaEvaluation> versions(Id councilId, const QString &evaluationNumber) const;
    // Highest version of that evaluation number, 0 when none.
    int maxVersion(Id councilId, const QString &evaluationNumber) const;
    QVector<PiaEvaluation> evaluationsOfConsultation(Id consultationId) const;

    std::optional<PiaSnapshot> snapshot(Id evaluationId) const;
    void restore(const PiaSnapshot &snapshot); // ids kept

    QVector<PiaOpinion> opinions(Id evaluationId) const; // by position, id
    std::optional<PiaOpinion> opinion(Id id) const;
    Id insert(const PiaOpinion &opinion);
    void update(const PiaOpinion &opinion);
    void removeOpinion(Id id);

    QVector<PiaViewpoint> viewpoints(Id evaluationId) const; // by position, id; with statement links
    std::optional<PiaViewpoint> viewpoint(Id id) const;
    Id insert(const PiaViewpoint &viewpoint);
    void update(const PiaViewpoint &viewpoint);
    void removeViewpoint(Id id);

    QVector<PiaQuestion> questions(Id evaluationId) const; // by number
    std::optional<PiaQuestion> question(Id id) const;
    Id insert(const PiaQuestion &question);
    void update(const PiaQuestion &question);
    void removeQuestion(Id id);
    // Replaces the whole table in one transaction (an import, or its undo).
    void replaceQuestions(Id evaluationId, const QVector<PiaQuestion> &questions);
    bool questionNumberTaken(Id evaluationId, int number, Id exceptId = 0) const;

    QVector<PiaChange> changes(Id evaluationId) const; // by position, id
    std::optional<PiaChange> change(Id id) const;
    Id insert(const PiaChange &change);
    void update(const PiaChange &change);
    void removeChange(Id id);

    // Removal by item type, for the command templates.
    void removeItem(const PiaOpinion &item) { removeOpinion(item.id); }
    void removeItem(const PiaViewpoint &item) { removeViewpoint(item.id); }
    void removeItem(const PiaQuestion &item) { removeQuestion(item.id); }
    void removeItem(const PiaChange &item) { removeChange(item.id); }
    std::optional<PiaOpinion> find(const PiaOpinion &item) const { return opinion(item.id); }
    std::optional<PiaViewpoint> find(const PiaViewpoint &item) const { return viewpoint(item.id); }
    std::optional<PiaQuestion> find(const PiaQuestion &item) const { return question(item.id); }
    std::optional<PiaChange> find(const PiaChange &item) const { return change(item.id); }

private:
    void writeStatementLinks(const PiaViewpoint &viewpoint);
    QSqlDatabase m_db;
};

} // namespace kiroku
