#pragma once
// The archive's schema as numbered migration steps. Each step is applied in its own transaction and
// records the new version in kiroku_meta; a step is never edited once released, only followed.
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace kiroku {

struct Dialect;

struct Migration
{
    int version = 0;
    QString description;
    QStringList statements; // may contain {ID} and {BLOB}, filled in by the dialect
};

class Schema
{
public:
    static constexpr int currentVersion = 10;
    static const QVector<Migration> &migrations();
    // Applies every step above the archive's version up to `target` (current by default).
    static void migrate(const QSqlDatabase &db, const Dialect &dialect, int target = currentVersion);
    // 0 for a database without Kiroku's meta table.
    static int versionOf(const QSqlDatabase &db);
    static bool hasMetaTable(const QSqlDatabase &db);
    static const QString formatName; // "kiroku-archive"
};

} // namespace kiroku
