#include "materials/PacketDialog.h"

#include "commands/Document.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/StoreError.h"
#include "text/Wareki.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

PacketDialog::PacketDialog(Document *document, Id meetingId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_meetingId(meetingId)
    , m_public(new QCheckBox(tr("&Public packet: leave out the non-public materials"), this))
    , m_watermarkGroup(new QButtonGroup(this))
    , m_noWatermark(new QRadioButton(tr("&None"), this))
    , m_oneMember(new QRadioButton(tr("&One member:"), this))
    , m_everyMember(new QRadioButton(tr("&Every member: one packet each"), this))
    , m_member(new QComboBox(this))
    , m_onePdf(new QRadioButton(tr("One PDF &file"), this))
    , m_numberedFolder(new QRadioButton(tr("A folder of &numbered files, for tablet systems"), this))
    , m_destination(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_build(new QPushButton(tr("&Build"), this))
{
    setObjectName(u"packetDialog"_s);
    setWindowTitle(tr("Build Packet"));
    m_public->setObjectName(u"packetPublic"_s);
    m_noWatermark->setObjectName(u"watermarkNone"_s);
    m_oneMember->setObjectName(u"watermarkOne"_s);
    m_everyMember->setObjectName(u"watermarkEvery"_s);
    m_member->setObjectName(u"watermarkMember"_s);
    m_onePdf->setObjectName(u"outputPdf"_s);
    m_numberedFolder->setObjectName(u"outputFolder"_s);
    m_destination->setObjectName(u"packetDestination"_s);
    m_result->setObjectName(u"packetResult"_s);
    m_build->setObjectName(u"buildPacketButton"_s);

    QString title;
    if (document) {
        try {
            const QSqlDatabase db = document->database();
            if (const std::optional<Meeting> meeting = MeetingRepository(db).meeting(meetingId)) {
                title = wareki::formatFiscalYear(meeting->fiscalYear) +
                        wareki::formatOrdinalMeeting(meeting->number);
                for (const Member &member : CouncilRepository(db).members(meeting->councilId)) {
                    if (member.inOfficeOn(meeting->date))
                        m_member->addItem(member.name, member.id);
                }
            }
            m_folder = QFileInfo(document->archive().path()).absolutePath();
        } catch (const StoreError &error) {
            m_result->setText(error.message());
        }
    }

    auto *heading = new QLabel(
        title.isEmpty() ? tr("The meeting's tablet packet") : tr("The tablet packet of %1").arg(title), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_watermarkGroup->addButton(m_noWatermark);
    m_watermarkGroup->addButton(m_oneMember);
    m_watermarkGroup->addButton(m_everyMember);
    m_noWatermark->setChecked(true);
    auto *oneRow = new QHBoxLayout;
    oneRow->addWidget(m_oneMember);
    oneRow->addWidget(m_member, 1);
    auto *watermark = new QVBoxLayout;
    watermark->addWidget(m_noWatermark);
    watermark->addLayout(oneRow);
    watermark->addWidget(m_everyMember);
    m_oneMember->setEnabled(m_member->count() > 0);
    m_everyMember->setEnabled(m_member->count() > 0);

    auto *outputGroup = new QButtonGroup(this);
    outputGroup->addButton(m_onePdf);
    outputGroup->addButton(m_numberedFolder);
    m_onePdf->setChecked(true);
    auto *output = new QVBoxLayout;
    output->addWidget(m_onePdf);
    output->addWidget(m_numberedFolder);

    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(u"choosePacketDestination"_s);
    connect(browse, &QPushButton::clicked, this, &PacketDialog::chooseDestination);
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(browse);
    connect(m_destination, &QLineEdit::textEdited, this, [this] { m_destinationEdited = true; });

    auto *form = new QFormLayout;
    form->addRow(tr("Version:"), m_public);
    form->addRow(tr("Watermark:"), watermark);
    form->addRow(tr("Output:"), output);
    form->addRow(tr("Save to:"), destinationRow);

    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(m_result->fontMetrics().lineSpacing() * 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_build, QDialogButtonBox::ActionRole);
    m_build->setDefault(true);
    connect(m_build, &QPushButton::clicked, this, &PacketDialog::build);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    for (QAbstractButton *button : std::initializer_list<QAbstractButton *>{
             m_public, m_noWatermark, m_oneMember, m_everyMember, m_onePdf, m_numberedFolder})
        connect(button, &QAbstractButton::toggled, this, &PacketDialog::updateDestination);
    connect(m_member, &QComboBox::currentIndexChanged, this, &PacketDialog::updateDestination);
    connect(m_member, &QComboBox::activated, this, [this] { m_oneMember->setChecked(true); });
    updateDestination();
    resize(qMax(sizeHint().width(), 560), sizeHint().height());
}

void PacketDialog::setPublicVersion(bool publicVersion)
{
    m_public->setChecked(publicVersion);
}

void PacketDialog::setWatermark(Watermark watermark, Id memberId)
{
    switch (watermark) {
    case Watermark::None:
        m_noWatermark->setChecked(true);
        break;
    case Watermark::OneMember:
        m_oneMember->setChecked(true);
        if (const int i = m_member->findData(memberId); i >= 0)
            m_member->setCurrentIndex(i);
        break;
    case Watermark::EveryMember:
        m_everyMember->setChecked(true);
        break;
    }
}

void PacketDialog::setFolderOutput(bool folder)
{
    (folder ? m_numberedFolder : m_onePdf)->setChecked(true);
}

void PacketDialog::setDestination(const QString &path)
{
    m_destination->setText(QDir::toNativeSeparators(path));
    m_destinationEdited = true;
}

QString PacketDialog::destination() const
{
    return QDir::fromNativeSeparators(m_destination->text().trimmed());
}

bool PacketDialog::folderOutput() const
{
    return m_numberedFolder->isChecked();
}

packet::PacketRequest PacketDialog::request() const
{
    packet::PacketRequest r;
    r.meetingId = m_meetingId;
    r.publicVersion = m_public->isChecked();
    if (m_oneMember->isChecked() && m_member->currentIndex() >= 0)
        r.watermarkFor = m_member->currentData().toLongLong();
    r.watermarkEveryMember = m_everyMember->isChecked();
    return r;
}

QString PacketDialog::defaultName() const
{
    QString name = tr("packet");
    if (m_document) {
        try {
            if (const auto meeting = MeetingRepository(m_document->database()).meeting(m_meetingId))
                name = wareki::formatFiscalYear(meeting->fiscalYear) +
                       tr("_meeting_%1_packet").arg(meeting->number);
        } catch (const StoreError &) {
        }
    }
    if (m_public->isChecked())
        name += tr("_public");
    if (m_oneMember->isChecked() && m_member->currentIndex() >= 0)
        name += u'_' + m_member->currentText();
    return packet::safeFileName(name, 80);
}

void PacketDialog::updateDestination()
{
    // The name follows the choices until the clerk types or picks one.
    if (!m_destinationEdited) {
        const QString base = m_folder.isEmpty() ? QDir::homePath() : m_folder;
        const QString name = defaultName() + (folderOutput() ? QString() : u".pdf"_s);
        m_destination->setText(QDir::toNativeSeparators(QDir(base).filePath(name)));
    } else if (folderOutput() && destination().endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        setDestination(destination().chopped(4));
    } else if (!folderOutput() && !destination().endsWith(u".pdf"_s, Qt::CaseInsensitive)) {
        setDestination(destination() + u".pdf"_s);
    }
    m_member->setEnabled(m_oneMember->isEnabled());
}

void PacketDialog::chooseDestination()
{
    const QString chosen =
        folderOutput()
            ? QFileDialog::getExistingDirectory(this, tr("Folder for the Packet"),
                                                QFileInfo(destination()).path())
            : QFileDialog::getSaveFileName(this, tr("Save Packet"), destination(), tr("PDF files (*.pdf)"));
    if (chosen.isEmpty())
        return;
    // A chosen folder receives a new sub-folder named after the meeting: the export wants it empty.
    setDestination(folderOutput() && QDir(chosen).exists() && !QDir(chosen).isEmpty()
                       ? QDir(chosen).filePath(defaultName())
                       : chosen);
    m_folder = QFileInfo(destination()).path();
}

bool PacketDialog::build()
{
    m_outcome = {};
    m_builtFolder = folderOutput();
    const QString path = destination();
    if (!m_document || path.isEmpty()) {
        m_outcome.error = tr("Choose where to save the packet.");
    } else {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            m_outcome = folderOutput() ? packet::writePacketFolder(m_document->database(), request(), path)
                                       : packet::writePacket(m_document->database(), request(), path);
        } catch (const StoreError &error) {
            m_outcome.error = error.message();
        }
        QApplication::restoreOverrideCursor();
    }
    const bool ok = m_outcome.error.isEmpty();
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::WindowText, ok ? palette.color(QPalette::Text) : QColor(0xb0, 0x10, 0x10));
    m_result->setPalette(palette);
    m_result->setText(resultText());
    return ok;
}

QString PacketDialog::resultText() const
{
    if (!m_outcome.error.isEmpty())
        return tr("Nothing was written.\n%1").arg(m_outcome.error);
    if (m_outcome.written.isEmpty())
        return {};
    QStringList written;
    for (const QString &path : m_outcome.written)
        written << QDir::toNativeSeparators(path);
    // A folder's count is every file's pages together; per-member PDFs give the pages of each.
    QString counts;
    if (m_builtFolder)
        counts = tr("Written: %1 material(s), %2 page(s) in all")
                     .arg(m_outcome.materialCount)
                     .arg(m_outcome.pageCount);
    else if (written.size() > 1)
        counts = tr("Written: %1 packets of %2 page(s) each, %3 material(s)")
                     .arg(written.size())
                     .arg(m_outcome.pageCount)
                     .arg(m_outcome.materialCount);
    else
        counts =
            tr("Written: %1 material(s), %2 page(s)").arg(m_outcome.materialCount).arg(m_outcome.pageCount);
    QString text = counts + u"\n"_s + written.join(u'\n');
    if (!m_outcome.missing.isEmpty())
        text += u"\n"_s + tr("The cover's font lacks these characters: %1").arg(m_outcome.missing);
    return text;
}

} // namespace kiroku::ui
