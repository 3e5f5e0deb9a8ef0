#pragma once
// The evaluation document (評価書, a PDF of 100 pages or more): attached through SetPiaDocumentCommand
// (an encrypted, damaged or non-PDF file is refused with the reason and nothing changes), shown with
// Qt PDF from the archive's stored bytes, with a page box to jump to a cited page.
#include "pia/PiaTab.h"

#include <QBuffer>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;
class QSpinBox;

namespace kiroku::ui {

class PiaDocumentTab : public PiaTab
{
    Q_OBJECT
public:
    explicit PiaDocumentTab(QWidget *parent = nullptr);
    ~PiaDocumentTab() override;

    // Attaches a PDF file; empty on success, else why not (nothing changed then).
    QString attachFile(const QString &path);
    // Shows page `page` (from 1) of the document.
    void goToPage(int page);
    int pageCount() const;
    int currentPage() const; // from 1; 0 when none is shown
    QPdfView *pdfView() const { return m_view; }
    QSpinBox *pageBox() const { return m_pageBox; }

protected:
    void load() override;

private:
    void chooseFile();
    void showStoredFile();

    QPdfDocument *m_pdf;
    QPdfView *m_view;
    QBuffer m_buffer;
    Id m_shownFile = 0;
    QLabel *m_info;
    QPushButton *m_attach;
    QSpinBox *m_pageBox;
};

} // namespace kiroku::ui
