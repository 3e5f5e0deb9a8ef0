#pragma once
// SQLite-only statements of the schema steps (triggers, FTS5), used by the SQLite dialect.
#include <QStringList>

namespace kiroku {

// Version 4: sealed records read-only below the repositories (docs/sealing.md) and the trigram
// full-text index over the search source table (docs/search.md).
QStringList sqliteSchemaVersion4();
// Version 5: a sealed meeting's material file history read-only too.
QStringList sqliteSchemaVersion5();
// Version 8: the search's change marks safe under foreign-key actions, and PIA findings and questions
// in the search.
QStringList sqliteSchemaVersion8();
// Version 9: stored files are never updated: their bytes are what seals and packets vouch for.
QStringList sqliteSchemaVersion9();

} // namespace kiroku
