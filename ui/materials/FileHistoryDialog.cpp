#include "materials/FileHistoryDialog.h"

#include "commands/Document.h"
#include "materials/MaterialViewer.h"
#include "store/MaterialRepository.h"
#include "store/StoreError.h"
#include "text/Wareki.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

FileHistoryDialog::FileHistoryDialog(Document *document, Id materialId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_materialId(materialId)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTableView(this))
    , m_open(new QPushButton(tr("Open"), this))
{
    setObjectName(u"fileHistoryDialog"_s);
    m_view->setObjectName(u"fileHistoryTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setAccessibleName(tr("Files of this material"));
    m_open->setObjectName(u"openFileVersionButton"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, [this] { openRow(m_view->currentIndex().row()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });

    auto *note = new QLabel(tr("A replaced file stays in the archive. Undo the replacement to make an "
                               "earlier file current again, or replace the file with it."),
                            this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(720, 320);
    reload();
}

void FileHistoryDialog::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Version"), tr("File"), tr("Pages"), tr("Replaced")});
    try {
        MaterialRepository repository(m_document->database());
        m_material = repository.material(m_materialId).value_or(Material{});
        m_history = repository.fileHistory(m_materialId);
    } catch (const StoreError &error) {
        m_document->reportFailure(error.message());
        return;
    }
    setWindowTitle(tr("File History of %1").arg(m_material.label));
    const auto addRow = [this](const QString &version, const QString &file, int pages, const QString &when) {
        QList<QStandardItem *> row{new QStandardItem(version), new QStandardItem(file),
                                   new QStandardItem(QString::number(pages)), new QStandardItem(when)};
        row[2]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(row);
    };
    for (const MaterialFileVersion &v : std::as_const(m_history)) {
        const QDateTime at = QDateTime::fromString(v.replacedAt, Qt::ISODate).toLocalTime();
        addRow(tr("Version %1").arg(v.version), v.fileName, v.pageCount,
               at.isValid() ? wareki::formatDate(at.date(), wareki::Digits::Half, false) + u" "_s +
                                  at.time().toString(u"HH:mm"_s)
                            : v.replacedAt);
    }
    addRow(tr("Current"), m_material.fileName, m_material.pageCount, QString());
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_view->selectRow(m_model->rowCount() - 1);
}

MaterialViewer *FileHistoryDialog::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return nullptr;
    auto *viewer = new MaterialViewer(parentWidget() ? parentWidget() : this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    bool shown = false;
    if (row == m_history.size()) {
        shown = viewer->showMaterial(m_document, m_materialId);
    } else {
        Material old = m_material;
        old.fileId = m_history.at(row).fileId;
        old.fileName = m_history.at(row).fileName;
        old.pageCount = m_history.at(row).pageCount;
        old.title = tr("%1 (version %2)").arg(m_material.title).arg(m_history.at(row).version);
        try {
            const auto file = MaterialRepository(m_document->database()).file(old.fileId);
            shown = file && viewer->showPdf(old, file->data);
        } catch (const StoreError &error) {
            m_document->reportFailure(error.message());
        }
    }
    if (!shown) {
        QMessageBox::warning(this, tr("Cannot Open File"),
                             viewer->errorString().isEmpty() ? tr("The file is not in the archive.")
                                                             : viewer->errorString());
        delete viewer;
        return nullptr;
    }
    viewer->show();
    return viewer;
}

} // namespace kiroku::ui
