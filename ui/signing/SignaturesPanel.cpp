#include "signing/SignaturesPanel.h"

#include "Delegates.h"
#include "commands/Document.h"
#include "commands/SignatureCommands.h"
#include "materials/MaterialViewer.h"
#include "signing/SignatureModel.h"
#include "signing/SignaturePad.h"
#include "signing/SigningDialogs.h"
#include "store/CouncilRepository.h"
#include "store/MaterialRepository.h"
#include "store/MeetingRepository.h"
#include "store/SealRepository.h"
#include "store/StoreError.h"

#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

SignaturesPanel::SignaturesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new SignatureModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_designate(new QPushButton(tr("&Designate…"), this))
    , m_sign(new QPushButton(tr("&Sign…"), this))
    , m_paper(new QPushButton(tr("Signed on &Paper…"), this))
    , m_remove(new QPushButton(tr("Remove Signature"), this))
    , m_versions(new QPushButton(tr("&Versions…"), this))
    , m_scan(new QPushButton(tr("View S&can…"), this))
{
    setObjectName(u"signaturesPanel"_s);
    m_view->setObjectName(u"signaturesTable"_s);
    m_view->setModel(m_model);
    setUpTable(m_view);
    m_view->setAccessibleName(tr("Signers"));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(SignatureModel::SignerColumn, QHeaderView::Stretch);
    m_status->setObjectName(u"signatureStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    const QList<std::pair<QPushButton *, QString>> names{
        {m_designate, u"designateSignersButton"_s}, {m_sign, u"signButton"_s},
        {m_paper, u"signedOnPaperButton"_s},        {m_remove, u"removeSignatureButton"_s},
        {m_versions, u"versionsButton"_s},          {m_scan, u"viewScanButton"_s}};
    for (const auto &[button, name] : names)
        button->setObjectName(name);
    m_sign->setToolTip(tr("Sign on the pad with a pen or the mouse"));
    m_paper->setToolTip(tr("The signer signed the printed record: attach the scanned page"));
    connect(m_designate, &QPushButton::clicked, this, &SignaturesPanel::designate);
    connect(m_sign, &QPushButton::clicked, this, &SignaturesPanel::signOnPad);
    connect(m_paper, &QPushButton::clicked, this, &SignaturesPanel::signOnPaper);
    connect(m_remove, &QPushButton::clicked, this, &SignaturesPanel::removeSignature);
    connect(m_versions, &QPushButton::clicked, this, &SignaturesPanel::showVersions);
    connect(m_scan, &QPushButton::clicked, this, &SignaturesPanel::showScan);
    auto *remove = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &SignaturesPanel::removeSignature);
    connect(m_view, &QTableView::activated, this, [this] {
        if (m_sign->isEnabled())
            signOnPad();
    });
    connect(m_model, &SignatureModel::modelReset, this, &SignaturesPanel::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SignaturesPanel::updateButtons);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_designate, m_sign, m_paper, m_remove, m_scan})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_versions);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    refresh();
}

void SignaturesPanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_meetingId = 0;
    if (document) {
        connect(document, &Document::meetingChanged, this, [this](Id meetingId) {
            if (meetingId == m_meetingId)
                refresh(); // sealed, corrected or finalised
        });
    }
    m_model->setDocument(document);
}

void SignaturesPanel::setMeeting(Id meetingId)
{
    m_meetingId = meetingId;
    m_model->setMeeting(meetingId);
}

Id SignaturesPanel::currentMemberId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(SignatureModel::MemberIdRole).toLongLong() : 0;
}

