#pragma once
// The council editor's Consultations tab: the register (ConsultationTableModel) with the history of
// the selected consultation beneath it (each meeting, outcome and vote, then its responses), Add with
// the next number suggested, Remove, Record Response…, the 諮問書 and 答申書 printed from their letter
// formats, and the register's problems under the table. Every change is an undoable command.
#include "letters/Letter.h"
#include "model/Types.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class ConsultationTableModel;

class ConsultationsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ConsultationsPage(QWidget *parent = nullptr);
    void setDocument(Document *document);
    void setCouncil(Id councilId);

    ConsultationTableModel *model() const { return m_model; }
    QStandardItemModel *historyModel() const { return m_history; }
    QTableView *view() const { return m_view; }
    Id currentConsultationId() const;
    bool selectConsultation(Id consultationId);
    QString problemsText() const;

    // Adds a consultation received today with the next number; returns its id (0 when refused).
    Id addConsultation();
    bool removeCurrent();
    // Records (or replaces the last) response of the current consultation; false when refused.
    bool recordResponse(const Response &response);
    // Writes the 諮問書 or 答申書 of the current consultation; empty on success, else why not.
    QString printLetter(letters::LetterKind kind, const QString &path);

private:
    void updateHistory();
    void updateButtons();
    void updateProblems();
    void chooseResponse();
    void choosePrint(letters::LetterKind kind);

    QPointer<Document> m_document;
    Id m_councilId = 0;
    Id m_keep = 0; // the current consultation across a model reset
    ConsultationTableModel *m_model;
    QTableView *m_view;
    QStandardItemModel *m_history;
    QTableView *m_historyView;
    QLabel *m_problems;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_response;
    QPushButton *m_request;
    QPushButton *m_answer;
};

} // namespace kiroku::ui
