#pragma once
// The reports register and the subcommittees of a council, as `kiroku consultations --reports` and
// `--subcommittees` print them.
#include "model/Types.h"

#include <QSqlDatabase>
#include <QTextStream>

namespace kiroku::cli {

void printReports(const QSqlDatabase &db, const Council &council, QTextStream &out);
void printSubcommittees(const QSqlDatabase &db, const Council &council, QTextStream &out);

} // namespace kiroku::cli
