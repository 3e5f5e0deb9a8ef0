#pragma once
#include <QStringList>
#include <QTextStream>

namespace kiroku::cli {

// kiroku backup --archive FILE [-o FILE | --rotate N]: a consistent copy of the whole archive.
int backupCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);
// kiroku restore --archive FILE BACKUP: the archive replaced by a checked backup (old one kept).
int restoreCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

// What to say after "the archive is damaged": the newest sound backup and how to restore it.
QString recoveryHint(const QString &archivePath);

} // namespace kiroku::cli
