#include "materials/MaterialsPanel.h"

#include "Delegates.h"
#include "commands/MaterialCommands.h"
#include "materials/FileHistoryDialog.h"
#include "materials/MaterialTableModel.h"
#include "materials/MaterialViewer.h"
#include "materials/PacketDialog.h"
#include "store/MaterialRepository.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

// A combo of the choices the model offers for the cell (agenda items, distribution); one pick is one edit.
class CellChoiceDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        for (const QVariant &choice : index.data(MaterialTableModel::ChoicesRole).toList()) {
            const QStringList pair = choice.toStringList();
            combo->addItem(pair.value(0), pair.value(1));
        }
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<CellChoiceDelegate *>(this);
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toString())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

MaterialsPanel::MaterialsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new MaterialTableModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_replace(new QPushButton(tr("Replace File…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Move Up"), this))
    , m_down(new QPushButton(tr("Move Down"), this))
    , m_open(new QPushButton(tr("Open"), this))
    , m_history(new QPushButton(tr("File History…"), this))
    , m_packet(new QPushButton(tr("Build Packet…"), this))
{
    setObjectName(u"materialsPanel"_s);
    m_view->setObjectName(u"materialsTable"_s);
    m_view->setModel(m_model);
    setUpTable(m_view);
    m_view->horizontalHeader()->setStretchLastSection(false);
    // The title takes the room; the agenda item (long: 諮問第12号 … について) is cut at a set width.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(MaterialTableModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MaterialTableModel::AgendaColumn, QHeaderView::Interactive);
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(u"0000"_s) + 16);
    header->resizeSection(MaterialTableModel::AgendaColumn, fontMetrics().horizontalAdvance(u'あ') * 14);
    header->setSectionResizeMode(MaterialTableModel::FileColumn, QHeaderView::Interactive);
    header->resizeSection(MaterialTableModel::FileColumn, fontMetrics().horizontalAdvance(u'あ') * 10);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                            QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    auto *choices = new CellChoiceDelegate(m_view);
    m_view->setItemDelegateForColumn(MaterialTableModel::AgendaColumn, choices);
    m_view->setItemDelegateForColumn(MaterialTableModel::DistributionColumn, choices);
    // PDF files from the file manager; the model hands them to addFiles().
    m_view->setAcceptDrops(true);
    m_view->setDragDropMode(QAbstractItemView::DropOnly);
    m_view->setDropIndicatorShown(true);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setToolTip(tr("Drop PDF files here to add them as materials."));
    connect(m_model, &MaterialTableModel::filesDropped, this,
            [this](const QStringList &paths, Id agendaItemId) { addFiles(paths, agendaItemId); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        // Enter or a double click on a read-only cell (pages, file) opens the PDF.
        if (!(m_model->flags(index) & Qt::ItemIsEditable))
            openViewer(index.data(MaterialTableModel::MaterialIdRole).toLongLong());
    });

    const QList<std::pair<QPushButton *, QString>> names{
        {m_add, u"addMaterialButton"_s},         {m_replace, u"replaceMaterialButton"_s},
        {m_remove, u"removeMaterialButton"_s},   {m_up, u"moveMaterialUpButton"_s},
        {m_down, u"moveMaterialDownButton"_s},   {m_open, u"openMaterialButton"_s},
        {m_history, u"materialHistoryButton"_s}, {m_packet, u"buildPacketPanelButton"_s}};
    for (const auto &[button, name] : names)
        button->setObjectName(name);
    m_up->setToolTip(tr("Earlier under the same agenda item (Ctrl+Up)"));
    m_down->setToolTip(tr("Later under the same agenda item (Ctrl+Down)"));
    connect(m_add, &QPushButton::clicked, this, &MaterialsPanel::chooseFiles);
    connect(m_replace, &QPushButton::clicked, this, &MaterialsPanel::chooseReplacement);
    connect(m_remove, &QPushButton::clicked, this, &MaterialsPanel::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_open, &QPushButton::clicked, this, [this] { openViewer(currentMaterialId()); });
    connect(m_history, &QPushButton::clicked, this, [this] { openFileHistory(currentMaterialId()); });
    connect(m_packet, &QPushButton::clicked, this, &MaterialsPanel::openPacketDialog);
    auto *up =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(up, &QShortcut::activated, this, [this] { moveCurrent(-1); });
    auto *down =
        new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] { moveCurrent(+1); });
    auto *remove = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &MaterialsPanel::removeCurrent);

    // Editing on one line, viewing and the packet on the next, so the meeting editor fits 1280×720.
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_replace, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *viewing = new QHBoxLayout;
    viewing->addWidget(m_open);
    viewing->addWidget(m_history);
    viewing->addStretch(1);
    viewing->addWidget(m_packet);
    m_summary->setObjectName(u"materialsSummary"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addLayout(viewing);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MaterialsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateButtons();
        updateSummary();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateButtons();
        updateSummary();
    });
    updateButtons();
}

