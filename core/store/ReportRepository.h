#pragma once
#include "model/Types.h"

#include <QSqlDatabase>

#include <optional>

namespace kiroku {

// Reports (報告) a council receives: handling-notice counts, audits, leak reports and others.
class ReportRepository
{
public:
    explicit ReportRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    QVector<Report> reports(Id councilId) const; // by fiscal year, number
    std::optional<Report> report(Id id) const;
    Id insert(const Report &report); // keeps report.id when it is set
    void update(const Report &report);
    void remove(Id id);
    // Numbers follow the council's consultation numbering: run on across years, or within a fiscal year
    // when one is given.
    bool numberTaken(Id councilId, int number, std::optional<int> fiscalYear = std::nullopt,
                     Id exceptId = 0) const;
    int maxNumber(Id councilId, std::optional<int> fiscalYear = std::nullopt) const;

private:
    QSqlDatabase m_db;
};

} // namespace kiroku
