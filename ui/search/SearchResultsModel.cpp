#include "search/SearchResultsModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SearchResultsModel::setHits(QVector<SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    m_places.clear();
    m_places.reserve(m_hits.size());
    for (const SearchHit &hit : std::as_const(m_hits)) {
        QString place = m_labeller ? m_labeller(hit) : QString();
        place += u"　"_s + kindName(hit.kind);
        if (!hit.speaker.isEmpty())
            place += u"　"_s + hit.speaker;
        m_places.append(place.trimmed());
    }
    endResetModel();
}

void SearchResultsModel::clear()
{
    setHits({});
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.snippet;
    case Qt::ToolTipRole: // the whole snippet, where the row cuts it off
        return QString(m_places.at(index.row()) + u'\n' + hit.snippet);
    case PlaceRole:
        return m_places.at(index.row());
    case Qt::AccessibleTextRole:
        return QString(m_places.at(index.row()) + u'\n' + hit.snippet);
    case SnippetHtmlRole:
        return snippetHtml(hit);
    case KindRole:
        return hit.kind;
    case RefIdRole:
        return hit.refId;
    case MeetingIdRole:
        return hit.meetingId;
    case CouncilIdRole:
        return hit.councilId;
    default:
        return {};
    }
}

QString SearchResultsModel::snippetHtml(const SearchHit &hit)
{
    QString html;
    int at = 0;
    for (const auto &[start, length] : hit.highlights) {
        if (start < at) // overlapping matches of two terms: the first one wins
            continue;
        html += hit.snippet.mid(at, start - at).toHtmlEscaped() + u"<b>"_s +
                hit.snippet.mid(start, length).toHtmlEscaped() + u"</b>"_s;
        at = start + length;
    }
    return html + hit.snippet.mid(at).toHtmlEscaped();
}

QString SearchResultsModel::kindName(const QString &kind)
{
    if (kind == u"statement")
        return tr("Statement");
    if (kind == u"agenda")
        return tr("Agenda item");
    if (kind == u"consultation")
        return tr("Consultation");
    if (kind == u"response")
        return tr("Response");
    if (kind == u"material")
        return tr("Material");
    if (kind == u"pia_finding")
        return tr("PIA finding");
    if (kind == u"pia_question")
        return tr("PIA question");
    return kind;
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = option.rect.adjusted(4, 2, -4, -2);
    const int line = option.fontMetrics.height();

    painter->save();
    QColor muted = text;
    muted.setAlphaF(0.65f);
    painter->setPen(muted);
    painter->setFont(option.font);
    painter->drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(SearchResultsModel::PlaceRole).toString(),
                                                    Qt::ElideRight, area.width()));

    static thread_local QTextDocument document;
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    document.setTextWidth(area.width()); // wrapped: a narrow dock still shows the match
    // Matches: bold on a light marker colour, readable when the row is selected too.
    document.setDefaultStyleSheet(selected ? u"b { text-decoration: underline; }"_s
                                           : u"b { background-color: #ffe27a; color: #000000; }"_s);
    document.setHtml(index.data(SearchResultsModel::SnippetHtmlRole).toString());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, text);
    painter->translate(area.left(), area.top() + line);
    // Whole lines only: a line cut through the middle reads as a different word.
    int height = area.height() - line;
    document.documentLayout()->documentSize(); // lays the text out
    if (const QTextLayout *layout = document.firstBlock().layout();
        layout && layout->lineCount() > snippetLines)
        height = std::min(height, int(layout->lineAt(snippetLines - 1).rect().bottom()));
    const QRect clip(0, 0, area.width(), height);
    painter->setClipRect(clip);
    context.clip = clip;
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    // The place and up to snippetLines wrapped lines; a fixed height keeps 1,000 rows cheap.
    return {160, option.fontMetrics.height() * (1 + snippetLines) + 6};
}

} // namespace kiroku::ui
