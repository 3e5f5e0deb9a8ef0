#pragma once
// A material's PDF in a window of its own (Qt PDF): the pages on the right, page thumbnails on the
// left (rendered as they scroll into sight), and a page box to jump to a page (Ctrl+G). The file is
// read from the archive's stored bytes, never from a copy on disk.
#include "model/Types.h"

#include <QBuffer>
#include <QMainWindow>

class QLabel;
class QListView;
class QPdfDocument;
class QPdfView;
class QSpinBox;

namespace kiroku {
class Document;
}

namespace kiroku::ui {

class PageThumbnailModel;

class MaterialViewer : public QMainWindow
{
    Q_OBJECT
public:
    explicit MaterialViewer(QWidget *parent = nullptr);
    ~MaterialViewer() override;

    // Shows `data` (the material's stored PDF); false with errorString() when Qt PDF cannot read it.
    bool showPdf(const Material &material, const QByteArray &data);
    // Reads the material's stored file through the repository and shows it.
    bool showMaterial(Document *document, Id materialId);
    QString errorString() const { return m_error; }

    Id materialId() const { return m_material.id; }
    Id fileId() const { return m_material.fileId; }
    int pageCount() const;
    // The page on screen, from 0.
    int currentPage() const;
    void goToPage(int page);
    // Puts the cursor in the page box (Ctrl+G).
    void focusPageBox();

    QPdfDocument *pdf() const { return m_pdf; }
    QPdfView *pdfView() const { return m_view; }
    QListView *thumbnailView() const { return m_thumbnails; }
    PageThumbnailModel *thumbnailModel() const { return m_thumbnailModel; }
    QSpinBox *pageBox() const { return m_pageBox; }

private:
    void documentReady();
    void pageChanged(int page);

    Material m_material;
    QString m_error;
    QBuffer m_buffer;
    QPdfDocument *m_pdf;
    QPdfView *m_view;
    QListView *m_thumbnails;
    PageThumbnailModel *m_thumbnailModel;
    QSpinBox *m_pageBox;
    QLabel *m_pageTotal;
};

} // namespace kiroku::ui
