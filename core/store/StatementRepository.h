#pragma once
#include "model/Types.h"

#include <QSqlDatabase>

#include <optional>

namespace kiroku {

// The line being typed in live drafting, saved continuously (see DraftLine in the drafting view).
struct DraftLine
{
    Id meetingId = 0;
    Id agendaItemId = 0;
    StatementKind kind = StatementKind::Speech;
    QString speaker;
    Id memberId = 0;
    Id staffId = 0;
    QString text;
    QDateTime savedAt;
};

// Statements (発言, ト書き, headings, summary notes) of a meeting, in record order.
class StatementRepository
{
public:
    explicit StatementRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    QVector<Statement> statements(Id meetingId) const;
    int count(Id meetingId) const;
    std::optional<Statement> statement(Id id) const;
    // Inserts at statement.position (0-based) shifting later ones; a position past the end appends.
    // A non-zero statement.id is kept (undo brings a statement back under its id).
    Id insert(const Statement &statement);
    // Appends after the last statement: the live-drafting path, one INSERT.
    Id append(const Statement &statement);
    // Appends many in one transaction (import, demo); positions follow the current end.
    void appendAll(Id meetingId, QVector<Statement> &statements);
    void update(const Statement &statement);
    void remove(Id id);
    // Statements spoken by a staff entry, and relinking them (undo of a staff removal).
    QVector<Id> idsSpokenByStaff(Id staffId) const;
    void linkStaff(const QVector<Id> &statementIds, Id staffId);

    std::optional<DraftLine> draftLine(Id meetingId) const;
    void saveDraftLine(const DraftLine &draft);
    void clearDraftLine(Id meetingId);
    QVector<DraftLine> allDraftLines() const; // non-empty drafts left by a crash

private:
    QSqlDatabase m_db;
};

} // namespace kiroku
