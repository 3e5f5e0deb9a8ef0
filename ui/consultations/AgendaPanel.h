#pragma once
// The meeting editor's Agenda tab (議事): the items in order with their number, title, kind, publicity
// and reason, outcome and vote, edited in place; Add Item, Add Consultation (its number and subject
// filled in and the item linked, so the consultation's history follows), Remove, Move Up / Down; the
// 次第 and the meeting notice printed from their letter formats. Every change is an undoable command.
#include "letters/Letter.h"
#include "model/Types.h"

#include <QPointer>
#include <QWidget>

class QPushButton;
class QTableView;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class AgendaTableModel;

class AgendaPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AgendaPanel(QWidget *parent = nullptr);
    void setDocument(Document *document);
    void setMeeting(Id meetingId);

    AgendaTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    Id currentItemId() const;

    // Appends an item; with a consultation, as 諮問第N号 with its subject, linked. Returns its id.
    Id addItem(Id consultationId = 0);
    // Adds an item taking up a report (報告第N号 with its title); 0 when refused.
    Id addReportItem(Id reportId);
    bool removeCurrent();
    bool moveCurrent(int delta);
    // Writes the 次第 or the meeting notice; empty on success, else why not.
    QString printLetter(letters::LetterKind kind, const QString &path);

private:
    void chooseConsultation();
    void chooseReport();
    Id pushItem(const AgendaItem &item);
    void choosePrint(letters::LetterKind kind);
    void updateButtons();

    QPointer<Document> m_document;
    Id m_meetingId = 0;
    Id m_keep = 0;
    AgendaTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_add;
    QPushButton *m_addConsultation;
    QPushButton *m_addReport;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_sheet;
    QPushButton *m_notice;
};

} // namespace kiroku::ui
