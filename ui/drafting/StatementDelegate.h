#pragma once
// Draws one statement of the drafting view: the time, the speaker in a column of its own and the text
// wrapped below the width of the view; stage directions in grey, headings in bold, section rows as
// bands. Row heights are measured once per statement text and width and kept, so a record of thousands
// of statements scrolls and grows without re-measuring every row.
#include <QHash>
#include <QStyledItemDelegate>

namespace kiroku::ui {

class StatementDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit StatementDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

    int measuredRows() const { return int(m_heights.size()); }

Q_SIGNALS:
    // Ctrl+Enter in the in-place editor: the edit is committed, then the statement is to be split at
    // the cursor.
    void splitRequested(qint64 statementId, int offset);

protected:
    // Enter commits the in-place edit (Shift+Enter: a line break), Escape cancels.
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    struct Layout
    {
        QRect time;
        QRect speaker;
        QRect text;
    };
    Layout layout(const QStyleOptionViewItem &option) const;
    int textHeight(const QString &text, const QFont &font, int width) const;

    struct Cached
    {
        size_t textHash = 0;
        int width = 0;
        int height = 0;
    };
    mutable QHash<qint64, Cached> m_heights;
};

} // namespace kiroku::ui
