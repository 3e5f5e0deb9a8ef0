#include "commands/MaterialCommands.h"

#include "packet/PdfInspect.h"
#include "store/MaterialRepository.h"
#include "store/Sql.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiroku {

MaterialFile readMaterialFile(const QString &path)
{
    MaterialFile file;
    file.fileName = QFileInfo(path).fileName();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        file.error = QCoreApplication::translate("kiroku::MaterialCommands", "Cannot read %1: %2")
                         .arg(file.fileName, in.errorString());
        return file;
    }
    file.data = in.readAll();
    const packet::PdfInspection inspection = packet::inspectPdf(file.data, file.fileName);
    file.error = inspection.error;
    file.pageCount = inspection.pageCount;
    if (!file.error.isEmpty())
        file.data.clear();
    return file;
}

AddMaterialCommand::AddMaterialCommand(Document *document, Material material, MaterialFile file,
                                       QUndoCommand *parent)
    : QUndoCommand(tr("Add material %1").arg(material.label), parent)
    , m_document(document)
    , m_material(std::move(material))
    , m_file(std::move(file))
{
    m_material.fileName = m_file.fileName;
    m_material.pageCount = m_file.pageCount;
}

void AddMaterialCommand::redo()
{
    if (!m_file.error.isEmpty()) {
        setObsolete(true);
        m_document->reportFailure(m_file.error);
        return;
    }
    const bool ok = m_document->attempt(this, [&] {
        MaterialRepository repository(m_document->database());
        m_material.fileId = repository.storeFile(m_file.data);
        m_material.id = repository.insert(m_material);
    });
    if (ok)
        Q_EMIT m_document->materialsChanged(m_material.meetingId);
}

void AddMaterialCommand::undo()
{
    const bool ok =
        m_document->attempt(this, [&] { MaterialRepository(m_document->database()).remove(m_material.id); });
    if (ok)
        Q_EMIT m_document->materialsChanged(m_material.meetingId);
}

ReplaceMaterialFileCommand::ReplaceMaterialFileCommand(Document *document, Material before, MaterialFile file,
                                                       QUndoCommand *parent)
    : QUndoCommand(tr("Replace the file of %1").arg(before.label), parent)
    , m_document(document)
    , m_before(before)
    , m_after(std::move(before))
    , m_file(std::move(file))
    , m_at(QDateTime::currentDateTime())
{
    m_after.fileName = m_file.fileName;
    m_after.pageCount = m_file.pageCount;
}

void ReplaceMaterialFileCommand::redo()
{
    if (!m_file.error.isEmpty()) {
        setObsolete(true);
        m_document->reportFailure(m_file.error);
        return;
    }
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        MaterialRepository repository(db);
        sql::Transaction transaction(db);
        m_after.fileId = repository.storeFile(m_file.data);
        if (m_before.fileId != 0)
            m_kept = repository.keepCurrentFile(m_before, m_at);
        repository.update(m_after);
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->materialsChanged(m_after.meetingId);
}

void ReplaceMaterialFileCommand::undo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        MaterialRepository repository(db);
        sql::Transaction transaction(db);
        if (m_kept.version > 0)
            repository.removeFileVersion(m_kept.materialId, m_kept.version);
        repository.update(m_before);
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->materialsChanged(m_before.meetingId);
}

EditMaterialCommand::EditMaterialCommand(Document *document, Material before, Material after,
                                         QUndoCommand *parent)
    : QUndoCommand(tr("Edit material %1").arg(after.label), parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void EditMaterialCommand::redo()
{
    if (m_document->attempt(this, [&] { MaterialRepository(m_document->database()).update(m_after); }))
        Q_EMIT m_document->materialsChanged(m_after.meetingId);
}

void EditMaterialCommand::undo()
{
    if (m_document->attempt(this, [&] { MaterialRepository(m_document->database()).update(m_before); }))
        Q_EMIT m_document->materialsChanged(m_before.meetingId);
}

RemoveMaterialCommand::RemoveMaterialCommand(Document *document, Material material, QUndoCommand *parent)
    : QUndoCommand(tr("Remove material %1").arg(material.label), parent)
    , m_document(document)
    , m_material(std::move(material))
{}

void RemoveMaterialCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        MaterialRepository repository(m_document->database());
        m_history = repository.fileHistory(m_material.id); // goes with the row (ON DELETE CASCADE)
        repository.remove(m_material.id);
    });
    if (ok)
        Q_EMIT m_document->materialsChanged(m_material.meetingId);
}

void RemoveMaterialCommand::undo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        MaterialRepository repository(db);
        sql::Transaction transaction(db);
        repository.insert(m_material);
        for (const MaterialFileVersion &version : std::as_const(m_history))
            repository.insertFileVersion(version);
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->materialsChanged(m_material.meetingId);
}

ReorderMaterialsCommand::ReorderMaterialsCommand(Document *document, Id meetingId, QVector<Id> order,
                                                 QUndoCommand *parent)
    : QUndoCommand(tr("Reorder materials"), parent)
    , m_document(document)
    , m_meetingId(meetingId)
    , m_order(std::move(order))
{}

void ReorderMaterialsCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        MaterialRepository repository(db);
        sql::Transaction transaction(db);
        const QVector<Material> current = repository.materials(m_meetingId);
        if (m_before.isEmpty())
            m_before = current;
        QVector<Material> ordered;
        for (const Id id : std::as_const(m_order)) {
            const auto found =
                std::find_if(current.begin(), current.end(), [id](const Material &m) { return m.id == id; });
            if (found != current.end())
                ordered.append(*found);
        }
        for (const Material &m : current) {
            if (!m_order.contains(m.id))
                ordered.append(m);
        }
        for (qsizetype i = 0; i < ordered.size(); ++i) {
            if (ordered[i].position != int(i)) {
                ordered[i].position = int(i);
                repository.update(ordered[i]);
            }
        }
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->materialsChanged(m_meetingId);
}

void ReorderMaterialsCommand::undo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        MaterialRepository repository(db);
        sql::Transaction transaction(db);
        for (const Material &m : std::as_const(m_before))
            repository.update(m);
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->materialsChanged(m_meetingId);
}

QString nextMaterialLabel(const QVector<Material> &materials)
{
    // 資料3, 資料10-1 → the next is 資料11; sub-numbers belong to their parent.
    static const QRegularExpression numbered(u"^資料\\s*(\\d+)"_s);
    int highest = 0;
    for (const Material &m : materials) {
        const QRegularExpressionMatch match =
            numbered.match(m.label.normalized(QString::NormalizationForm_KC));
        if (match.hasMatch())
            highest = qMax(highest, match.captured(1).toInt());
    }
    return u"資料%1"_s.arg(highest + 1);
}

} // namespace kiroku
