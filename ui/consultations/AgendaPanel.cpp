#include "consultations/AgendaPanel.h"

#include "Delegates.h"
#include "Labels.h"
#include "commands/AgendaCommands.h"
#include "commands/Document.h"
#include "consultation/ConsultationRegister.h"
#include "consultations/AgendaTableModel.h"
#include "store/ConsultationRepository.h"
#include "store/MeetingRepository.h"
#include "store/ReportRepository.h"
#include "store/StoreError.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

AgendaPanel::AgendaPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new AgendaTableModel(this))
    , m_view(new QTableView(this))
    , m_add(new QPushButton(tr("Add Item"), this))
    , m_addConsultation(new QPushButton(tr("Add Consultation"), this))
    , m_addReport(new QPushButton(tr("Add Report"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Move Up"), this))
    , m_down(new QPushButton(tr("Move Down"), this))
    , m_sheet(new QPushButton(tr("Print Agenda Sheet…"), this))
    , m_notice(new QPushButton(tr("Print Meeting Notice…"), this))
{
    setObjectName(u"agendaPanel"_s);
    m_view->setObjectName(u"agendaTable"_s);
    m_view->setModel(m_model);
    setUpTable(m_view);
    m_view->setAccessibleName(tr("Agenda"));
    m_view->verticalHeader()->setVisible(true); // the council's numbering: (1), ア, ①
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(AgendaTableModel::TitleColumn, QHeaderView::Stretch);
    m_view->setItemDelegateForColumn(AgendaTableModel::KindColumn,
                                     new ChoiceDelegate(choicesOf<AgendaKind>(), m_view));
    m_view->setItemDelegateForColumn(AgendaTableModel::PublicityColumn,
                                     new ChoiceDelegate(choicesOf<Publicity>(), m_view));
    m_view->setItemDelegateForColumn(AgendaTableModel::OutcomeColumn,
                                     new ChoiceDelegate(choicesOf<Outcome>(), m_view));
    m_view->setItemDelegateForColumn(AgendaTableModel::VoteColumn,
                                     new ChoiceDelegate(choicesOf<VoteKind>(), m_view));
    m_add->setObjectName(u"addAgendaItemButton"_s);
    m_addConsultation->setObjectName(u"addAgendaConsultationButton"_s);
    m_addReport->setObjectName(u"addAgendaReportButton"_s);
    // Dragging a row to another place moves the item (one undoable command).
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_remove->setObjectName(u"removeAgendaItemButton"_s);
    m_sheet->setObjectName(u"printAgendaSheetButton"_s);
    m_notice->setObjectName(u"printMeetingNoticeButton"_s);

    connect(m_add, &QPushButton::clicked, this, [this] {
        if (const Id id = addItem())
            m_view->edit(m_model->index(m_model->rowOf(id), AgendaTableModel::TitleColumn));
    });
    connect(m_addConsultation, &QPushButton::clicked, this, &AgendaPanel::chooseConsultation);
    connect(m_addReport, &QPushButton::clicked, this, &AgendaPanel::chooseReport);
    connect(m_remove, &QPushButton::clicked, this, &AgendaPanel::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_sheet, &QPushButton::clicked, this, [this] { choosePrint(letters::LetterKind::AgendaSheet); });
    connect(m_notice, &QPushButton::clicked, this,
            [this] { choosePrint(letters::LetterKind::MeetingNotice); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keep = currentItemId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (const int row = m_model->rowOf(m_keep); row >= 0)
            m_view->setCurrentIndex(m_model->index(row, AgendaTableModel::TitleColumn));
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AgendaPanel::updateButtons);

    // Editing on one line, printing on the next: one line of eight buttons made the meeting editor
    // wider than its place on a 1280×720 screen.
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_addConsultation, m_addReport, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *printing = new QHBoxLayout;
    printing->addStretch(1);
    printing->addWidget(m_sheet);
    printing->addWidget(m_notice);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addLayout(printing);
    updateButtons();
}

void AgendaPanel::setDocument(Document *document)
{
    m_document = document;
    m_model->setDocument(document);
}

void AgendaPanel::setMeeting(Id meetingId)
{
    m_meetingId = meetingId;
    m_model->setMeeting(meetingId);
}

Id AgendaPanel::currentItemId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(AgendaTableModel::ItemIdRole).toLongLong() : 0;
}

Id AgendaPanel::addItem(Id consultationId)
{
    if (!m_document || m_meetingId == 0)
        return 0;
    AgendaItem item;
    item.meetingId = m_meetingId;
    item.position = int(m_model->items().size());
    if (consultationId != 0) {
        try {
            const auto c = ConsultationRepository(m_document->database()).consultation(consultationId);
            if (!c)
                return 0;
            item.kind = AgendaKind::Consultation;
            item.number = u"諮問第%1号"_s.arg(c->number);
            item.title = c->subject;
            item.consultationId = c->id;
        } catch (const StoreError &error) {
            m_document->reportFailure(error.message());
            return 0;
        }
    }
    return pushItem(item);
}

Id AgendaPanel::pushItem(const AgendaItem &item)
{
    auto *command = new AddAgendaItemCommand(m_document, item);
    if (!m_document->push(command))
        return 0;
    const Id id = command->itemId();
    m_view->setCurrentIndex(m_model->index(m_model->rowOf(id), AgendaTableModel::TitleColumn));
    return id;
}

Id AgendaPanel::addReportItem(Id reportId)
{
    if (!m_document || m_meetingId == 0)
        return 0;
    AgendaItem item;
    item.meetingId = m_meetingId;
    item.position = int(m_model->items().size());
    try {
        const auto r = ReportRepository(m_document->database()).report(reportId);
        if (!r)
            return 0;
        item.kind = AgendaKind::Report;
        item.number = u"報告第%1号"_s.arg(r->number);
        item.title = r->title;
        item.outcome = Outcome::ReportReceived;
        item.reportId = r->id;
    } catch (const StoreError &error) {
        m_document->reportFailure(error.message());
        return 0;
    }
    return pushItem(item);
}

void AgendaPanel::chooseReport()
{
    if (!m_document || m_meetingId == 0)
        return;
    QMenu menu(this);
    try {
        const QSqlDatabase db = m_document->database();
        const auto meeting = MeetingRepository(db).meeting(m_meetingId);
        if (!meeting)
            return;
        const AgendaRepository agenda(db);
        // Reports not yet taken up at any meeting, newest first.
        QVector<Report> reports = ReportRepository(db).reports(meeting->councilId);
        std::reverse(reports.begin(), reports.end());
        for (const Report &r : std::as_const(reports)) {
            if (!agenda.itemsOfReport(r.id).isEmpty())
                continue;
            const Id id = r.id;
            menu.addAction(u"報告第%1号　%2"_s.arg(r.number).arg(r.title), this,
                           [this, id] { addReportItem(id); });
        }
    } catch (const StoreError &error) {
        m_document->reportFailure(error.message());
        return;
    }
    if (menu.isEmpty())
        menu.addAction(tr("No reports waiting to be taken up"))->setEnabled(false);
    menu.exec(m_addReport->mapToGlobal(QPoint(0, m_addReport->height())));
}

bool AgendaPanel::removeCurrent()
{
    const int row = m_model->rowOf(currentItemId());
    if (!m_document || row < 0)
        return false;
    return m_document->push(new RemoveAgendaItemCommand(m_document, m_model->items().at(row)));
}

bool AgendaPanel::moveCurrent(int delta)
{
    const int row = m_model->rowOf(currentItemId());
    const int to = row + delta;
    if (!m_document || row < 0 || to < 0 || to >= m_model->rowCount())
        return false;
    return m_document->push(new MoveAgendaItemCommand(m_document, m_model->items().at(row), to));
}

QString AgendaPanel::printLetter(letters::LetterKind kind, const QString &path)
{
    if (!m_document || m_meetingId == 0)
        return tr("Choose a meeting first.");
    letters::LetterRequest request;
    request.kind = kind;
    request.meetingId = m_meetingId;
    request.formatFolders << QFileInfo(m_document->archive().path()).absolutePath() + u"/letters"_s;
    return letters::writeLetter(m_document->database(), request, path).error;
}

void AgendaPanel::chooseConsultation()
{
    if (!m_document || m_meetingId == 0)
        return;
    QMenu menu(this);
    try {
        const auto meeting = MeetingRepository(m_document->database()).meeting(m_meetingId);
        if (!meeting)
            return;
        // The consultations still open are the ones a meeting takes up.
        for (const consultation::RegisterEntry &e :
             consultation::registerOf(m_document->database(), meeting->councilId, QDate::currentDate())) {
            if (e.status == consultation::Status::Answered || e.status == consultation::Status::Withdrawn)
                continue;
            const Id id = e.consultation.id;
            menu.addAction(u"諮問第%1号　%2"_s.arg(e.consultation.number).arg(e.consultation.subject), this,
                           [this, id] { addItem(id); });
        }
    } catch (const StoreError &error) {
        m_document->reportFailure(error.message());
        return;
    }
    if (menu.isEmpty())
        menu.addAction(tr("No open consultations"))->setEnabled(false);
    menu.exec(m_addConsultation->mapToGlobal(QPoint(0, m_addConsultation->height())));
}

void AgendaPanel::choosePrint(letters::LetterKind kind)
{
    if (!m_document || m_meetingId == 0)
        return;
    const QString name = kind == letters::LetterKind::AgendaSheet ? u"次第.pdf"_s : u"開催通知.pdf"_s;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Sheet"), QFileInfo(m_document->archive().path()).absoluteDir().filePath(name),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString error = printLetter(kind, path); !error.isEmpty())
        QMessageBox::warning(this, tr("Sheet Not Written"), error);
}

void AgendaPanel::updateButtons()
{
    const bool meeting = m_document && m_meetingId != 0;
    const int row = m_model->rowOf(currentItemId());
    m_add->setEnabled(meeting);
    m_addConsultation->setEnabled(meeting);
    m_addReport->setEnabled(meeting);
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
    m_sheet->setEnabled(meeting);
    m_notice->setEnabled(meeting);
}

} // namespace kiroku::ui
