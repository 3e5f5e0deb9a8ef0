#pragma once
// The meeting editor's Materials tab: the meeting's materials (資料) in a table edited in place, PDF
// files added with Add… or dropped on the table (each checked first: a bad file is named with its
// problem and nothing is added), Replace File…, Remove, Move Up / Down, a viewer per material and
// Build Packet…. Every change is an undoable command.
#include "model/Types.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class MaterialTableModel;
class FileHistoryDialog;
class MaterialViewer;
class PacketDialog;

class MaterialsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MaterialsPanel(QWidget *parent = nullptr);
    void setDocument(Document *document);
    void setMeeting(Id meetingId);

    MaterialTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The material of the current row; 0 when none.
    Id currentMaterialId() const;
    bool selectMaterial(Id materialId);

    // Adds PDF files as new materials (資料N, titled after the file), each one undoable step; files
    // that fail the checks are listed in one message and not added. Returns how many were added.
    int addFiles(const QStringList &paths, Id agendaItemId = 0);
    // Gives a material a new file (the old one stays in the archive); false when the file is refused.
    bool replaceFile(Id materialId, const QString &path);
    bool removeMaterial(Id materialId);
    // Opens (or raises) the material's viewer; null with the reason shown when it cannot.
    MaterialViewer *openViewer(Id materialId);
    // The files the material had before, each openable (File History…).
    FileHistoryDialog *openFileHistory(Id materialId);
    PacketDialog *openPacketDialog();

    // The last message about refused files or a viewer that could not open; empty after a success.
    QString lastProblem() const { return m_lastProblem; }

private:
    void chooseFiles();
    void chooseReplacement();
    void removeCurrent();
    void moveCurrent(int delta);
    void updateButtons();
    void updateSummary();
    void showProblem(const QString &title, const QString &text);

    QPointer<Document> m_document;
    Id m_meetingId = 0;
    MaterialTableModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
    QPushButton *m_add;
    QPushButton *m_replace;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_open;
    QPushButton *m_history;
    QPushButton *m_packet;
    QString m_lastProblem;
    QHash<Id, QPointer<MaterialViewer>> m_viewers;
};

} // namespace kiroku::ui
