#pragma once
// File ▸ Restore from Backup…: the archive's backup generations, newest first, with their date and
// size. Only chooses; BackupController restores.
#include <QDialog>

class QListWidget;

namespace kiroku::ui {

class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreDialog(const QString &archivePath, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QString selectedBackup() const;
    QString selectedLabel() const; // the date and size shown for it

    // "2026年11月23日 13:05 — 12.3 MB" style line for a backup file.
    static QString describe(const QString &backupPath);

private:
    QListWidget *m_list;
};

} // namespace kiroku::ui
