#include "signing/SealBanner.h"

#include "ArchiveTreeModel.h"
#include "commands/Document.h"
#include "commands/SignatureCommands.h"
#include "signing/SigningDialogs.h"
#include "store/SealRepository.h"
#include "text/Wareki.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

SealBanner::SealBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_correct(new QPushButton(tr("&Correct…"), this))
    , m_versions(new QPushButton(tr("&Versions…"), this))
{
    setObjectName(u"sealBanner"_s);
    m_label->setObjectName(u"sealBannerLabel"_s);
    m_correct->setObjectName(u"correctRecordButton"_s);
    m_versions->setObjectName(u"sealBannerVersionsButton"_s);
    m_correct->setToolTip(tr("Make a corrected version of the record (正誤); the sealed version is kept"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A quiet amber, readable in light and dark palettes: the text keeps the palette's colour.
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xff, 0xf0, 0xc8));
    p.setColor(QPalette::WindowText, Qt::black);
    setPalette(p);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Sealed record"));
    connect(m_correct, &QPushButton::clicked, this, &SealBanner::correct);
    connect(m_versions, &QPushButton::clicked, this, &SealBanner::showVersions);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_correct);
    layout->addWidget(m_versions);
    hide();
}

void SealBanner::setMeeting(const Meeting &meeting)
{
    m_meeting = meeting;
    const bool sealed = meeting.id != 0 && meeting.status == MeetingStatus::Sealed;
    if (sealed) {
        int version = 1;
        if (m_document) {
            try {
                version = SealRepository(m_document->database()).state(meeting.id).recordVersion;
            } catch (const StoreError &) {
            }
        }
        m_label->setText(tr("This record is sealed (version %1). To correct it, choose Correct…: the sealed "
                            "version is kept and the record reopens as version %2, to be signed again.")
                             .arg(version)
                             .arg(version + 1));
        m_label->setAccessibleName(m_label->text());
    }
    setVisible(sealed);
}

bool SealBanner::correct()
{
    if (!m_document || m_meeting.id == 0)
        return false;
    const QString reason =
        askCorrectionReason(this, wareki::formatFiscalYear(m_meeting.fiscalYear) + meetingLabel(m_meeting));
    if (reason.isEmpty())
        return false;
    return m_document->push(new CorrectRecordCommand(m_document, m_meeting.id, reason));
}

void SealBanner::showVersions()
{
    if (!m_document || m_meeting.id == 0)
        return;
    VersionsDialog dialog(m_document, m_meeting.id, this);
    dialog.exec();
}

} // namespace kiroku::ui
