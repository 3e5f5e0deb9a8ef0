#include "pia/PiaDocumentTab.h"

#include "commands/Document.h"
#include "commands/PiaCommands.h"
#include "store/MaterialRepository.h"
#include "store/StoreError.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

PiaDocumentTab::PiaDocumentTab(QWidget *parent)
    : PiaTab(parent)
    , m_pdf(new QPdfDocument(this))
    , m_view(new QPdfView(this))
    , m_info(new QLabel(this))
    , m_attach(new QPushButton(tr("Attach PDF…"), this))
    , m_pageBox(new QSpinBox(this))
{
    setObjectName(u"piaDocumentTab"_s);
    m_view->setObjectName(u"piaPdfView"_s);
    m_view->setAccessibleName(tr("Evaluation document"));
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setDocument(m_pdf);
    m_info->setObjectName(u"piaDocumentInfo"_s);
    m_attach->setObjectName(u"piaAttachDocumentButton"_s);
    connect(m_attach, &QPushButton::clicked, this, &PiaDocumentTab::chooseFile);
    m_pageBox->setObjectName(u"piaPageBox"_s);
    m_pageBox->setAccessibleName(tr("Page"));
    m_pageBox->setPrefix(tr("p."));
    m_pageBox->setKeyboardTracking(false);
    connect(m_pageBox, &QSpinBox::valueChanged, this, [this](int page) {
        if (!m_loading && page != currentPage())
            goToPage(page);
    });
    connect(m_view->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, [this](int page) {
        const QSignalBlocker blocker(m_pageBox);
        m_pageBox->setValue(page + 1);
    });

    auto *head = new QHBoxLayout;
    head->addWidget(m_info, 1);
    head->addWidget(new QLabel(tr("Go to:"), this));
    head->addWidget(m_pageBox);
    head->addWidget(m_attach);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_view, 1);
    setEnabled(false);
}

PiaDocumentTab::~PiaDocumentTab()
{
    // The view lets go of the document before the buffer behind it goes.
    m_view->setDocument(nullptr);
    m_pdf->close();
}

QString PiaDocumentTab::attachFile(const QString &path)
{
    if (!m_document || !m_entry)
        return tr("Choose an evaluation first.");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
    const QByteArray pdf = file.readAll();
    const QString name = QFileInfo(path).fileName();
    // Checked before anything is pushed, so the clerk sees the core's reason right here.
    QString error;
    if (SetPiaDocumentCommand::checkDocument(pdf, name, &error) <= 0)
        return error.isEmpty() ? tr("%1 is not a usable PDF.").arg(name) : error;
    if (!m_document->push(new SetPiaDocumentCommand(m_document, m_entry->evaluation.id, pdf, name)))
        return tr("%1 was not attached.").arg(name);
    return {};
}

void PiaDocumentTab::chooseFile()
{
    if (!m_document || !m_entry)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach Evaluation Document"),
                                                      QFileInfo(m_document->archive().path()).absolutePath(),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString error = attachFile(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Document Not Attached"), error);
}

void PiaDocumentTab::load()
{
    if (!m_entry) {
        m_info->setText(QString());
        showStoredFile();
        return;
    }
    const PiaEvaluation &e = m_entry->evaluation;
    m_info->setText(e.documentFileId == 0
                        ? tr("No evaluation document attached yet.")
                        : tr("%1 · %n page(s)", nullptr, e.documentPageCount).arg(e.documentFileName));
    m_attach->setText(e.documentFileId == 0 ? tr("Attach PDF…") : tr("Replace PDF…"));
    showStoredFile();
}

void PiaDocumentTab::showStoredFile()
{
    const Id fileId = m_entry ? m_entry->evaluation.documentFileId : 0;
    if (fileId == m_shownFile)
        return; // header edits must not reload a 100-page document
    m_shownFile = fileId;
    m_pdf->close();
    m_buffer.close();
    m_buffer.setData({});
    if (fileId != 0 && m_document) {
        try {
            if (const std::optional<StoredFile> file =
                    MaterialRepository(m_document->database()).file(fileId)) {
                m_buffer.setData(file->data);
                m_buffer.open(QIODevice::ReadOnly);
                m_pdf->load(&m_buffer);
            }
        } catch (const StoreError &error) {
            m_info->setText(error.message());
        }
    }
    const int pages = pageCount();
    const QSignalBlocker blocker(m_pageBox);
    m_pageBox->setRange(pages > 0 ? 1 : 0, std::max(pages, 0));
    m_pageBox->setValue(pages > 0 ? 1 : 0);
    m_pageBox->setEnabled(pages > 0);
}

int PiaDocumentTab::pageCount() const
{
    return m_pdf->status() == QPdfDocument::Status::Ready ? m_pdf->pageCount() : 0;
}

int PiaDocumentTab::currentPage() const
{
    return pageCount() > 0 ? m_view->pageNavigator()->currentPage() + 1 : 0;
}

void PiaDocumentTab::goToPage(int page)
{
    if (page < 1 || page > pageCount())
        return;
    m_view->pageNavigator()->jump(page - 1, {}, m_view->pageNavigator()->currentZoom());
    const QSignalBlocker blocker(m_pageBox);
    m_pageBox->setValue(page);
}

} // namespace kiroku::ui
