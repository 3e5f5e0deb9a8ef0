#pragma once
// One row per page of a PDF, with a thumbnail as the decoration. Pages are rendered lazily: only when
// a view asks for a page's picture (a list view with uniform item sizes asks for the visible rows
// only), on Qt PDF's render thread, and kept once rendered. A page not rendered yet shows a blank
// sheet of the page's proportions.
#include <QAbstractListModel>
#include <QHash>
#include <QIcon>
#include <QSet>

class QImage;

class QPdfDocument;
class QPdfPageRenderer;

namespace kiroku::ui {

class PageThumbnailModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit PageThumbnailModel(QObject *parent = nullptr);
    // The document's pages; the model follows its page count.
    void setDocument(QPdfDocument *document);
    // The thumbnail's width in device-independent pixels (the height follows each page).
    void setThumbnailWidth(int width);
    int thumbnailWidth() const { return m_width; }

    bool isRendered(int page) const { return m_images.contains(page); }
    int renderedCount() const { return int(m_images.size()); }
    // Renders wanted so far (each page at most once).
    int requestedCount() const { return int(m_requested.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void pageRendered(int page);

private:
    void reset();
    QSize imageSize(int page) const;
    void request(int page) const;
    void rendered(int page, QSize size, const QImage &image);
    static QIcon iconOf(const QImage &image);

    QPdfDocument *m_document = nullptr;
    QPdfPageRenderer *m_renderer;
    int m_width = 120;
    int m_pageCount = 0;
    QHash<int, QIcon> m_images;
    mutable QSet<int> m_requested;
};

} // namespace kiroku::ui