bool SignaturesPanel::selectMember(Id memberId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, SignatureModel::SignerColumn);
        if (index.data(SignatureModel::MemberIdRole).toLongLong() == memberId) {
            m_view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void SignaturesPanel::refresh()
{
    m_sealed = false;
    m_finalised = false;
    QString text;
    if (m_document && m_meetingId != 0) {
        try {
            const QSqlDatabase db = m_document->database();
            const auto meeting = MeetingRepository(db).meeting(m_meetingId);
            const auto council = meeting ? CouncilRepository(db).council(meeting->councilId) : std::nullopt;
            const SealRepository seals(db);
            const MeetingSealState state = seals.state(m_meetingId);
            m_sealed = state.status == u"sealed"_s;
            m_finalised = meeting && meeting->status >= MeetingStatus::Finalised;
            const int needed = std::max<int>(council ? council->signerCount : 0, int(m_model->rowCount()));
            m_needed = needed;
            if (m_sealed) {
                const auto seal = seals.entry(m_meetingId, state.recordVersion);
                text = tr("Sealed on %1 as seal %2 (version %3): read-only; a change needs Correct…")
                           .arg(seal ? signedAtText(QDateTime::fromString(seal->sealedAt, Qt::ISODate))
                                     : QString())
                           .arg(seal ? seal->seq : 0)
                           .arg(state.recordVersion);
            } else {
                text = tr("%1 of %2 signatures.").arg(m_model->signedCount()).arg(needed);
                text += u' ';
                text += m_finalised ? tr("The record is sealed when the last signature is in.")
                                    : tr("The record is signed once it is finalised (Record ▸ Finalise).");
            }
            if (state.recordVersion > 1) {
                for (const RecordVersion &v : seals.versions(m_meetingId)) {
                    if (v.version == state.recordVersion - 1)
                        text +=
                            u' ' + tr("Version %1 corrects version %2 (%3): %4")
                                       .arg(state.recordVersion)
                                       .arg(v.version)
                                       .arg(signedAtText(QDateTime::fromString(v.correctedAt, Qt::ISODate)),
                                            v.reason);
                }
            }
        } catch (const StoreError &error) {
            text = error.message();
        }
    }
    m_status->setText(text);
    m_view->resizeColumnToContents(SignatureModel::SignedColumn);
    m_view->resizeColumnToContents(SignatureModel::WhenColumn);
    updateButtons();
}

void SignaturesPanel::updateButtons()
{
    const bool meeting = m_document && m_meetingId != 0;
    const bool editable = meeting && !m_sealed;
    const QModelIndex current = m_view->currentIndex();
    const bool signedRow = current.isValid() && current.data(SignatureModel::SignedRole).toBool();
    m_designate->setEnabled(editable);
    m_sign->setEnabled(editable && m_finalised && current.isValid() && !signedRow);
    m_paper->setEnabled(editable && m_finalised && current.isValid() && !signedRow);
    m_remove->setEnabled(editable && signedRow);
    m_versions->setEnabled(meeting);
    m_scan->setEnabled(scanOf(current) != 0);
    if (!current.isValid() && m_model->rowCount() > 0) {
        // The first signer still waiting, so that Sign… is one key away.
        int row = 0;
        while (row < m_model->rowCount() - 1 &&
               m_model->index(row, 0).data(SignatureModel::SignedRole).toBool())
            ++row;
        m_view->setCurrentIndex(m_model->index(row, SignatureModel::SignerColumn));
    }
}

Id SignaturesPanel::scanOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return 0;
    const Id member = index.data(SignatureModel::MemberIdRole).toLongLong();
    for (const Signature &s : m_model->signatures()) {
        if (s.memberId == member && s.method == SignatureMethod::Paper)
            return s.scanFileId;
    }
    return 0;
}

