#include "signing/SigningDialogs.h"

#include "archive/Sealing.h"
#include "commands/Document.h"
#include "signing/SignatureModel.h"
#include "signing/SignaturePad.h"
#include "store/SealRepository.h"

#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

SignDialog::SignDialog(const QString &signerName, QWidget *parent)
    : QDialog(parent)
    , m_pad(new SignaturePad(this))
{
    setObjectName(u"signDialog"_s);
    setWindowTitle(tr("Sign the Record"));
    auto *intro = new QLabel(tr("%1 signs below with a pen or the mouse.").arg(signerName), this);
    intro->setWordWrap(true);
    auto *undo = new QPushButton(tr("&Undo Stroke"), this);
    undo->setObjectName(u"undoStrokeButton"_s);
    undo->setShortcut(QKeySequence::Undo);
    undo->setToolTip(tr("Take back the last stroke (Ctrl+Z)"));
    auto *clear = new QPushButton(tr("C&lear"), this);
    clear->setObjectName(u"clearPadButton"_s);
    auto *buttons = okCancel(this, tr("&Sign"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"signOkButton"_s);
    connect(undo, &QPushButton::clicked, m_pad, &SignaturePad::undoStroke);
    connect(clear, &QPushButton::clicked, m_pad, &SignaturePad::clear);
    const auto update = [this, undo, clear] {
        m_ok->setEnabled(!m_pad->isEmpty());
        undo->setEnabled(!m_pad->isEmpty());
        clear->setEnabled(!m_pad->isEmpty());
    };
    connect(m_pad, &SignaturePad::changed, this, update);
    update();

    auto *tools = new QHBoxLayout;
    tools->addWidget(undo);
    tools->addWidget(clear);
    tools->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_pad, 1);
    layout->addLayout(tools);
    layout->addWidget(buttons);
    m_pad->setFocus();
}

QByteArray SignDialog::strokesJson() const
{
    return m_pad->strokes().toJson();
}

