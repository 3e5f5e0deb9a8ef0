#pragma once
// The secretariat (事務局) and presenters (説明員) present at one meeting: a row per entry of the
// council's staff list, a check for present and the times of a late arrival or an early leave, as
// for members. Writes go through SetStaffAttendanceCommand; rows refresh from the Document's signals.
#include "model/Types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class StaffAttendanceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        StaffColumn, // checkable: present
        KindColumn,
        ArrivedColumn,
        LeftColumn,
        ColumnCount
    };
    static constexpr int StaffIdRole = Qt::UserRole + 1;

    explicit StaffAttendanceModel(QObject *parent = nullptr);
    void setDocument(Document *document);
    void setMeeting(Id meetingId);
    Id meetingId() const { return m_meetingId; }
    int presentCount() const { return int(m_present.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reload();
    bool push(const Staff &staff, std::optional<StaffAttendance> after);

    QPointer<Document> m_document;
    Id m_meetingId = 0;
    Id m_councilId = 0;
    QVector<Staff> m_rows;
    QHash<Id, StaffAttendance> m_present;
};

} // namespace kiroku::ui
