#pragma once
#include "model/Types.h"

#include <QSqlDatabase>

#include <optional>

namespace kiroku {

struct AgendaLinks
{
    QVector<Id> statements;
    QVector<Id> materials;
};

// Agenda items (次第) of a meeting, kept in position order.
class AgendaRepository
{
public:
    explicit AgendaRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    QVector<AgendaItem> items(Id meetingId) const;
    std::optional<AgendaItem> item(Id id) const;
    // Inserts at item.position (0-based), shifting later items down; position past the end appends.
    Id insert(const AgendaItem &item); // keeps item.id when it is set
    void update(const AgendaItem &item);
    void remove(Id id);
    // Moves an item to a new 0-based position, renumbering the others.
    void move(Id id, int newPosition);
    // Agenda items that dealt with a consultation, across meetings.
    QVector<AgendaItem> itemsOfConsultation(Id consultationId) const;
    // Agenda items that took up a report.
    QVector<AgendaItem> itemsOfReport(Id reportId) const;
    // The statements and materials filed under an item (unlinked when it is removed), to link again.
    AgendaLinks links(Id itemId) const;
    void relink(Id itemId, const AgendaLinks &links);

private:
    QSqlDatabase m_db;
};

} // namespace kiroku
