#pragma once
// Which archive the window works on: opening, creating and the demo archive. Owns the Document;
// views learn about a switch through documentAboutToChange / documentChanged. Problems are shown to
// the clerk in a message box (the text comes from Archive) and never end the program.
#include "commands/Document.h"

#include <QObject>
#include <QString>

#include <memory>

class QWidget;

namespace kiroku::ui {

class ArchiveController : public QObject
{
    Q_OBJECT
public:
    explicit ArchiveController(QWidget *window);
    ~ArchiveController() override;

    Document *document() const { return m_document.get(); }
    QString path() const;

    // Opens (or with `create`, creates) an archive; false after telling the clerk why not.
    bool open(const QString &path, bool create = false);
    // Closes the archive (the window shows none); nothing more is written to it.
    void close();
    // The archive was opened without its integrity check, which BackupController runs off the
    // interface thread (Archive::IntegrityCheck::Deferred).
    bool checkDeferred() const { return m_checkDeferred; }
    // Archives larger than this open with the check deferred (tests lower it).
    void setDeferCheckAbove(qint64 bytes) { m_deferCheckAbove = bytes; }
    static constexpr qint64 defaultDeferCheckAbove = 8 * 1024 * 1024;
    // Creates a new archive holding one empty council; refuses to touch an existing file.
    bool create(const QString &path);
    // The demo archive in the application data folder, written on first use.
    bool openDemo();
    static QString demoPath();

    // File menu: ask for a file, then open or create it. False when cancelled or refused.
    bool openWithDialog();
    bool newWithDialog();

Q_SIGNALS:
    void documentAboutToChange();
    void documentChanged(kiroku::Document *document);
    void notice(const QString &message); // for the status bar
    // Opening found the archive damaged (checked on open); it was left untouched.
    void damaged(const QString &path, const QString &problem);

private:
    // A damaged WAL (store/JournalCheck.h): the clerk opens without the damaged part or restores.
    bool openWithDamagedJournal(const QString &path, const QString &message);

    void install(std::unique_ptr<Archive> archive, bool checkDeferred);
    QString dialogFolder() const;

    QWidget *m_window;
    std::unique_ptr<Document> m_document;
    bool m_checkDeferred = false;
    qint64 m_deferCheckAbove = defaultDeferCheckAbove;
};

} // namespace kiroku::ui