void MaterialsPanel::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    for (const QPointer<MaterialViewer> &viewer : std::as_const(m_viewers))
        delete viewer.data();
    m_viewers.clear();
    m_document = document;
    m_meetingId = 0;
    m_model->setDocument(document);
    if (document) {
        // An open viewer follows its material: a new file is shown, a removed material's window closes.
        connect(document, &Document::materialsChanged, this, [this] {
            for (auto it = m_viewers.begin(); it != m_viewers.end();) {
                MaterialViewer *viewer = it.value();
                std::optional<Material> material;
                try {
                    material =
                        viewer ? MaterialRepository(m_document->database()).material(it.key()) : std::nullopt;
                } catch (const StoreError &) {
                }
                if (!material) {
                    delete viewer;
                    it = m_viewers.erase(it);
                    continue;
                }
                if (material->fileId != viewer->fileId())
                    viewer->showMaterial(m_document, material->id);
                ++it;
            }
        });
    }
    updateButtons();
}

void MaterialsPanel::setMeeting(Id meetingId)
{
    m_meetingId = meetingId;
    m_model->setMeeting(meetingId);
    updateSummary();
}

Id MaterialsPanel::currentMaterialId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(MaterialTableModel::MaterialIdRole).toLongLong() : 0;
}

bool MaterialsPanel::selectMaterial(Id materialId)
{
    const int row = m_model->rowOf(materialId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, MaterialTableModel::LabelColumn));
    return true;
}

int MaterialsPanel::addFiles(const QStringList &paths, Id agendaItemId)
{
    if (!m_document || m_meetingId == 0 || paths.isEmpty())
        return 0;
    m_lastProblem.clear();
    QStringList problems;
    int added = 0;
    Id last = 0;
    for (const QString &path : paths) {
        MaterialFile file = readMaterialFile(path);
        if (!file.error.isEmpty()) {
            problems << file.error;
            continue;
        }
        const QVector<Material> &existing = m_model->materials();
        Material material;
        material.meetingId = m_meetingId;
        material.agendaItemId = agendaItemId;
        material.label = nextMaterialLabel(existing);
        material.title = QFileInfo(path).completeBaseName();
        int position = 0;
        for (const Material &m : existing)
            position = qMax(position, m.position + 1);
        material.position = position;
        auto *command = new AddMaterialCommand(m_document, material, std::move(file));
        if (!m_document->push(command))
            break; // the archive refused; the Document said why
        last = command->material().id;
        ++added;
    }
    if (last)
        selectMaterial(last);
    if (!problems.isEmpty())
        showProblem(tr("Not Added"), tr("These files were not added:\n\n%1").arg(problems.join(u"\n"_s)));
    return added;
}

bool MaterialsPanel::replaceFile(Id materialId, const QString &path)
{
    if (!m_document)
        return false;
    const int row = m_model->rowOf(materialId);
    if (row < 0)
        return false;
    m_lastProblem.clear();
    MaterialFile file = readMaterialFile(path);
    if (!file.error.isEmpty()) {
        showProblem(tr("File Not Replaced"), file.error);
        return false;
    }
    return m_document->push(
        new ReplaceMaterialFileCommand(m_document, m_model->materials().at(row), std::move(file)));
}

