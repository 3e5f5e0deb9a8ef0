#pragma once
// Search results as a list model: one row per hit, the place (council, 年度, meeting, kind, speaker)
// and the snippet with its matches marked up for the SnippetDelegate.
#include "store/SearchRepository.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>

#include <functional>

namespace kiroku::ui {

class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        SnippetHtmlRole = Qt::UserRole + 1, // the snippet as rich text, matches in <b>
        PlaceRole,                          // where the hit is, one line
        KindRole,                           // statement, agenda, consultation, response, material
        RefIdRole,
        MeetingIdRole,
        CouncilIdRole,
    };
    // The text naming a meeting (令和7年度 第1回 …) or a council, supplied by the window.
    using Labeller = std::function<QString(const SearchHit &hit)>;

    explicit SearchResultsModel(QObject *parent = nullptr);
    void setLabeller(Labeller labeller) { m_labeller = std::move(labeller); }
    void setHits(QVector<SearchHit> hits);
    void clear();
    const SearchHit &hit(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The snippet, HTML-escaped, each highlighted range in <b>.
    static QString snippetHtml(const SearchHit &hit);
    static QString kindName(const QString &kind);

private:
    QVector<SearchHit> m_hits;
    QVector<QString> m_places; // computed once per result set, not per paint
    Labeller m_labeller;
};

// One line for the place in a muted colour, then the snippet as rich text wrapped to the width. One
// QTextDocument is reused for every row painted, and rows have a fixed height, so a list of
// 1,000 results costs only what is visible.
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int snippetLines = 3;
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace kiroku::ui