PaperSignatureDialog::PaperSignatureDialog(const QString &signerName, QWidget *parent)
    : QDialog(parent)
    , m_when(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_file(new QLabel(this))
{
    setObjectName(u"paperSignatureDialog"_s);
    setWindowTitle(tr("Signed on Paper"));
    auto *intro = new QLabel(
        tr("%1 signed the printed record. Attach the scanned signature page; it is kept with the record.")
            .arg(signerName),
        this);
    intro->setWordWrap(true);
    m_when->setObjectName(u"paperSignedAt"_s);
    m_when->setCalendarPopup(true);
    m_when->setMaximumDateTime(QDateTime::currentDateTime().addSecs(3600)); // signed, not to be signed
    m_when->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    auto *attach = new QPushButton(tr("&Attach Scan…"), this);
    attach->setObjectName(u"attachScanButton"_s);
    connect(attach, &QPushButton::clicked, this, &PaperSignatureDialog::chooseScan);
    m_file->setObjectName(u"scanFileLabel"_s);
    m_file->setText(tr("No scan attached yet."));
    m_file->setWordWrap(true);
    // Not "&Record": that is the Record menu (会議録(&R)), which the button then read as.
    auto *buttons = okCancel(this, tr("&Record Signature"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);

    auto *form = new QFormLayout;
    auto *whenLabel = new QLabel(tr("Signed &on:"), this);
    whenLabel->setBuddy(m_when);
    form->addRow(whenLabel, m_when);
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(attach);
    scanRow->addWidget(m_file, 1);
    form->addRow(tr("Scanned page:"), scanRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QDateTime PaperSignatureDialog::signedAt() const
{
    return m_when->dateTime();
}

bool PaperSignatureDialog::attachScan(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0) {
        m_file->setText(tr("Cannot read %1: %2").arg(name, file.errorString()));
        m_scan.clear();
        m_ok->setEnabled(false);
        return false;
    }
    m_scan = file.readAll();
    m_file->setText(tr("%1 (%2 KB)").arg(name).arg((m_scan.size() + 1023) / 1024));
    m_ok->setEnabled(true);
    return true;
}

void PaperSignatureDialog::chooseScan()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach the Scanned Page"), {},
                                                      tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"));
    if (!path.isEmpty())
        attachScan(path);
}

DesignateDialog::DesignateDialog(const QVector<Member> &candidates, const QVector<Id> &current,
                                 int signerCount, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_count(new QLabel(this))
    , m_signerCount(signerCount)
{
    setObjectName(u"designateDialog"_s);
    setWindowTitle(tr("Designate Signers"));
    auto *intro = new QLabel(
        tr("The members the chair designated at the meeting to sign its record (the council has %n "
           "signer(s)). Space checks a member.",
           nullptr, signerCount),
        this);
    intro->setWordWrap(true);
    m_list->setObjectName(u"designateList"_s);
    m_list->setAccessibleName(tr("Members"));
    // The current signers first, in their order; then the others in the council's order.
    QVector<Member> ordered;
    for (Id id : current) {
        for (const Member &m : candidates) {
            if (m.id == id)
                ordered.append(m);
        }
    }
    for (const Member &m : candidates) {
        if (!current.contains(m.id))
            ordered.append(m);
    }
    for (const Member &m : std::as_const(ordered)) {
        auto *item = new QListWidgetItem(m.name, m_list);
        item->setData(Qt::UserRole, m.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(current.contains(m.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setCurrentRow(0);
    auto *buttons = okCancel(this, tr("&Designate"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(m_list, &QListWidget::itemChanged, this, &DesignateDialog::update);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    update();
}

QVector<Id> DesignateDialog::chosen() const
{
    QVector<Id> ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids.append(m_list->item(row)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void DesignateDialog::update()
{
    const int count = int(chosen().size());
    m_count->setText(tr("%1 of %2 chosen.").arg(count).arg(m_signerCount));
    m_ok->setEnabled(count > 0);
}

QString askCorrectionReason(QWidget *parent, const QString &meetingName)
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        parent, QCoreApplication::translate("kiroku::ui::SigningDialogs", "Correct the Record"),
        QCoreApplication::translate("kiroku::ui::SigningDialogs",
                                    "Why is the sealed record of %1 corrected (正誤)?\nThe sealed version is "
                                    "kept, and the record reopens as its next version to be signed again.")
            .arg(meetingName),
        {}, &ok);
    return ok ? reason.trimmed() : QString();
}

VersionsDialog::VersionsDialog(Document *document, Id meetingId, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(u"versionsDialog"_s);
    setWindowTitle(tr("Versions of the Record"));
    m_table->setObjectName(u"versionsTable"_s);
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Version"), tr("Sealed"), tr("Integrity"), tr("Correction"), tr("Content hash")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *head = new QLabel(this);
    head->setObjectName(u"chainHeadLabel"_s);
    head->setTextInteractionFlags(Qt::TextSelectableByMouse);
    head->setWordWrap(true);
    try {
        const QSqlDatabase db = document->database();
        const SealRepository seals(db);
        const MeetingSealState state = seals.state(meetingId);
        const VerifyReport report = Sealing::verify(db);
        const QVector<RecordVersion> kept = seals.versions(meetingId);
        m_table->setRowCount(state.recordVersion);
        for (int version = 1; version <= state.recordVersion; ++version) {
            const int row = version - 1;
            const auto seal = seals.entry(meetingId, version);
            QStringList problems;
            for (const SealMismatch &m : report.mismatches) {
                if (m.meetingId == meetingId && m.recordVersion == version)
                    problems << m.detail;
            }
            // In words first (改ざんなし / 改ざんあり); the hash is for whoever checks it by hand.
            QString verifies = !seal                ? tr("Not sealed")
                               : problems.isEmpty() ? tr("Not altered (verified)")
                                                    : tr("ALTERED since sealing");
            QString correction;
            for (const RecordVersion &v : kept) {
                if (v.version == version)
                    correction =
                        tr("Corrected %1: %2")
                            .arg(signedAtText(QDateTime::fromString(v.correctedAt, Qt::ISODate)), v.reason);
            }
            const QString when =
                seal ? tr("%1 (seal %2)")
                           .arg(signedAtText(QDateTime::fromString(seal->sealedAt, Qt::ISODate)))
                           .arg(seal->seq)
                     : QString();
            const QStringList cells{
                version == state.recordVersion ? tr("%1 (current)").arg(version) : QString::number(version),
                when, verifies, correction, seal ? seal->contentHash.left(16) + u"…"_s : QString()};
            for (int column = 0; column < cells.size(); ++column) {
                auto *item = new QTableWidgetItem(cells.at(column));
                if (column == 4 && seal)
                    item->setToolTip(seal->contentHash);
                if (column == 2 && !problems.isEmpty()) {
                    item->setToolTip(problems.join(u'\n'));
                    item->setForeground(QColor(0xb0, 0x10, 0x10));
                }
                m_table->setItem(row, column, item);
            }
        }
        if (report.headSeq > 0)
            head->setText((report.ok()
                               ? tr("Every sealed record of the archive verifies: none was altered.")
                               : tr("Some sealed records were ALTERED since sealing (see Integrity).")) +
                          u' ' + tr("Chain head: seal %1, %2").arg(report.headSeq).arg(report.headHash));
    } catch (const StoreError &error) {
        head->setText(error.message());
    }
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(head);
    layout->addWidget(buttons);
    resize(760, 280);
}

} // namespace kiroku::ui
