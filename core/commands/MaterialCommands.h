#pragma once
// Undoable edits of a meeting's materials (資料) and their PDF files. A file is checked (a PDF, not
// encrypted, not damaged, with pages) before it is stored; see packet/PdfInspect.h.
#include "commands/Document.h"
#include "model/Types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUndoCommand>

namespace kiroku {

struct MaterialFile
{
    QByteArray data;
    QString fileName; // without the folder
    int pageCount = 0;
    QString error; // names the file and the problem; empty when it can be stored
};

// Reads and checks a material file from disk.
MaterialFile readMaterialFile(const QString &path);

// Adds a material with its (checked) file.
class AddMaterialCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::MaterialCommands)
public:
    AddMaterialCommand(Document *document, Material material, MaterialFile file,
                       QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    const Material &material() const { return m_material; }

private:
    Document *m_document;
    Material m_material;
    MaterialFile m_file;
};

// Gives a material a new file. The old file stays stored in the archive (files are kept by hash) and
// is listed in the material's file history; undo points the material back at it.
class ReplaceMaterialFileCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::MaterialCommands)
public:
    ReplaceMaterialFileCommand(Document *document, Material before, MaterialFile file,
                               QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Material m_before;
    Material m_after;
    MaterialFile m_file;
    QDateTime m_at;             // when the clerk replaced it, kept across undo and redo
    MaterialFileVersion m_kept; // the old file's place in the history, set by redo
};

// Changes a material's fields (label, title, agenda item, distribution, public or not). The file
// goes through ReplaceMaterialFileCommand.
class EditMaterialCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::MaterialCommands)
public:
    EditMaterialCommand(Document *document, Material before, Material after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Material m_before;
    Material m_after;
};

// Takes a material off the meeting. Its file stays stored; undo brings the material back with its id.
class RemoveMaterialCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::MaterialCommands)
public:
    RemoveMaterialCommand(Document *document, Material material, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Material m_material;
    QVector<MaterialFileVersion> m_history; // brought back with the material on undo
};

// Puts a meeting's materials in a new order: `order` lists their ids, first to last (positions
// 0, 1, 2 …). Materials left out keep their place after the listed ones.
class ReorderMaterialsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::MaterialCommands)
public:
    ReorderMaterialsCommand(Document *document, Id meetingId, QVector<Id> order,
                            QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Document *m_document;
    Id m_meetingId;
    QVector<Id> m_order;
    QVector<Material> m_before; // read at the first redo
};

// The label a new material of the meeting gets: 資料N after the highest 資料N already there.
QString nextMaterialLabel(const QVector<Material> &materials);

} // namespace kiroku
