#pragma once
// The record being drafted as a tree: sections (runs of statements under one agenda item, in record
// order) with their statements as children. It follows the DraftingSession and updates only the rows
// that changed (a commit inserts one row), never resetting per keystroke or per commit. Edits go back
// as commands: setData pushes an EditStatementCommand instead of changing anything itself.
#include "drafting/StatementSections.h"

#include <QAbstractItemModel>
#include <QPointer>

namespace kiroku {
class DraftingSession;
}

namespace kiroku::ui {

class StatementTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        StatementIdRole = Qt::UserRole + 1,
        KindRole,      // StatementKind as int; -1 for a section row
        SpeakerRole,   // the printed speaker label
        TextRole,      // the statement's text
        TimeRole,      // spokenAt as HH:mm
        AgendaItemRole // the section's or statement's agenda item id
    };

    explicit StatementTreeModel(DraftingSession *session, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The statement at a child index, or null for a section row.
    const Statement *statement(const QModelIndex &index) const;
    QModelIndex indexOf(Id statementId) const;
    QModelIndex lastStatementIndex() const;
    int statementCount() const;
    QString sectionTitle(Id agendaItemId) const;

private:
    void sync();
    void append(int first);
    void retitle();

    QPointer<DraftingSession> m_session;
    QVector<StatementSection> m_sections;
    QHash<Id, QString> m_titles;
};

} // namespace kiroku::ui
