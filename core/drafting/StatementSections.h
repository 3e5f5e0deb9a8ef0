#pragma once
// The record as the drafting view shows it: runs of consecutive statements that belong to the same
// agenda item (0: outside the agenda, like 開会 and 閉会), in record order. And the smallest change
// from one such list to the next, so a view can update rows instead of resetting after every commit.
#include "model/Types.h"

#include <QVector>

namespace kiroku {

struct StatementSection
{
    Id agendaItemId = 0;
    QVector<Statement> statements;

    friend bool operator==(const StatementSection &, const StatementSection &) = default;
};

QVector<StatementSection> statementSections(const QVector<Statement> &statements);

// From `before` to `after`: sections [prefix, prefix + oldSections) are replaced by
// [prefix, prefix + newSections); or, when `inSection`, only the rows [row, row + oldRows) of section
// `prefix` become [row, row + newRows) (the section keeps its place and agenda item).
struct SectionDiff
{
    bool inSection = false;
    int prefix = 0;
    int oldSections = 0;
    int newSections = 0;
    int row = 0;
    int oldRows = 0;
    int newRows = 0;

    bool isEmpty() const
    {
        return inSection ? oldRows == 0 && newRows == 0 : oldSections == 0 && newSections == 0;
    }
};

SectionDiff diffSections(const QVector<StatementSection> &before, const QVector<StatementSection> &after);

} // namespace kiroku
