#include "pia/PiaOutputTab.h"

#include "commands/Document.h"
#include "pia/PiaLibrary.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

PiaOutputTab::PiaOutputTab(QWidget *parent)
    : PiaTab(parent)
    , m_paragraph(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
{
    setObjectName(u"piaOutputTab"_s);
    auto *sheet = new QPushButton(tr("Print Inspection Result Sheet…"), this);
    sheet->setObjectName(u"piaPrintResultSheetButton"_s);
    connect(sheet, &QPushButton::clicked, this, [this] { choosePrint(letters::LetterKind::PiaResultSheet); });
    auto *paragraphPdf = new QPushButton(tr("Print Response Paragraph…"), this);
    paragraphPdf->setObjectName(u"piaPrintParagraphButton"_s);
    connect(paragraphPdf, &QPushButton::clicked, this,
            [this] { choosePrint(letters::LetterKind::PiaResponseParagraph); });
    auto *copy = new QPushButton(tr("Copy Paragraph"), this);
    copy->setObjectName(u"piaCopyParagraphButton"_s);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_paragraph->toPlainText()); });

    m_paragraph->setObjectName(u"piaParagraph"_s);
    m_paragraph->setReadOnly(true);
    m_paragraph->setAccessibleName(tr("Paragraph of the response"));
    m_problems->setObjectName(u"piaProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #a33;"_s);

    auto *box = new QGroupBox(tr("Paragraph of the response (答申) recording the inspection"), this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_paragraph, 1);
    auto *copyRow = new QHBoxLayout;
    copyRow->addStretch(1);
    copyRow->addWidget(copy);
    boxLayout->addLayout(copyRow);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(sheet);
    buttons->addWidget(paragraphPdf);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);
    layout->addWidget(box, 1);
    setEnabled(false);
}

letters::LetterRequest PiaOutputTab::request(letters::LetterKind kind) const
{
    letters::LetterRequest r;
    r.kind = kind;
    r.piaEvaluationId = m_entry ? m_entry->evaluation.id : 0;
    if (m_document) {
        // The formats and the threshold table a clerk keeps beside the archive.
        const QString folder = QFileInfo(m_document->archive().path()).absolutePath();
        r.formatFolders << folder + u"/letters"_s;
        r.piaFolders << pia::PiaLibrary::folderBeside(m_document->archive().path());
    }
    return r;
}

QString PiaOutputTab::printLetter(letters::LetterKind kind, const QString &path)
{
    if (!m_document || !m_entry)
        return tr("Choose an evaluation first.");
    return letters::writeLetter(m_document->database(), request(kind), path).error;
}

QString PiaOutputTab::paragraphText()
{
    if (m_paragraphStale)
        updateParagraph();
    return m_paragraph->toPlainText();
}

void PiaOutputTab::load()
{
    m_problems->setText(m_entry ? m_entry->problems.join(u'\n') : QString());
    m_problems->setVisible(!m_problems->text().isEmpty());
    m_paragraphStale = true;
    if (isVisible())
        updateParagraph();
}

void PiaOutputTab::showEvent(QShowEvent *event)
{
    PiaTab::showEvent(event);
    if (m_paragraphStale)
        updateParagraph();
}

void PiaOutputTab::updateParagraph()
{
    m_paragraphStale = false;
    if (!m_entry || !m_document) {
        m_paragraph->clear();
        return;
    }
    letters::LetterOutcome outcome;
    const QString text = letters::letterText(m_document->database(),
                                             request(letters::LetterKind::PiaResponseParagraph), &outcome);
    m_paragraph->setPlainText(outcome.error.isEmpty() ? text : outcome.error);
}

void PiaOutputTab::choosePrint(letters::LetterKind kind)
{
    if (!m_document || !m_entry)
        return;
    const PiaEvaluation &e = m_entry->evaluation;
    const QString name = (kind == letters::LetterKind::PiaResultSheet ? u"点検結果_評価書No%1_第%2版.pdf"_s
                                                                      : u"答申_点検_評価書No%1_第%2版.pdf"_s)
                             .arg(e.evaluationNumber)
                             .arg(e.version);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"), QFileInfo(m_document->archive().path()).absoluteDir().filePath(name),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString error = printLetter(kind, path); !error.isEmpty())
        QMessageBox::warning(this, tr("Not Written"), error);
}

} // namespace kiroku::ui