bool MaterialsPanel::removeMaterial(Id materialId)
{
    const int row = m_model->rowOf(materialId);
    if (!m_document || row < 0)
        return false;
    return m_document->push(new RemoveMaterialCommand(m_document, m_model->materials().at(row)));
}

MaterialViewer *MaterialsPanel::openViewer(Id materialId)
{
    if (!m_document || materialId == 0)
        return nullptr;
    if (MaterialViewer *open = m_viewers.value(materialId)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *viewer = new MaterialViewer(window());
    if (!viewer->showMaterial(m_document, materialId)) {
        showProblem(tr("Cannot Open Material"), viewer->errorString());
        delete viewer;
        return nullptr;
    }
    m_lastProblem.clear();
    m_viewers.insert(materialId, viewer);
    viewer->show();
    return viewer;
}

FileHistoryDialog *MaterialsPanel::openFileHistory(Id materialId)
{
    if (!m_document || materialId == 0)
        return nullptr;
    auto *dialog = new FileHistoryDialog(m_document, materialId, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

PacketDialog *MaterialsPanel::openPacketDialog()
{
    if (!m_document || m_meetingId == 0)
        return nullptr;
    auto *dialog = new PacketDialog(m_document, m_meetingId, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MaterialsPanel::chooseFiles()
{
    if (!m_document || m_meetingId == 0)
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Materials"), QString(),
                                                            tr("PDF files (*.pdf);;All files (*)"));
    const QModelIndex current = m_view->currentIndex();
    const Id agendaItemId = current.isValid() ? m_model->materials().at(current.row()).agendaItemId : 0;
    addFiles(paths, agendaItemId);
}

void MaterialsPanel::chooseReplacement()
{
    const Id materialId = currentMaterialId();
    if (materialId == 0)
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Replace File"), QString(), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        replaceFile(materialId, path);
}

void MaterialsPanel::removeCurrent()
{
    removeMaterial(currentMaterialId());
}

void MaterialsPanel::moveCurrent(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const Id id = current.data(MaterialTableModel::MaterialIdRole).toLongLong();
    const int column = current.column();
    if (m_model->move(current.row(), delta))
        m_view->setCurrentIndex(m_model->index(m_model->rowOf(id), column));
}

void MaterialsPanel::updateButtons()
{
    const bool meeting = m_document && m_meetingId != 0;
    const QModelIndex current = m_view->currentIndex();
    const bool selected = meeting && current.isValid();
    const bool hasFile = selected && m_model->materials().at(current.row()).fileId != 0;
    m_add->setEnabled(meeting);
    m_replace->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_up->setEnabled(selected && m_model->canMove(current.row(), -1));
    m_down->setEnabled(selected && m_model->canMove(current.row(), +1));
    m_open->setEnabled(hasFile);
    m_history->setEnabled(hasFile);
    m_packet->setEnabled(meeting && m_model->rowCount() > 0);
}

void MaterialsPanel::updateSummary()
{
    int pages = 0;
    int closed = 0;
    for (const Material &m : m_model->materials()) {
        pages += m.pageCount;
        closed += m.isPublic ? 0 : 1;
    }
    const int count = m_model->rowCount();
    QString text = count == 0
                       ? tr("No materials yet: add PDF files, or drop them on the table.")
                       : tr("%n material(s)", nullptr, count) + u"　"_s + tr("%n page(s)", nullptr, pages);
    if (closed > 0)
        text += u"　"_s + tr("%n not public", nullptr, closed);
    m_summary->setText(text);
}

void MaterialsPanel::showProblem(const QString &title, const QString &text)
{
    m_lastProblem = text;
    // Window-modal but not blocking: the drop that caused it has returned by the time it shows.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(u"materialProblem"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace kiroku::ui
