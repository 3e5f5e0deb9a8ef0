#include "commands/MaterialCommands.h"

#include "packet/PdfInspect.h"
#include "store/MaterialRepository.h"

#include <QFile>
#include <QFileInfo>

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
        Q_EMIT m_document->meetingChanged(m_material.meetingId);
}

void AddMaterialCommand::undo()
{
    const bool ok =
        m_document->attempt(this, [&] { MaterialRepository(m_document->database()).remove(m_material.id); });
    if (ok)
        Q_EMIT m_document->meetingChanged(m_material.meetingId);
}

ReplaceMaterialFileCommand::ReplaceMaterialFileCommand(Document *document, Material before, MaterialFile file,
                                                       QUndoCommand *parent)
    : QUndoCommand(tr("Replace the file of %1").arg(before.label), parent)
    , m_document(document)
    , m_before(before)
    , m_after(std::move(before))
    , m_file(std::move(file))
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
        MaterialRepository repository(m_document->database());
        m_after.fileId = repository.storeFile(m_file.data);
        repository.update(m_after);
    });
    if (ok)
        Q_EMIT m_document->meetingChanged(m_after.meetingId);
}

void ReplaceMaterialFileCommand::undo()
{
    const bool ok =
        m_document->attempt(this, [&] { MaterialRepository(m_document->database()).update(m_before); });
    if (ok)
        Q_EMIT m_document->meetingChanged(m_before.meetingId);
}

} // namespace kiroku
