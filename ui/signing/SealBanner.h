#pragma once
// The banner over a sealed meeting in the meeting editor: the record is read-only, with Correct… (a
// correction, 正誤, through Sealing::correct) and Versions… (each version, its seal and whether it
// verifies). Hidden while the record can be edited.
#include "model/Types.h"

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class SealBanner : public QFrame
{
    Q_OBJECT
public:
    explicit SealBanner(QWidget *parent = nullptr);
    void setDocument(Document *document) { m_document = document; }
    // Shows the banner when the meeting is sealed.
    void setMeeting(const Meeting &meeting);
    QLabel *label() const { return m_label; }
    QPushButton *correctButton() const { return m_correct; }

    // Asks the reason and corrects the record; false when cancelled or refused (the reason is shown).
    bool correct();
    void showVersions();

private:
    QPointer<Document> m_document;
    Meeting m_meeting;
    QLabel *m_label;
    QPushButton *m_correct;
    QPushButton *m_versions;
};

} // namespace kiroku::ui
