#include "pia/PiaQuestionsTab.h"

#include "Delegates.h"
#include "commands/Document.h"
#include "commands/PiaPartCommands.h"
#include "io/SaveFile.h"
#include "pia/PiaLabels.h"
#include "pia/QuestionTable.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

PiaQuestionsTab::PiaQuestionsTab(QWidget *parent)
    : PiaTab(parent)
    , m_model(new PiaQuestionModel(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"piaQuestionsTab"_s);
    auto *table = new PiaPartTable(m_model, PiaColumns::QuestionText, tr("Question table"), this);
    m_view = table->view();
    m_view->setObjectName(u"piaQuestions"_s);
    const Choices judgments = PiaLabels::choices<PiaJudgment>();
    m_view->setItemDelegateForColumn(PiaColumns::QuestionFirst, new ChoiceDelegate(judgments, m_view));
    m_view->setItemDelegateForColumn(PiaColumns::QuestionFinal, new ChoiceDelegate(judgments, m_view));
    m_summary->setObjectName(u"piaQuestionSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PiaQuestionsTab::updateSummary);

    auto *importButton = new QPushButton(tr("Import CSV/TSV…"), this);
    importButton->setObjectName(u"piaImportQuestionsButton"_s);
    connect(importButton, &QPushButton::clicked, this, &PiaQuestionsTab::chooseImport);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(u"piaExportQuestionsButton"_s);
    connect(exportButton, &QPushButton::clicked, this, &PiaQuestionsTab::chooseExport);
    auto *head = new QHBoxLayout;
    head->addWidget(m_summary, 1);
    head->addWidget(importButton);
    head->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(table, 1);
    setEnabled(false);
}

void PiaQuestionsTab::setDocument(Document *document)
{
    PiaTab::setDocument(document);
    m_model->setDocument(document);
}

void PiaQuestionsTab::load()
{
    const Id id = m_entry ? m_entry->evaluation.id : 0;
    if (m_model->evaluationId() != id)
        m_model->setEvaluation(id);
    updateSummary();
}

QString PiaQuestionsTab::summaryText() const
{
    return m_summary->text();
}

void PiaQuestionsTab::updateSummary()
{
    // From the table as it is now, in the wording the result sheet prints.
    const QString summary = pia::questionSummary(m_model->items());
    m_summary->setText(summary.isEmpty() && m_entry ? tr("No questions yet") : summary);
}

QString PiaQuestionsTab::importFile(const QString &path)
{
    if (!m_document || !m_entry)
        return tr("Choose an evaluation first.");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
    const QStringList errors = importPiaQuestions(m_document, m_entry->evaluation.id, file.readAll());
    return errors.join(u'\n');
}

QString PiaQuestionsTab::exportFile(const QString &path)
{
    if (!m_entry)
        return tr("Choose an evaluation first.");
    const bool tsv =
        path.endsWith(u".tsv"_s, Qt::CaseInsensitive) || path.endsWith(u".txt"_s, Qt::CaseInsensitive);
    const QByteArray bytes =
        pia::QuestionTable::write(m_model->items(), tsv ? pia::TableFormat::Tsv : pia::TableFormat::Csv);
    return writeFileAtomically(path, bytes);
}

void PiaQuestionsTab::chooseImport()
{
    if (!m_document || !m_entry)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Question Table"), QFileInfo(m_document->archive().path()).absolutePath(),
        tr("Question tables (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const QString error = importFile(path); !error.isEmpty())
        QMessageBox::warning(
            this, tr("Question Table Not Imported"),
            tr("%1 was not imported; the table is unchanged.\n\n%2").arg(QFileInfo(path).fileName(), error));
}

void PiaQuestionsTab::chooseExport()
{
    if (!m_document || !m_entry)
        return;
    const QString name = u"質問票_評価書No%1_第%2版.csv"_s.arg(m_entry->evaluation.evaluationNumber)
                             .arg(m_entry->evaluation.version);
    const QString csv = tr("CSV (*.csv)"), tsv = tr("TSV (*.tsv)");
    QString filter = csv;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Question Table"),
        QFileInfo(m_document->archive().path()).absoluteDir().filePath(name), csv + u";;"_s + tsv, &filter);
    if (path.isEmpty())
        return;
    // The chosen type decides when the name says otherwise.
    if (filter == tsv && path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        path = path.chopped(4) + u".tsv"_s;
    if (const QString error = exportFile(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Question Table Not Exported"), error);
}

} // namespace kiroku::ui
