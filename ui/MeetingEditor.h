#pragma once
// One meeting (会議): header fields, attendance and the live quorum line, materials and signatures;
// a sealed record is shown read-only under a banner. Every committed field edit
// is one EditMeetingCommand; attendance edits go through AttendanceModel.
#include "model/Types.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QLineEdit;
class QSpinBox;
class QTableView;
class QTimeEdit;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class AttendanceModel;
class StaffAttendanceModel;
class WarekiDateEdit;
class AgendaPanel;
class MaterialsPanel;
class SealBanner;
class SignaturesPanel;

// Adds a meeting to a council dated today, with the venue, mode and chair of its latest meeting (or
// the president); returns its id, 0 when it could not be written (the Document reported why).
Id addMeetingTo(Document *document, Id councilId);

class MeetingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingEditor(QWidget *parent = nullptr);
    void setDocument(Document *document);
    void setMeeting(Id meetingId);
    Id meetingId() const { return m_meeting.id; }
    // A button at the end of the header row, for features that live elsewhere (drafting).
    QPushButton *addHeaderButton(const QString &text, const QString &objectName);
    AttendanceModel *attendanceModel() const { return m_attendance; }
    StaffAttendanceModel *staffAttendanceModel() const { return m_staffAttendance; }
    MaterialsPanel *materialsPanel() const { return m_materials; }
    AgendaPanel *agendaPanel() const { return m_agenda; }
    SignaturesPanel *signaturesPanel() const { return m_signatures; }
    SealBanner *sealBanner() const { return m_sealBanner; }
    // A sealed record: its fields, attendance, materials and drafting are read-only.
    bool isReadOnly() const { return m_meeting.status == MeetingStatus::Sealed; }

Q_SIGNALS:
    void meetingAdded(kiroku::Id meetingId);

private:
    QWidget *buildHeader();
    QWidget *buildAttendance();
    void reload();
    void load();
    void loadChairs();
    void updateQuorum();
    void updateHints();
    void commit(const std::function<void(Meeting &)> &change);
    void commitDate(QDate date);
    void commitNumber();
    void commitTimes();
    void showProblem(const QString &text);
    void showTypedDate(std::optional<QDate> date);
    void addMeeting();
    void removeMeeting();
    void importTranscript();

    QPointer<Document> m_document;
    Meeting m_meeting;
    AttendanceModel *m_attendance = nullptr;
    StaffAttendanceModel *m_staffAttendance = nullptr;
    QLabel *m_title = nullptr;
    QHBoxLayout *m_headerRow = nullptr;
    WarekiDateEdit *m_date = nullptr;
    QSpinBox *m_number = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_dateText = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QLabel *m_timeText = nullptr;
    QLineEdit *m_venue = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_publicity = nullptr;
    QLineEdit *m_closedReason = nullptr;
    QCheckBox *m_observersAllowed = nullptr;
    QSpinBox *m_observerCount = nullptr;
    QLineEdit *m_observersReason = nullptr;
    QComboBox *m_chair = nullptr;
    QTableView *m_attendanceView = nullptr;
    QLabel *m_quorum = nullptr;
    MaterialsPanel *m_materials = nullptr;
    AgendaPanel *m_agenda = nullptr;
    SignaturesPanel *m_signatures = nullptr;
    SealBanner *m_sealBanner = nullptr;
    QWidget *m_headerBox = nullptr;
    QWidget *m_attendanceBox = nullptr;
};

} // namespace kiroku::ui
