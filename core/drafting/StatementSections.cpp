#include "drafting/StatementSections.h"

namespace kiroku {

QVector<StatementSection> statementSections(const QVector<Statement> &statements)
{
    QVector<StatementSection> sections;
    for (const Statement &s : statements) {
        if (sections.isEmpty() || sections.constLast().agendaItemId != s.agendaItemId)
            sections.append(StatementSection{s.agendaItemId, {}});
        sections.last().statements.append(s);
    }
    return sections;
}

SectionDiff diffSections(const QVector<StatementSection> &before, const QVector<StatementSection> &after)
{
    SectionDiff diff;
    const int oldCount = int(before.size());
    const int newCount = int(after.size());
    int prefix = 0;
    while (prefix < oldCount && prefix < newCount && before.at(prefix) == after.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < oldCount - prefix && suffix < newCount - prefix &&
           before.at(oldCount - 1 - suffix) == after.at(newCount - 1 - suffix))
        ++suffix;
    diff.prefix = prefix;
    diff.oldSections = oldCount - prefix - suffix;
    diff.newSections = newCount - prefix - suffix;
    if (diff.oldSections == 1 && diff.newSections == 1 &&
        before.at(prefix).agendaItemId == after.at(prefix).agendaItemId) {
        const QVector<Statement> &a = before.at(prefix).statements;
        const QVector<Statement> &b = after.at(prefix).statements;
        const int na = int(a.size());
        const int nb = int(b.size());
        int head = 0;
        while (head < na && head < nb && a.at(head) == b.at(head))
            ++head;
        int tail = 0;
        while (tail < na - head && tail < nb - head && a.at(na - 1 - tail) == b.at(nb - 1 - tail))
            ++tail;
        diff.inSection = true;
        diff.row = head;
        diff.oldRows = na - head - tail;
        diff.newRows = nb - head - tail;
    }
    return diff;
}

} // namespace kiroku
