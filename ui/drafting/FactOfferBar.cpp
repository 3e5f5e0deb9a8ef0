#include "drafting/FactOfferBar.h"

#include "model/Quorum.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

FactOfferBar::FactOfferBar(DraftingSession *session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_message(new QLabel(this))
    , m_fill(new QPushButton(tr("&Fill In"), this))
    , m_dismiss(new QPushButton(tr("&Not Now"), this))
{
    setObjectName(u"factOfferBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xe4, 0xf0, 0xfb));
    pal.setColor(QPalette::WindowText, QColor(0x10, 0x28, 0x40));
    setPalette(pal);
    m_message->setObjectName(u"factOfferMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_fill->setObjectName(u"factOfferFill"_s);
    m_dismiss->setObjectName(u"factOfferDismiss"_s);
    // Never takes the focus from the entry line by itself: only a click or its Alt key.
    m_fill->setFocusPolicy(Qt::ClickFocus);
    m_dismiss->setFocusPolicy(Qt::ClickFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_fill);
    layout->addWidget(m_dismiss);
    connect(m_fill, &QPushButton::clicked, this, [this] {
        if (m_session && m_session->carryFacts(m_offer))
            refresh();
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        m_dismissed = m_offer;
        refresh();
    });
    connect(session, &DraftingSession::recordChanged, this, &FactOfferBar::refresh);
    connect(session, &DraftingSession::agendaReloaded, this, &FactOfferBar::refresh);
    connect(session, &DraftingSession::attendanceChanged, this, &FactOfferBar::refresh); // header fields too
    refresh();
}

void FactOfferBar::refresh()
{
    if (!m_session)
        return;
    m_offer = m_session->factOffer();
    const bool shown = !m_offer.isEmpty() && m_offer != m_dismissed;
    if (shown)
        m_message->setText(describe(m_offer));
    setVisible(shown);
}

QString FactOfferBar::describe(const FactOffer &offer) const
{
    QStringList parts;
    for (const AgendaItem &item : offer.items) {
        const QString name = item.number.isEmpty() ? item.title : item.number;
        parts << tr("the vote of %1 is %2").arg(name, voteStageDirection(item.voteKind, 0, 0, 0));
    }
    if (offer.meeting)
        parts << tr("%n observer(s) came in (the meeting says %1)", nullptr, offer.meeting->observerCount)
                     .arg(m_session->meeting().observersAllowed ? m_session->meeting().observerCount : 0);
    return tr("The record says %1. Fill in the fields?").arg(parts.join(tr("; ")));
}

} // namespace kiroku::ui
