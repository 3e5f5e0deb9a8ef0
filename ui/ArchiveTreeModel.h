#pragma once
// The archive as a tree: councils → 年度 (令和7年度) → meetings (第1回 令和7年8月28日(木)).
// Rebuilt from the repositories when the Document announces structural changes; header edits of a
// meeting or a council only update that row.
#include "model/Types.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <vector>

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class ArchiveTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Council,
        Year,
        Meeting
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // int(Kind)
        IdRole,                      // council id or meeting id; 0 for a year
        CouncilIdRole,
        FiscalYearRole, // years and meetings
    };

    explicit ArchiveTreeModel(QObject *parent = nullptr);
    void setDocument(Document *document);

    QModelIndex councilIndex(Id councilId) const;
    QModelIndex yearIndex(Id councilId, int fiscalYear) const;
    QModelIndex meetingIndex(Id meetingId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Kind kind = Kind::Council;
        Id id = 0;
        Id councilId = 0;
        int fiscalYear = 0;
        QString text;
        QString toolTip;
        int parent = -1; // index into m_nodes
        int row = 0;
        QVector<int> children;
    };
    void rebuild();
    void updateCouncil(Id councilId);
    void updateMeeting(Id meetingId);
    int add(Node node);
    QModelIndex indexOf(int node) const;
    const Node *nodeOf(const QModelIndex &index) const;

    QPointer<Document> m_document;
    std::vector<Node> m_nodes;
    QVector<int> m_roots;
};

// 第1回 令和7年8月28日(木)
QString meetingLabel(const Meeting &meeting);

} // namespace kiroku::ui
