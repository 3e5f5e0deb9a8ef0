#pragma once
// Undoable edits of the reports (報告) a council receives. One command replaces a report's state by
// another (none before: an addition; none after: a removal, after which undo links the agenda items
// that took it up again). Checked first: the number free, dates in order, counts not negative.
#include "commands/Document.h"
#include "model/Types.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <optional>

namespace kiroku {

// Empty when the report can be stored, else why not (UI language).
QString whyNotValid(const QSqlDatabase &db, const Report &report);
// The number the next report received in `fiscalYear` gets, by the council's numbering setting.
int suggestedReportNumber(const QSqlDatabase &db, Id councilId, int fiscalYear);
// 「要配慮個人情報・100人超」: the criteria of 第68条 a leak report meets, empty when none.
QString leakCriteriaText(const Report &report);
// 「開始3件・変更5件・廃止1件」
QString handlingCountsText(const Report &report);

class SetReportCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::ReportCommands)
public:
    SetReportCommand(Document *document, std::optional<Report> before, std::optional<Report> after,
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    Id reportId() const { return m_after ? m_after->id : 0; }

private:
    bool write(const std::optional<Report> &from, std::optional<Report> &to);

    Document *m_document;
    std::optional<Report> m_before;
    std::optional<Report> m_after;
    QVector<AgendaItem> m_agendaItems; // that took up the removed report, as they were
    bool m_checked = false;
};

} // namespace kiroku
