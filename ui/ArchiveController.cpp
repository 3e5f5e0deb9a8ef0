#include "ArchiveController.h"

#include "commands/CouncilCommands.h"
#include "io/DemoArchive.h"
#include "store/JournalCheck.h"
#include "store/StoreError.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMetaMethod>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {
const QString lastArchiveKey = u"archive/last"_s;
const QString suffix = u"kiroku"_s;
} // namespace

ArchiveController::ArchiveController(QWidget *window)
    : QObject(window)
    , m_window(window)
{}

ArchiveController::~ArchiveController() = default;

QString ArchiveController::path() const
{
    return m_document ? m_document->archive().path() : QString();
}

QString ArchiveController::demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo.kiroku"_s;
}

bool ArchiveController::open(const QString &path, bool create)
{
    // A big archive opens at once: its check runs afterwards on another thread (BackupController),
    // which refuses edits meanwhile. A small one is checked here, in well under a second.
    const QFileInfo info(path);
    const bool defer = info.exists() && info.size() > m_deferCheckAbove;
    Archive::Opened opened =
        Archive::open(path, create ? Archive::OpenMode::CreateIfMissing : Archive::OpenMode::MustExist,
                      defer ? Archive::IntegrityCheck::Deferred : Archive::IntegrityCheck::Always);
    // An interrupted restore was finished or undone on the way (docs/backup.md).
    if (!opened.recovered.isEmpty())
        Q_EMIT notice(opened.recovered);
    if (opened.problem == Archive::Problem::DamagedJournal && !opened.damagedCopy.isEmpty())
        return openWithDamagedJournal(info.absoluteFilePath(), opened.message);
    if (!opened.archive) {
        // A damaged archive: BackupController names the last good backup and offers it.
        if (opened.problem == Archive::Problem::Corrupt &&
            isSignalConnected(QMetaMethod::fromSignal(&ArchiveController::damaged)))
            Q_EMIT damaged(info.absoluteFilePath(), opened.message);
        else
            QMessageBox::warning(m_window, tr("Cannot Open Archive"), opened.message);
        return false;
    }
    // A migration has just checked the file.
    install(std::move(opened.archive), defer && opened.migratedFrom < 0);
    if (opened.migratedFrom >= 0)
        Q_EMIT notice(tr("The archive was updated to the current version; the previous file was kept as %1.")
                          .arg(QDir::toNativeSeparators(opened.upgradeBackup)));
    return true;
}

bool ArchiveController::openWithDamagedJournal(const QString &path, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Damaged Journal"), message, QMessageBox::Cancel, m_window);
    QPushButton *without = box.addButton(tr("Open Without the Damaged Part"), QMessageBox::AcceptRole);
    QPushButton *restore = nullptr;
    if (isSignalConnected(QMetaMethod::fromSignal(&ArchiveController::damaged)))
        restore = box.addButton(tr("Restore a Backup…"), QMessageBox::ActionRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (restore && box.clickedButton() == restore) {
        Q_EMIT damaged(path, message);
        return false;
    }
    if (box.clickedButton() != without)
        return false;
    try {
        JournalCheck::dropDamagedTail(path); // the copy was kept when the damage was found
    } catch (const StoreError &error) {
        QMessageBox::warning(m_window, tr("Cannot Open Archive"), error.message());
        return false;
    }
    return open(path);
}

bool ArchiveController::openDemo()
{
    const QString path = demoPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    Archive::Opened opened = Archive::open(path, Archive::OpenMode::CreateIfMissing);
    if (!opened.archive) {
        QMessageBox::warning(m_window, tr("Cannot Open Archive"), opened.message);
        return false;
    }
    try {
        if (opened.archive->isEmpty())
            DemoArchive::write(opened.archive->database());
    } catch (const StoreError &error) {
        QMessageBox::warning(m_window, tr("Cannot Open Archive"),
                             tr("The demo council could not be written: %1").arg(error.message()));
        return false;
    }
    install(std::move(opened.archive), false);
    return true;
}

void ArchiveController::close()
{
    if (!m_document)
        return;
    Q_EMIT documentAboutToChange();
    m_document.reset();
    m_checkDeferred = false;
    Q_EMIT documentChanged(nullptr);
}

void ArchiveController::install(std::unique_ptr<Archive> archive, bool checkDeferred)
{
    auto document = std::make_unique<Document>(std::move(archive));
    Q_EMIT documentAboutToChange();
    m_document = std::move(document); // the previous document (and its undo stack) goes here
    m_checkDeferred = checkDeferred;
    QSettings().setValue(lastArchiveKey, m_document->archive().path());
    Q_EMIT documentChanged(m_document.get());
}

QString ArchiveController::dialogFolder() const
{
    const QString current = path();
    if (!current.isEmpty() && current != demoPath())
        return QFileInfo(current).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

bool ArchiveController::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Archive"), dialogFolder(),
                                                      tr("Kiroku archives (*.kiroku);;All files (*)"));
    return !path.isEmpty() && open(path);
}

bool ArchiveController::newWithDialog()
{
    QString path = QFileDialog::getSaveFileName(m_window, tr("New Archive"), dialogFolder(),
                                                tr("Kiroku archives (*.kiroku)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    return create(path);
}

bool ArchiveController::create(const QString &path)
{
    // Never replace an existing file: it may be another council's whole history.
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(m_window, tr("New Archive"),
                             tr("%1 already exists. Choose another name, or open it with Open Archive.")
                                 .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!open(path, true))
        return false;
    // A new archive starts with one council to fill in; creating it is not an undoable step.
    Council council;
    council.name = tr("New council");
    m_document->push(new AddCouncilCommand(m_document.get(), council));
    m_document->undoStack()->clear();
    return true;
}

} // namespace kiroku::ui
