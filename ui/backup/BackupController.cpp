#include "backup/BackupController.h"

#include "ArchiveController.h"
#include "MainWindow.h"
#include "archive/Backup.h"
#include "backup/RestoreDialog.h"
#include "commands/Document.h"
#include "store/Archive.h"
#include "store/StoreError.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {
const QString generationsKey = u"backup/generations"_s;
} // namespace

BackupController::BackupController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_daily(new QTimer(this))
{
    setObjectName(u"backupController"_s);
    addActions();
    ArchiveController *archive = window->controller();
    connect(archive, &ArchiveController::documentAboutToChange, this, &BackupController::aboutToClose);
    connect(archive, &ArchiveController::documentChanged, this, &BackupController::documentChanged);
    connect(archive, &ArchiveController::damaged, this, &BackupController::failed);
    window->installEventFilter(this); // the window's close: the last automatic backup
    // A window left open past midnight still gets its daily backup.
    m_daily->setInterval(3600 * 1000);
    connect(m_daily, &QTimer::timeout, this, &BackupController::backUpIfDue);
    m_daily->start();
}

BackupController::~BackupController()
{
    // The check reads the file on its own connection; let it end before the archive goes.
    if (m_thread)
        m_thread->wait();
}

void BackupController::addActions()
{
    QMenu *file = m_window->fileMenu();
    if (!file)
        return;
    QAction *quit = m_window->quitAction();
    auto *backUp = new QAction(tr("&Back Up Now"), m_window);
    backUp->setObjectName(u"actionBackUpNow"_s);
    connect(backUp, &QAction::triggered, this, &BackupController::backUpNow);
    auto *restore = new QAction(tr("&Restore from Backup…"), m_window);
    restore->setObjectName(u"actionRestoreBackup"_s);
    connect(restore, &QAction::triggered, this, &BackupController::restoreWithDialog);
    auto *keep = new QAction(tr("Backup &Generations…"), m_window);
    keep->setObjectName(u"actionBackupGenerations"_s);
    connect(keep, &QAction::triggered, this, &BackupController::chooseGenerations);
    file->insertActions(quit, {backUp, restore, keep});
    file->insertSeparator(quit);
}

int BackupController::generations()
{
    return std::max(1, QSettings().value(generationsKey, Backup::defaultGenerations).toInt());
}

void BackupController::setGenerations(int generations)
{
    QSettings().setValue(generationsKey, std::max(1, generations));
}

void BackupController::notify(const QString &message)
{
    m_window->statusBar()->showMessage(message, 15000);
}

void BackupController::documentChanged(Document *document)
{
    m_document = document;
    if (!document) {
        if (m_check != Check::Failed)
            m_check = Check::None;
        return;
    }
    m_problem.clear();
    m_lastGood.clear();
    m_changesAtBackup = document->archive().changeCount();
    m_path = document->archive().path();
    if (m_window->controller()->checkDeferred()) {
        startCheck(m_path);
    } else {
        m_check = Check::None;
        backUpIfDue();
    }
}

void BackupController::startCheck(const QString &path)
{
    m_check = Check::Pending;
    m_document->blockWrites(tr("The archive is still being checked; try again in a moment."));
    notify(tr("Checking the archive…"));
    auto problem = std::make_shared<QString>();
    // quick_check of a large archive takes seconds: the window stays usable for reading meanwhile.
    QThread *thread = QThread::create([path, problem] { *problem = Archive::checkIntegrity(path); });
    thread->setObjectName(u"integrity-check"_s);
    m_thread = thread;
    connect(thread, &QThread::finished, this, [this, thread, path, problem] {
        thread->deleteLater();
        checkDone(path, *problem);
    });
    thread->start();
}

void BackupController::checkDone(const QString &path, const QString &problem)
{
    if (!m_document || m_document->archive().path() != path || m_check != Check::Pending)
        return; // another archive was opened meanwhile
    if (problem.isEmpty()) {
        m_check = Check::Passed;
        m_document->allowWrites();
        notify(tr("The archive was checked and is sound."));
        Q_EMIT checkFinished(true, {});
        backUpIfDue();
        return;
    }
    m_check = Check::Failed;
    // Closed at once: not a byte more is written to a damaged file (no automatic backup either,
    // which would rotate a good generation out).
    m_window->controller()->close();
    failed(path, tr("The archive %1 is damaged (%2).").arg(QDir::toNativeSeparators(path), problem));
}

void BackupController::failed(const QString &path, const QString &problem)
{
    m_check = Check::Failed;
    m_path = path;
    m_problem = problem;
    m_lastGood = Backup::lastGood(path);
    Q_EMIT checkFinished(false, problem);
    if (m_interactive)
        reportDamage();
}