void SignaturesPanel::showScan()
{
    const Id fileId = scanOf(m_view->currentIndex());
    if (!m_document || fileId == 0)
        return;
    std::optional<StoredFile> file;
    try {
        file = MaterialRepository(m_document->database()).file(fileId);
    } catch (const StoreError &error) {
        m_document->reportFailure(error.message());
        return;
    }
    if (!file)
        return;
    const QString title = tr("Signed page of %1").arg(m_view->currentIndex().data().toString());
    if (file->data.startsWith("%PDF")) {
        auto *viewer = new MaterialViewer(window());
        Material page;
        page.title = title;
        page.fileId = fileId;
        if (!viewer->showPdf(page, file->data)) {
            QMessageBox::warning(this, tr("Scan Not Shown"), viewer->errorString());
            viewer->close();
            return;
        }
        viewer->show();
        return;
    }
    const QImage image = QImage::fromData(file->data);
    if (image.isNull()) {
        QMessageBox::warning(this, tr("Scan Not Shown"),
                             tr("The stored scan is neither a PDF nor an image."));
        return;
    }
    auto *dialog = new QDialog(window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *label = new QLabel(dialog);
    label->setPixmap(
        QPixmap::fromImage(image.scaledToWidth(std::min(image.width(), 900), Qt::SmoothTransformation)));
    label->setAccessibleName(title);
    auto *scroll = new QScrollArea(dialog);
    scroll->setWidget(label);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(scroll);
    dialog->resize(960, 800);
    dialog->show();
}

void SignaturesPanel::designate()
{
    if (!m_document || m_meetingId == 0 || m_sealed)
        return;
    QVector<Member> candidates;
    int signerCount = 0;
    try {
        const QSqlDatabase db = m_document->database();
        const auto meeting = MeetingRepository(db).meeting(m_meetingId);
        if (!meeting)
            return;
        const CouncilRepository councils(db);
        if (const auto council = councils.council(meeting->councilId))
            signerCount = council->signerCount;
        // Signers are named at the meeting among those present: an absent member is not offered
        // (unless already designated, so that the list stays true). Before attendance is taken, all are.
        const QVector<Attendance> attendance = MeetingRepository(db).attendance(m_meetingId);
        const auto present = [&](Id memberId) {
            if (attendance.isEmpty())
                return true;
            return std::any_of(attendance.begin(), attendance.end(), [&](const Attendance &a) {
                return a.memberId == memberId && a.status != AttendanceStatus::Absent;
            });
        };
        QVector<Id> designated;
        for (const Signature &s : m_model->signatures())
            designated.append(s.memberId);
        for (const Member &m : councils.members(meeting->councilId)) {
            // The chair signs on a line of their own.
            if (m.inOfficeOn(meeting->date) && m.id != meeting->chairMemberId &&
                (present(m.id) || designated.contains(m.id)))
                candidates.append(m);
        }
    } catch (const StoreError &error) {
        m_document->reportFailure(error.message());
        return;
    }
    QVector<Id> current;
    for (const Signature &s : m_model->signatures())
        current.append(s.memberId);
    DesignateDialog dialog(candidates, current, signerCount, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosen() == current)
        return;
    m_document->push(new DesignateSignersCommand(m_document, m_meetingId, dialog.chosen()));
}

void SignaturesPanel::signOnPad()
{
    const Id member = currentMemberId();
    if (!m_document || member == 0 || m_sealed)
        return;
    if (!confirmSealing())
        return;
    SignDialog dialog(m_model->signerName(m_view->currentIndex().row()), this);
    if (dialog.exec() != QDialog::Accepted || dialog.pad()->isEmpty())
        return;
    SignatureInput input;
    input.method = SignatureMethod::Pad;
    input.strokes = dialog.strokesJson();
    m_document->push(new RecordSignatureCommand(m_document, m_meetingId, member, input));
}

void SignaturesPanel::signOnPaper()
{
    const Id member = currentMemberId();
    if (!m_document || member == 0 || m_sealed)
        return;
    if (!confirmSealing())
        return;
    PaperSignatureDialog dialog(m_model->signerName(m_view->currentIndex().row()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    SignatureInput input;
    input.method = SignatureMethod::Paper;
    input.signedAt = dialog.signedAt();
    input.scanData = dialog.scanData();
    m_document->push(new RecordSignatureCommand(m_document, m_meetingId, member, input));
}

bool SignaturesPanel::confirmSealing()
{
    // Only the signature that completes a finalised record seals it; say what that means first.
    if (!m_finalised || m_model->signedCount() + 1 < m_needed)
        return true;
    return QMessageBox::question(
               this, tr("Seal the Record"),
               tr("This is the last signature: once it is recorded, the record is sealed.\n\n"
                  "Sealing makes the record read-only and fixes its content with a hash in the archive's "
                  "seal chain, so that any later change shows when the seals are verified. After that, "
                  "the record can only be changed by a correction (正誤), kept as a new, visible "
                  "version.\n\nRecord the last signature and seal the record?"),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

void SignaturesPanel::removeSignature()
{
    const Id member = currentMemberId();
    if (!m_document || member == 0 || !m_remove->isEnabled())
        return;
    m_document->push(new RemoveSignatureCommand(m_document, m_meetingId, member));
}

void SignaturesPanel::showVersions()
{
    if (!m_document || m_meetingId == 0)
        return;
    VersionsDialog dialog(m_document, m_meetingId, this);
    dialog.exec();
}

} // namespace kiroku::ui
