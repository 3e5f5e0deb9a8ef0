#pragma once
// The meeting editor's Signatures tab: the checklist of the signers the chair designated, whether and
// when each signed and how, with Designate…, Sign… (the pad), Signed on Paper… (a scanned page),
// Remove and Versions…, and a line on the record's state (waiting, sealed, corrected). Every change
// is an undoable command (commands/SignatureCommands.h); the last signature seals the record.
#include "model/Types.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class SignatureModel;

class SignaturesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SignaturesPanel(QWidget *parent = nullptr);
    void setDocument(Document *document);
    void setMeeting(Id meetingId);

    SignatureModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *statusLine() const { return m_status; }
    // Sealed: nothing can be designated, signed or removed.
    bool isReadOnly() const { return m_sealed; }
    // The signer of the current row; 0 when none.
    Id currentMemberId() const;
    bool selectMember(Id memberId);

private:
    void designate();
    void signOnPad();
    void signOnPaper();
    // Asks before the signature that would seal the record; false when the clerk says no.
    bool confirmSealing();
    void removeSignature();
    void showVersions();
    // Opens the scanned page of a signature given on paper (a PDF in the page viewer, an image as is).
    void showScan();
    Id scanOf(const QModelIndex &index) const; // the stored scan's file id, 0 when none
    void refresh();
    void updateButtons();

    QPointer<Document> m_document;
    Id m_meetingId = 0;
    bool m_sealed = false;
    bool m_finalised = false;
    int m_needed = 0; // signatures the record needs before it is sealed
    SignatureModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_designate;
    QPushButton *m_sign;
    QPushButton *m_paper;
    QPushButton *m_remove;
    QPushButton *m_versions;
    QPushButton *m_scan;
};

} // namespace kiroku::ui
