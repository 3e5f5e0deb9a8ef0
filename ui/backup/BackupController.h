#pragma once
// Keeps the open archive safe (docs/backup.md): the integrity check on open, run on a worker thread
// while edits are refused; automatic rotating backups when the archive is closed and on the first
// open of a day; File ▸ Back Up Now and Restore from Backup…. The logic here needs no dialog (tests
// call it directly); the dialogs only ask.
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QThread;
class QTimer;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class MainWindow;

class BackupController : public QObject
{
    Q_OBJECT
public:
    enum class Check
    {
        None,    // no archive, or one that needed no check (new, just migrated)
        Pending, // running; edits are refused meanwhile
        Passed,
        Failed // the archive was closed; nothing was written to it
    };
    using Clock = std::function<QDateTime()>;

    explicit BackupController(MainWindow *window);
    ~BackupController() override;

    // For tests: the time that decides whether the daily backup is due.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // False: no message boxes (tests); the outcome is in the signals and accessors.
    void setInteractive(bool interactive) { m_interactive = interactive; }

    // How many automatic backups are kept (a setting; Backup::defaultGenerations by default).
    static int generations();
    static void setGenerations(int generations);

    Check checkState() const { return m_check; }
    QString checkProblem() const { return m_problem; }
    // The newest backup that passes the check, found when the archive failed its own.
    QString lastGoodBackup() const { return m_lastGood; }

    // Writes a backup of the open archive and rotates; the file written, or empty (reported).
    QString backUpNow();
    // The newest backup is from an earlier day than the clock's (or there is none).
    bool dailyDue() const;
    // Replaces the archive with the backup (the archive is closed first, without a backup of its own;
    // core keeps the replaced file as NAME.before-restore-YYYYMMDD-HHMMSS, the status bar names it) and
    // opens it again. Empty on success,
    // else what went wrong; the archive is then reopened as it was, when it can be.
    QString restore(const QString &backupFile);
    // The archive path of the last document, kept while a damaged archive is closed.
    QString archivePath() const { return m_path; }

    void restoreWithDialog();
    void chooseGenerations();

Q_SIGNALS:
    void checkFinished(bool sound, const QString &problem);
    void backedUp(const QString &file);

private:
    void addActions();
    void documentChanged(Document *document);
    void aboutToClose();
    void startCheck(const QString &path);
    void checkDone(const QString &path, const QString &problem);
    void failed(const QString &path, const QString &problem);
    void reportDamage();
    void backUpIfDue();
    bool changedSinceLastBackup() const;
    void notify(const QString &message);
    bool eventFilter(QObject *watched, QEvent *event) override;

    MainWindow *m_window;
    QPointer<Document> m_document;
    QString m_path;
    Check m_check = Check::None;
    QString m_problem;
    QString m_lastGood;
    QPointer<QThread> m_thread;
    QTimer *m_daily;
    Clock m_clock = [] { return QDateTime::currentDateTime(); };
    bool m_interactive = true;
    bool m_restoring = false;
    qint64 m_changesAtBackup = -1; // Archive::changeCount() at open or at the last backup
};

} // namespace kiroku::ui
