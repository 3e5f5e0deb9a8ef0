#pragma once
// The staff of one council (事務局 and 説明員 / 所管課) as a table; writes through EditStaffCommand.
#include "model/Types.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class StaffTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        OrganisationColumn,
        NameColumn,
        TitleColumn,
        HeadCountColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit StaffTableModel(QObject *parent = nullptr);
    void setDocument(Document *document);
    void setCouncil(Id councilId);
    Id councilId() const { return m_councilId; }
    const QVector<Staff> &staff() const { return m_staff; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reload();
    QPointer<Document> m_document;
    Id m_councilId = 0;
    QVector<Staff> m_staff;
};

} // namespace kiroku::ui
