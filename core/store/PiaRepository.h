#pragma once
#include "model/Types.h"

#include <QSqlDatabase>

#include <optional>

namespace kiroku {

// Specific personal information protection assessments (特定個人情報保護評価) submitted to a council.
// Each re-evaluation is its own row: same evaluation number, higher version.
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
    void remove(Id id);
    // Every version of one evaluation, oldest first.
    QVector<PiaEvaluation> versions(Id councilId, const QString &evaluationNumber) const;

private:
    QSqlDatabase m_db;
};

} // namespace kiroku
