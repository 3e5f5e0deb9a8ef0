#pragma once
#include <QByteArray>
#include <QString>

namespace kiroku {

// Writes a whole file through a temporary name and an atomic rename (QSaveFile): a reader never sees
// half a file, and an existing file is kept when writing fails. Returns an empty string on success,
// else a message for the clerk.
QString writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace kiroku
