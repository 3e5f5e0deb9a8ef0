#include "printing/ExportDialog.h"

#include "MainWindow.h"
#include "printing/MaskHitModel.h"
#include "record/RecordFormat.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

ExportDialog::ExportDialog(QSqlDatabase db, record::PrintRequest request, const QStringList &formats,
                           QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_base(std::move(request))
    , m_format(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_internal(new QRadioButton(tr("&Internal (all names)"), this))
    , m_public(new QRadioButton(tr("&Public version (masked)"), this))
    , m_pdfA(new QCheckBox(tr("PDF/&A-1b for archiving"), this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_hits(new MaskHitModel(this))
{
    setWindowTitle(tr("Export Record"));
    setObjectName(u"exportDialog"_s);
    m_format->setObjectName(u"format"_s);
    m_type->setObjectName(u"fileType"_s);
    m_public->setObjectName(u"publicVersion"_s);
    m_table->setObjectName(u"maskedPlaces"_s);

    // The clerk chooses by the format's Japanese title; its file name stays in the tooltip.
    const record::FormatLibrary library(m_base.formatFolders);
    for (const QString &name : formats) {
        const auto format = library.format(name);
        const QString label = format && !format->label.isEmpty() ? format->label : name;
        m_format->addItem(label, name);
        m_format->setItemData(m_format->count() - 1, name, Qt::ToolTipRole);
    }
    if (const int i = m_format->findData(m_base.format); i >= 0)
        m_format->setCurrentIndex(i);
    m_type->addItem(tr("PDF (print and archive)"), int(FileType::Pdf));
    m_type->addItem(tr("ODT (word processor)"), int(FileType::Odt));
    m_type->addItem(tr("HTML (website)"), int(FileType::Html));
    (m_base.publicVersion ? m_public : m_internal)->setChecked(true);
    auto *versions = new QButtonGroup(this);
    versions->addButton(m_internal);
    versions->addButton(m_public);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("File &type:"), m_type);
    auto *versionRow = new QHBoxLayout;
    versionRow->addWidget(m_internal);
    versionRow->addWidget(m_public);
    versionRow->addStretch();
    form->addRow(tr("Version:"), versionRow);
    form->addRow(QString(), m_pdfA);

    m_table->setModel(m_hits);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fittedSize(QSize(820, 520), parent));

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
    connect(m_public, &QRadioButton::toggled, this, &ExportDialog::refresh);
    refresh();
}

record::PrintRequest ExportDialog::request() const
{
    record::PrintRequest r = m_base;
    r.format = m_format->currentData().toString();
    r.publicVersion = m_public->isChecked();
    r.pdfA = fileType() == FileType::Pdf && m_pdfA->isChecked();
    return r;
}

ExportDialog::FileType ExportDialog::fileType() const
{
    return FileType(m_type->currentData().toInt());
}

QString ExportDialog::suffix() const
{
    switch (fileType()) {
    case FileType::Odt:
        return u"odt"_s;
    case FileType::Html:
        return u"html"_s;
    case FileType::Pdf:
        break;
    }
    return u"pdf"_s;
}

void ExportDialog::refresh()
{
    m_pdfA->setEnabled(fileType() == FileType::Pdf);
    const bool published = m_public->isChecked();
    m_table->setVisible(published);
    if (!published) {
        m_hits->setHits({});
        m_summary->setText(tr("The internal version prints every name as recorded."));
        return;
    }
    record::PrintOutcome outcome;
    if (!record::prepareRecord(m_db, request(), outcome)) {
        m_hits->setHits({});
        m_summary->setText(outcome.error);
        return;
    }
    m_hits->setHits(outcome.hits);
    m_table->resizeColumnsToContents();
    m_summary->setText(
        outcome.hits.isEmpty()
            ? tr("Nothing in this record is on the masking list or named under the name policy.")
            : tr("The public version replaces %n place(s). Check each before exporting.", nullptr,
                 int(outcome.hits.size())));
}

} // namespace kiroku::ui
