#include "materials/MaterialViewer.h"

#include "MainWindow.h"
#include "commands/Document.h"
#include "materials/PageThumbnailModel.h"
#include "store/MaterialRepository.h"
#include "store/StoreError.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

MaterialViewer::MaterialViewer(QWidget *parent)
    : QMainWindow(parent)
    , m_pdf(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_thumbnails(new QListView(this))
    , m_thumbnailModel(new PageThumbnailModel(this))
    , m_pageBox(new QSpinBox(this))
    , m_pageTotal(new QLabel(this))
{
    setObjectName(u"materialViewer"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(fittedSize(QSize(1000, 800), parent));

    m_view->setObjectName(u"materialPdfView"_s);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setDocument(m_pdf);

    m_thumbnailModel->setDocument(m_pdf);
    m_thumbnails->setObjectName(u"materialThumbnails"_s);
    m_thumbnails->setModel(m_thumbnailModel);
    // Uniform sizes: the view lays out a hundred pages without asking for their pictures.
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setViewMode(QListView::IconMode); // the page number under its picture
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setResizeMode(QListView::Adjust);
    m_thumbnails->setSpacing(6);
    const int width = m_thumbnailModel->thumbnailWidth();
    m_thumbnails->setIconSize(QSize(width, qRound(width * 1.414)));
    m_thumbnails->setSelectionMode(QAbstractItemView::SingleSelection);
    m_thumbnails->setMinimumWidth(width + 40);
    m_thumbnails->setMaximumWidth(width + 80);
    connect(m_thumbnails, &QListView::clicked, this,
            [this](const QModelIndex &index) { goToPage(index.row()); });
    connect(m_thumbnails, &QListView::activated, this,
            [this](const QModelIndex &index) { goToPage(index.row()); });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_thumbnails);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    QToolBar *bar = addToolBar(tr("Pages"));
    bar->setObjectName(u"viewerToolBar"_s);
    bar->setMovable(false);
    m_pageBox->setObjectName(u"pageBox"_s);
    m_pageBox->setKeyboardTracking(false);
    m_pageBox->setRange(1, 1);
    m_pageBox->setAccelerated(true);
    m_pageBox->setToolTip(tr("Go to page (Ctrl+G)"));
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int page) {
        if (page - 1 != currentPage())
            goToPage(page - 1);
    });
    bar->addWidget(new QLabel(tr("Page "), bar));
    bar->addWidget(m_pageBox);
    bar->addWidget(m_pageTotal);
    bar->addSeparator();

    auto *goTo = new QAction(tr("&Go to Page…"), this);
    goTo->setObjectName(u"actionGoToPage"_s);
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(goTo, &QAction::triggered, this, &MaterialViewer::focusPageBox);
    addAction(goTo);

    QAction *fitWidth = bar->addAction(tr("Fit Width"), this,
                                       [this] { m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth); });
    fitWidth->setObjectName(u"actionFitWidth"_s);
    QAction *fitPage = bar->addAction(tr("Whole Page"), this,
                                      [this] { m_view->setZoomMode(QPdfView::ZoomMode::FitInView); });
    fitPage->setObjectName(u"actionWholePage"_s);
    QAction *zoomIn = bar->addAction(tr("Zoom In"), this, [this] {
        m_view->setZoomMode(QPdfView::ZoomMode::Custom);
        m_view->setZoomFactor(qMin(8.0, m_view->zoomFactor() * 1.25));
    });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = bar->addAction(tr("Zoom Out"), this, [this] {
        m_view->setZoomMode(QPdfView::ZoomMode::Custom);
        m_view->setZoomFactor(qMax(0.1, m_view->zoomFactor() / 1.25));
    });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    for (QKeySequence::StandardKey key : {QKeySequence::MoveToNextPage, QKeySequence::MoveToPreviousPage}) {
        auto *step = new QAction(this);
        step->setShortcut(key);
        const int delta = key == QKeySequence::MoveToNextPage ? 1 : -1;
        connect(step, &QAction::triggered, this, [this, delta] { goToPage(currentPage() + delta); });
        addAction(step);
    }

    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this,
            &MaterialViewer::pageChanged);
    connect(m_pdf, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status status) {
        if (status == QPdfDocument::Status::Ready)
            documentReady();
    });
    statusBar()->setObjectName(u"viewerStatus"_s);
}

MaterialViewer::~MaterialViewer()
{
    // The views and the render thread let go of the document before the buffer behind it goes.
    m_thumbnailModel->setDocument(nullptr);
    m_view->setDocument(nullptr);
    m_pdf->close();
}

bool MaterialViewer::showPdf(const Material &material, const QByteArray &data)
{
    m_material = material;
    m_error.clear();
    m_pdf->close();
    m_buffer.close();
    m_buffer.setData(data);
    m_buffer.open(QIODevice::ReadOnly);
    setWindowTitle(material.title.isEmpty() ? material.label : material.label + u"　"_s + material.title);
    m_pdf->load(&m_buffer);
    if (m_pdf->status() == QPdfDocument::Status::Error) {
        m_error = tr("%1 cannot be shown: Qt PDF cannot read the file.").arg(material.label);
        statusBar()->showMessage(m_error);
        return false;
    }
    return true;
}

bool MaterialViewer::showMaterial(Document *document, Id materialId)
{
    if (!document)
        return false;
    try {
        MaterialRepository repository(document->database());
        const std::optional<Material> material = repository.material(materialId);
        if (!material) {
            m_error = tr("The material is no longer in the archive.");
            return false;
        }
        const std::optional<StoredFile> file =
            material->fileId ? repository.file(material->fileId) : std::nullopt;
        if (!file) {
            m_error = tr("%1 has no PDF file attached.").arg(material->label);
            return false;
        }
        return showPdf(*material, file->data);
    } catch (const StoreError &error) {
        m_error = error.message();
        return false;
    }
}

int MaterialViewer::pageCount() const
{
    return m_pdf->status() == QPdfDocument::Status::Ready ? m_pdf->pageCount() : 0;
}

int MaterialViewer::currentPage() const
{
    return m_view->pageNavigator()->currentPage();
}

void MaterialViewer::goToPage(int page)
{
    if (pageCount() == 0)
        return;
    page = std::clamp(page, 0, pageCount() - 1);
    m_view->pageNavigator()->jump(page, {}, m_view->zoomFactor());
    pageChanged(page);
}

void MaterialViewer::focusPageBox()
{
    m_pageBox->setFocus(Qt::ShortcutFocusReason);
    m_pageBox->selectAll();
}

void MaterialViewer::documentReady()
{
    const int pages = pageCount();
    {
        const QSignalBlocker blocker(m_pageBox);
        m_pageBox->setRange(1, qMax(1, pages));
        m_pageBox->setValue(1);
    }
    m_pageTotal->setText(tr(" of %n page(s)", nullptr, pages));
    QString status = tr("%n page(s)", nullptr, pages);
    if (!m_material.fileName.isEmpty())
        status += u"　"_s + m_material.fileName;
    statusBar()->showMessage(status);
    if (pages > 0)
        m_thumbnails->setCurrentIndex(m_thumbnailModel->index(0));
}

void MaterialViewer::pageChanged(int page)
{
    if (page < 0 || page >= pageCount())
        return;
    {
        const QSignalBlocker blocker(m_pageBox);
        m_pageBox->setValue(page + 1);
    }
    const QModelIndex index = m_thumbnailModel->index(page);
    if (m_thumbnails->currentIndex() != index) {
        m_thumbnails->setCurrentIndex(index);
        m_thumbnails->scrollTo(index);
    }
}

} // namespace kiroku::ui
