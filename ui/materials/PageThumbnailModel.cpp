#include "materials/PageThumbnailModel.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfPageRenderer>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

PageThumbnailModel::PageThumbnailModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_renderer(new QPdfPageRenderer(this))
{
    m_renderer->setRenderMode(QPdfPageRenderer::RenderMode::MultiThreaded);
    connect(m_renderer, &QPdfPageRenderer::pageRendered, this,
            [this](int page, QSize size, const QImage &image) { rendered(page, size, image); });
}

void PageThumbnailModel::setDocument(QPdfDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_renderer->setDocument(document);
    if (document) {
        connect(document, &QPdfDocument::pageCountChanged, this, &PageThumbnailModel::reset);
        connect(document, &QPdfDocument::statusChanged, this, &PageThumbnailModel::reset);
    }
    reset();
}

void PageThumbnailModel::setThumbnailWidth(int width)
{
    if (width == m_width)
        return;
    m_width = width;
    reset();
}

void PageThumbnailModel::reset()
{
    const int count =
        m_document && m_document->status() == QPdfDocument::Status::Ready ? m_document->pageCount() : 0;
    beginResetModel();
    m_pageCount = count;
    m_images.clear();
    m_requested.clear();
    endResetModel();
}

QSize PageThumbnailModel::imageSize(int page) const
{
    const QSizeF points = m_document ? m_document->pagePointSize(page) : QSizeF();
    const qreal ratio = points.width() > 0 ? points.height() / points.width() : 297.0 / 210.0;
    const qreal dpr = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    return QSize(qRound(m_width * dpr), qRound(m_width * ratio * dpr));
}

void PageThumbnailModel::request(int page) const
{
    if (!m_document || m_requested.contains(page))
        return;
    m_requested.insert(page);
    m_renderer->requestPage(page, imageSize(page));
}

void PageThumbnailModel::rendered(int page, QSize, const QImage &image)
{
    if (page < 0 || page >= m_pageCount || !m_requested.contains(page))
        return; // from a document or width that is gone
    m_images.insert(page, iconOf(image));
    const QModelIndex i = index(page);
    Q_EMIT dataChanged(i, i, {Qt::DecorationRole});
    Q_EMIT pageRendered(page);
}

QIcon PageThumbnailModel::iconOf(const QImage &image)
{
    // A grey edge, so a white page stands out from the list; the same picture when selected (the
    // selection shows around it instead of tinting the page).
    QImage framed(image.size(), QImage::Format_RGB32); // on white: pdfium leaves the paper transparent
    framed.fill(Qt::white);
    QPainter painter(&framed);
    painter.drawImage(0, 0, image);
    painter.setPen(QColor(0xa0, 0xa0, 0xa0));
    painter.drawRect(framed.rect().adjusted(0, 0, -1, -1));
    painter.end();
    QPixmap pixmap = QPixmap::fromImage(framed);
    pixmap.setDevicePixelRatio(qGuiApp ? qGuiApp->devicePixelRatio() : 1.0);
    QIcon icon;
    icon.addPixmap(pixmap, QIcon::Normal);
    icon.addPixmap(pixmap, QIcon::Selected);
    return icon;
}

int PageThumbnailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_pageCount;
}

QVariant PageThumbnailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_pageCount)
        return {};
    const int page = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(page + 1);
    case Qt::ToolTipRole:
        return tr("Page %1 of %2").arg(page + 1).arg(m_pageCount);
    case Qt::DecorationRole: {
        if (const auto found = m_images.constFind(page); found != m_images.constEnd())
            return *found;
        request(page);
        // A blank sheet of the page's shape until its picture arrives.
        QImage blank(imageSize(page), QImage::Format_RGB32);
        blank.fill(Qt::white);
        return iconOf(blank);
    }
    }
    return {};
}

} // namespace kiroku::ui
