#pragma once
#include "model/Types.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace kiroku {

// Materials (資料) of a meeting and the files behind them. Files are stored once per content: two
// materials with identical bytes share one stored_file row.
class MaterialRepository
{
public:
    explicit MaterialRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    QVector<Material> materials(Id meetingId) const; // by position, id
    std::optional<Material> material(Id id) const;
    Id insert(const Material &material); // keeps material.id when it is set
    void update(const Material &material);
    void remove(Id id);

    // The files the material had before its current one, oldest first.
    QVector<MaterialFileVersion> fileHistory(Id materialId) const;
    // Keeps the material's current file in its history (as the next version) before it is replaced.
    MaterialFileVersion keepCurrentFile(const Material &material, const QDateTime &at);
    void insertFileVersion(const MaterialFileVersion &version);
    void removeFileVersion(Id materialId, int version);

    // Stores the bytes, or finds them already stored, and gives the file's id.
    Id storeFile(const QByteArray &data);
    std::optional<StoredFile> file(Id id) const;
    // Id and sha256 only; data is left empty so listings do not load the blobs.
    std::optional<StoredFile> fileInfo(Id id) const;

private:
    QSqlDatabase m_db;
};

} // namespace kiroku
