#pragma once
// The council editor's Subcommittees tab: the council's subcommittees (小委員会) with members, chair and
// the consultations referred to each, and beneath the selected one its meetings (attendance, the
// consultations examined, whether the examination concluded). Add, Edit… and Remove for both; every
// change is an undoable command, checked before it is written.
#include "commands/SubcommitteeCommands.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace kiroku::ui {

class SubcommitteesPage : public QWidget
{
    Q_OBJECT
public:
    explicit SubcommitteesPage(QWidget *parent = nullptr);
    void setDocument(Document *document);
    void setCouncil(Id councilId);

    QStandardItemModel *subcommitteeModel() const { return m_subcommittees; }
    QStandardItemModel *meetingModel() const { return m_meetings; }
    Id currentSubcommitteeId() const;
    bool selectSubcommittee(Id subcommitteeId);
    QString detailsText() const;

    // Store a new or changed subcommittee / meeting through the undo stack; false when refused.
    bool saveSubcommittee(const SubcommitteeState &state);
    bool removeCurrent();
    SubcommitteeMeeting newMeeting() const;
    bool saveMeeting(const SubcommitteeMeeting &meeting);
    bool removeCurrentMeeting();

private:
    void reload();
    void updateDetails();
    void editSubcommittee(const SubcommitteeState &state);
    void editMeeting(const SubcommitteeMeeting &meeting);
    Id currentMeetingId() const;
    std::optional<SubcommitteeState> currentState() const;

    QPointer<Document> m_document;
    Id m_councilId = 0;
    QVector<SubcommitteeState> m_states;
    QStandardItemModel *m_subcommittees;
    QListView *m_list;
    QLabel *m_details;
    QStandardItemModel *m_meetings;
    QTableView *m_meetingView;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_addMeeting;
    QPushButton *m_editMeeting;
    QPushButton *m_removeMeeting;
};

} // namespace kiroku::ui
