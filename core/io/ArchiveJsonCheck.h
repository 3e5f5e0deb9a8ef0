#pragma once
// The check of an archive export before import (docs/archive-json.md): every field of every row against
// its column's rule (type, enumeration key, date, time, text without control characters or lone
// surrogates, base64 and SHA-256 of stored files), unique ids and keys, and every reference to a row of the
// file. It writes nothing; the import starts only when it found no problem, so a refused file leaves the
// archive untouched and the message names each problem's place
// ("councils[0].meetings[2].statements[14].text").
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace kiroku {

// One level of the document: a JSON key, the table behind it, the column that points at the parent
// row (implied by nesting, so not written) and the levels below.
struct JsonLevel
{
    QString key;
    QString table;
    QString parentColumn;
    QString orderBy;
    QVector<JsonLevel> children;
};

class ArchiveJsonCheck
{
public:
    // `db` is the archive imported into: its columns are the fields a row may have.
    explicit ArchiveJsonCheck(const QSqlDatabase &db);
    ~ArchiveJsonCheck();
    ArchiveJsonCheck(const ArchiveJsonCheck &) = delete;
    ArchiveJsonCheck &operator=(const ArchiveJsonCheck &) = delete;

    // Checks the rows of one top-level list (absent or null: no rows).
    void checkRows(const JsonLevel &level, const QJsonValue &value, const QString &path);
    // The document's own fields: only `known` keys, and "schema_version" a whole number >= 1.
    void checkTopLevel(const QJsonObject &document, const QStringList &known);
    // Resolves the references collected so far and gives every problem, at most `limit` of them
    // followed by a count of the rest; empty when the document can be imported.
    QStringList problems(int limit = 20);

    // The columns the check has a rule for (empty for a table that is not exported), and whether one may
    // be null: kept in step with the schema by TestArchiveJson. A column without a rule still imports,
    // checked only as a number or a string.
    static QStringList columns(const QString &table);
    static bool nullable(const QString &table, const QString &column);

private:
    struct State;
    std::unique_ptr<State> d;
};

} // namespace kiroku
