#pragma once
#include "model/Types.h"

#include <QSqlDatabase>

#include <optional>

namespace kiroku {

// Consultations (諮問) of a council and the responses (答申) given to them.
class ConsultationRepository
{
public:
    explicit ConsultationRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    QVector<Consultation> consultations(Id councilId) const; // by fiscal year, number
    std::optional<Consultation> consultation(Id id) const;
    Id insert(const Consultation &consultation); // keeps consultation.id when it is set
    void update(const Consultation &consultation);
    void remove(Id id);

    QVector<Response> responses(Id consultationId) const; // by date, id
    std::optional<Response> response(Id id) const;
    Id insert(const Response &response); // keeps response.id when it is set
    void update(const Response &response);
    void removeResponse(Id id);
    QVector<Response> responsesOfMeeting(Id meetingId) const;

    // Highest consultation number of the council (of that fiscal year when given), 0 when none.
    int maxNumber(Id councilId, std::optional<int> fiscalYear = std::nullopt) const;
    // Whether another consultation than exceptId already has that number (in that fiscal year when given).
    bool numberTaken(Id councilId, int number, std::optional<int> fiscalYear = std::nullopt,
                     Id exceptId = 0) const;

private:
    QSqlDatabase m_db;
};

} // namespace kiroku
