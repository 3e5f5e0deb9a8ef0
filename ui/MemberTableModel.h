#pragma once
// The members (委員) of one council as a table. Reads through the repository, writes through
// EditMemberCommand, and refreshes only from Document::membersChanged.
#include "model/Types.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ReadingColumn,
        RoleColumn,
        TermStartColumn,
        TermEndColumn,
        RecommendingBodyColumn,
        AffiliationColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit MemberTableModel(QObject *parent = nullptr);
    void setDocument(Document *document);
    void setCouncil(Id councilId);
    Id councilId() const { return m_councilId; }
    const QVector<Member> &members() const { return m_members; }
    int rowOf(Id memberId) const;

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
    QVector<Member> m_members;
};

} // namespace kiroku::ui
