#pragma once
// A bar above the entry line that offers, without interrupting the typing, to carry facts drafted as
// stage directions into the record's fields: the vote of an agenda item from （全員挙手） or
// （異議なし）, the observer count from （傍聴人2名入室）. Fill In writes them as one undo step; Not Now
// hides the bar until the record offers something else.
#include "drafting/DraftingSession.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace kiroku::ui {

class FactOfferBar : public QFrame
{
    Q_OBJECT
public:
    explicit FactOfferBar(DraftingSession *session, QWidget *parent = nullptr);

    QLabel *message() const { return m_message; }
    QPushButton *fillButton() const { return m_fill; }
    QPushButton *dismissButton() const { return m_dismiss; }
    const FactOffer &offer() const { return m_offer; }
    void refresh();

private:
    QString describe(const FactOffer &offer) const;

    QPointer<DraftingSession> m_session;
    QLabel *m_message;
    QPushButton *m_fill;
    QPushButton *m_dismiss;
    FactOffer m_offer;
    FactOffer m_dismissed;
};

} // namespace kiroku::ui
