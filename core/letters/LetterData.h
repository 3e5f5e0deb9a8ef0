#pragma once
// What a letter is made of, read once through the repositories (internal to core/letters): the
// placeholder values, the line lists (agenda, materials) and the generated tables by part name.
#include "letters/Letter.h"

namespace kiroku::letters {

struct LetterTable
{
    QString label;          // a name for the table (accessibility, tests)
    QStringList head;       // column titles
    QVector<double> widths; // percent per column
    QVector<QStringList> rows;
};

struct LetterData
{
    QHash<QString, QString> values;
    QStringList agenda;
    QStringList materials;
    QHash<QString, LetterTable> tables; // history, checklist, questions, changes, opinions
    QStringList findings;               // lines of the "findings" part
    QString title;
    QString author;
};

// Fills the council's placeholders (municipality, council, councilShort, chair on `on`).
void fillCouncil(LetterData &d, const Council &council, const QVector<Member> &members, QDate on);
// A date as printed in letters: 令和8年4月1日.
QString letterDate(QDate date);

// The inspection result sheet and the 答申 paragraph of a PIA evaluation (PiaLetter.cpp).
std::optional<LetterData> loadPiaLetter(const QSqlDatabase &db, const LetterRequest &request, QString *error);

} // namespace kiroku::letters