void BackupController::reportDamage()
{
    const QString text = tr("%1\n\nNothing was written to it; it is closed.").arg(m_problem);
    QMessageBox box(QMessageBox::Critical, tr("Archive Damaged"), text, QMessageBox::NoButton, m_window);
    QPushButton *restoreButton = nullptr;
    if (!m_lastGood.isEmpty()) {
        const QFileInfo backup(m_lastGood);
        box.setInformativeText(
            tr("The last good backup is %1, made %2.\nRestore it? The damaged file is kept beside it as "
               "%3-YYYYMMDD-HHMMSS (the date and time of the restore).")
                .arg(QDir::toNativeSeparators(m_lastGood),
                     QLocale().toString(backup.lastModified(), QLocale::LongFormat),
                     QDir::toNativeSeparators(m_path + u".before-restore"_s)));
        restoreButton = box.addButton(tr("Restore the Backup"), QMessageBox::AcceptRole);
    } else {
        box.setInformativeText(
            tr("No sound backup was found in %1.").arg(QDir::toNativeSeparators(Backup::folderFor(m_path))));
    }
    box.addButton(QMessageBox::Close);
    box.exec();
    if (restoreButton && box.clickedButton() == restoreButton) {
        const QString failure = restore(m_lastGood);
        if (!failure.isEmpty())
            QMessageBox::warning(m_window, tr("Restore from Backup"), failure);
    }
}

bool BackupController::changedSinceLastBackup() const
{
    if (Backup::list(m_path).isEmpty())
        return true;
    try {
        return m_document->archive().changeCount() != m_changesAtBackup;
    } catch (const StoreError &) {
        return true;
    }
}

bool BackupController::dailyDue() const
{
    if (m_path.isEmpty())
        return false;
    const QStringList all = Backup::list(m_path);
    return all.isEmpty() || QFileInfo(all.first()).lastModified().date() < m_clock().date();
}

void BackupController::backUpIfDue()
{
    if (m_document && m_check != Check::Pending && m_check != Check::Failed && dailyDue())
        backUpNow();
}

QString BackupController::backUpNow()
{
    if (!m_document || m_check == Check::Pending || m_check == Check::Failed) {
        notify(tr("No backup: the archive is not open, or not yet checked."));
        return {};
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString written;
    try {
        QList<Backup::Removed> removed;
        written = Backup::writeRotating(m_document->archive(), generations(), &removed);
        m_changesAtBackup = m_document->archive().changeCount();
        qint64 bytes = 0;
        for (const Backup::Removed &file : std::as_const(removed))
            bytes += file.bytes;
        if (removed.isEmpty())
            notify(tr("Backed up to %1.").arg(QDir::toNativeSeparators(written)));
        else
            notify(tr("Backed up to %1; removed %2 left by interrupted backups.")
                       .arg(QDir::toNativeSeparators(written), QLocale().formattedDataSize(bytes)));
    } catch (const StoreError &error) {
        notify(error.message());
    }
    QApplication::restoreOverrideCursor();
    if (!written.isEmpty())
        Q_EMIT backedUp(written);
    return written;
}

void BackupController::aboutToClose()
{
    // Only a sound archive that changed since its newest backup; never while restoring.
    if (m_restoring || !m_document || m_check == Check::Pending || m_check == Check::Failed)
        return;
    if (changedSinceLastBackup())
        backUpNow();
}

bool BackupController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        aboutToClose();
    return QObject::eventFilter(watched, event);
}

QString BackupController::restore(const QString &backupFile)
{
    // A copy: the caller may pass lastGoodBackup(), which reopening the archive clears.
    const QString backupPath = backupFile;
    const QString path = m_path;
    if (path.isEmpty())
        return tr("No archive to restore into.");
    m_restoring = true;
    m_window->controller()->close();
    QString failure;
    QString kept;
    try {
        kept = Backup::restore(path, backupPath);
    } catch (const StoreError &error) {
        failure = error.message();
    }
    m_restoring = false;
    m_check = Check::None;
    if (!m_window->controller()->open(path) && failure.isEmpty())
        failure = tr("The backup was restored, but the archive could not be opened.");
    if (failure.isEmpty() && kept.isEmpty())
        notify(tr("Restored %1.").arg(QDir::toNativeSeparators(backupPath)));
    else if (failure.isEmpty())
        notify(tr("Restored %1; the replaced archive was kept as %2.")
                   .arg(QDir::toNativeSeparators(backupPath), QDir::toNativeSeparators(kept)));
    return failure;
}

void BackupController::restoreWithDialog()
{
    if (m_path.isEmpty())
        return;
    RestoreDialog dialog(m_path, m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedBackup().isEmpty())
        return;
    if (QMessageBox::question(
            m_window, tr("Restore from Backup"),
            tr("Replace the archive with the backup of %1?\nThe current archive is kept beside it as "
               "%2-YYYYMMDD-HHMMSS (the date and time of the restore); those kept by earlier restores stay.")
                .arg(dialog.selectedLabel(), QDir::toNativeSeparators(m_path + u".before-restore"_s))) !=
        QMessageBox::Yes)
        return;
    const QString failure = restore(dialog.selectedBackup());
    if (!failure.isEmpty())
        QMessageBox::warning(m_window, tr("Restore from Backup"), failure);
}

void BackupController::chooseGenerations()
{
    bool ok = false;
    const int n = QInputDialog::getInt(m_window, tr("Backup Generations"),
                                       tr("Automatic backups to keep beside each archive:"), generations(), 1,
                                       365, 1, &ok);
    if (ok)
        setGenerations(n);
}

} // namespace kiroku::ui
