#pragma once
// File History… of the Materials tab: the files a material had before its current one (oldest first,
// then the current file), each openable in the viewer from the archive's stored bytes.
#include "model/Types.h"

#include <QDialog>

class QPushButton;
class QStandardItemModel;
class QTableView;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class MaterialViewer;

class FileHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    FileHistoryDialog(Document *document, Id materialId, QWidget *parent = nullptr);

    QStandardItemModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Opens the file of `row` (0 = version 1; the last row is the current file) in a viewer; null with
    // the reason shown when it cannot be read.
    MaterialViewer *openRow(int row);

private:
    void reload();

    Document *m_document;
    Id m_materialId;
    Material m_material;
    QVector<MaterialFileVersion> m_history;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QPushButton *m_open;
};

} // namespace kiroku::ui
