#pragma once
// Attendance of one meeting: a row per member in office on the meeting date (and anyone else with a
// recorded row). A member without a row counts as absent. Writes go through SetAttendanceCommand;
// the model refreshes from the Document's signals and then announces the new quorum.
#include "model/Quorum.h"
#include "model/Types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class AttendanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MemberColumn,
        StatusColumn,
        ArrivedColumn,
        LeftColumn,
        NoteColumn,
        ColumnCount
    };
    static constexpr int MemberIdRole = Qt::UserRole + 1;

    explicit AttendanceModel(QObject *parent = nullptr);
    void setDocument(Document *document);
    void setMeeting(Id meetingId);
    Id meetingId() const { return m_meeting.id; }

    QuorumState quorum() const;
    // Marks every listed member present in one undo step.
    bool setAllPresent();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void quorumChanged();

private:
    void reload();
    Attendance attendanceOf(const Member &member) const;

    QPointer<Document> m_document;
    Council m_council;
    Meeting m_meeting;
    QVector<Member> m_allMembers; // the whole council: quorum counts who is in office itself
    QVector<Member> m_rows;
    QHash<Id, Attendance> m_attendance;
};

} // namespace kiroku::ui
