#pragma once
#include <QStringList>
#include <QTextStream>

namespace kiroku::cli {

// kiroku recover-journal --archive FILE: the clerk's choice after a damaged WAL was found
// (store/JournalCheck.h): keep a copy, cut the WAL after its last good commit, open what remains.
int recoverJournalCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace kiroku::cli
