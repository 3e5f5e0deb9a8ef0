#include "backup/RestoreDialog.h"

#include "archive/Backup.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

RestoreDialog::RestoreDialog(const QString &archivePath, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(u"restoreDialog"_s);
    setWindowTitle(tr("Restore from Backup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Backups of %1, newest first. The archive as it is now is kept beside it "
                                "(.before-restore- with the date and time), as are those replaced by earlier "
                                "restores.")
                                 .arg(QDir::toNativeSeparators(QFileInfo(archivePath).fileName())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setObjectName(u"backupList"_s);
    for (const QString &file : Backup::list(archivePath)) {
        auto *item = new QListWidgetItem(describe(file), m_list);
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Restore"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(480, 320);
}

QString RestoreDialog::describe(const QString &backupPath)
{
    const QFileInfo info(backupPath);
    return tr("%1 — %2").arg(QLocale().toString(info.lastModified(), QLocale::ShortFormat),
                             QLocale().formattedDataSize(info.size()));
}

QString RestoreDialog::selectedBackup() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString RestoreDialog::selectedLabel() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->text() : QString();
}

} // namespace kiroku::ui
