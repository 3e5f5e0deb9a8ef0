#pragma once
// A council's consultation register as a table: number, subject, consulting body, department, date
// received, and the derived status and days open (consultation/ConsultationRegister). The model never
// writes the store: an edited cell pushes an EditConsultationCommand, so every change is undoable
// and checked (a number given twice is refused with the reason).
#include "consultation/ConsultationRegister.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QPointer>

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class ConsultationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NumberColumn,
        SubjectColumn,
        BodyColumn,
        DepartmentColumn,
        ReceivedColumn,
        StatusColumn,
        DaysColumn,
        ColumnCount
    };
    enum Role
    {
        ConsultationIdRole = Qt::UserRole + 1,
        StatusKeyRole
    };

    explicit ConsultationTableModel(QObject *parent = nullptr);
    void setDocument(Document *document);
    void setCouncil(Id councilId);
    // The day statuses and days open are computed for (tests set it).
    void setToday(QDate today);

    const QVector<consultation::RegisterEntry> &entries() const { return m_entries; }
    int rowOf(Id consultationId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void reload();

private:
    QPointer<Document> m_document;
    Id m_councilId = 0;
    QDate m_today = QDate::currentDate();
    QVector<consultation::RegisterEntry> m_entries;
};

} // namespace kiroku::ui
