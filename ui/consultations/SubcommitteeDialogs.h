#pragma once
// The two dialogs of the Subcommittees tab: a subcommittee (name, dates, which council members sit on
// it and who chairs, the consultations referred to it and when), and one of its meetings (number, date,
// time, venue, who attended, and per referred consultation whether it was examined, whether the
// examination concluded, and what was done). The caller turns the result into an undoable command.
#include "commands/SubcommitteeCommands.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace kiroku::ui {

class SubcommitteeDialog : public QDialog
{
    Q_OBJECT
public:
    SubcommitteeDialog(const SubcommitteeState &state, const QVector<Member> &members,
                       const QVector<Consultation> &consultations, QWidget *parent = nullptr);
    SubcommitteeState state() const;
    QListWidget *memberList() const { return m_members; }
    QListWidget *consultationList() const { return m_consultations; }
    QComboBox *chairBox() const { return m_chair; }
    QLineEdit *nameEdit() const { return m_name; }

private:
    void updateChairs();

    SubcommitteeState m_state;
    QVector<Member> m_allMembers;
    QLineEdit *m_name;
    QDateEdit *m_established;
    QDateEdit *m_dissolved;
    QListWidget *m_members;
    QComboBox *m_chair;
    QListWidget *m_consultations;
    QDateEdit *m_referredOn;
};

class SubcommitteeMeetingDialog : public QDialog
{
    Q_OBJECT
public:
    SubcommitteeMeetingDialog(const SubcommitteeMeeting &meeting, const QVector<Member> &members,
                              const QVector<Consultation> &referred, QWidget *parent = nullptr);
    SubcommitteeMeeting meeting() const;
    QTableWidget *itemTable() const { return m_items; }
    QListWidget *attendeeList() const { return m_attendees; }

private:
    SubcommitteeMeeting m_meeting;
    QVector<Consultation> m_referred;
    QSpinBox *m_number;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QLineEdit *m_venue;
    QComboBox *m_publicity;
    QListWidget *m_attendees;
    QTableWidget *m_items;
    QPlainTextEdit *m_summary;
};

} // namespace kiroku::ui
