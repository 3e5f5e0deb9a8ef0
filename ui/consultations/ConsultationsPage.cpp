#include "consultations/ConsultationsPage.h"

#include "Delegates.h"
#include "commands/ConsultationCommands.h"
#include "commands/Document.h"
#include "consultations/ConsultationTableModel.h"
#include "consultations/ResponseDialog.h"
#include "store/MeetingRepository.h"
#include "store/StoreError.h"
#include "text/Wareki.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

ConsultationsPage::ConsultationsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConsultationTableModel(this))
    , m_view(new QTableView(this))
    , m_history(new QStandardItemModel(this))
    , m_historyView(new QTableView(this))
    , m_problems(new QLabel(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_response(new QPushButton(tr("Record Response…"), this))
    , m_request(new QPushButton(tr("Print Consultation Letter…"), this))
    , m_answer(new QPushButton(tr("Print Response Letter…"), this))
{
    setObjectName(u"consultationsPage"_s);
    m_view->setObjectName(u"consultationsTable"_s);
    m_view->setModel(m_model);
    setUpTable(m_view);
    m_view->setAccessibleName(tr("Consultations"));
    m_view->setItemDelegateForColumn(ConsultationTableModel::ReceivedColumn, new DateDelegate(m_view));
    m_view->horizontalHeader()->setStretchLastSection(false); // the subject takes the room
    m_view->horizontalHeader()->setSectionResizeMode(ConsultationTableModel::SubjectColumn,
                                                     QHeaderView::Stretch);
    m_historyView->setObjectName(u"consultationHistory"_s);
    m_historyView->setModel(m_history);
    setUpTable(m_historyView);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setAccessibleName(tr("History of the consultation"));
    m_problems->setObjectName(u"consultationProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #a33;"_s);

    m_add->setObjectName(u"addConsultationButton"_s);
    m_remove->setObjectName(u"removeConsultationButton"_s);
    m_response->setObjectName(u"recordResponseButton"_s);
    m_request->setObjectName(u"printConsultationLetterButton"_s);
    m_answer->setObjectName(u"printResponseLetterButton"_s);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (const Id id = addConsultation())
            m_view->edit(m_model->index(m_model->rowOf(id), ConsultationTableModel::SubjectColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, &ConsultationsPage::removeCurrent);
    connect(m_response, &QPushButton::clicked, this, &ConsultationsPage::chooseResponse);
    connect(m_request, &QPushButton::clicked, this,
            [this] { choosePrint(letters::LetterKind::ConsultationRequest); });
    connect(m_answer, &QPushButton::clicked, this, [this] { choosePrint(letters::LetterKind::Response); });
    // A reset (any edit, a meeting's outcome) keeps the consultation the clerk was on.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keep = currentConsultationId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keep != 0)
            selectConsultation(m_keep);
        updateHistory();
        updateButtons();
        updateProblems();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateHistory();
        updateButtons();
    });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_response})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_request);
    buttons->addWidget(m_answer);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_historyView);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);
    updateButtons();
}

void ConsultationsPage::setDocument(Document *document)
{
    m_document = document;
    m_model->setDocument(document);
}

void ConsultationsPage::setCouncil(Id councilId)
{
    m_councilId = councilId;
    m_model->setCouncil(councilId);
}

Id ConsultationsPage::currentConsultationId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ConsultationTableModel::ConsultationIdRole).toLongLong() : 0;
}

bool ConsultationsPage::selectConsultation(Id consultationId)
{
    const int row = m_model->rowOf(consultationId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, ConsultationTableModel::SubjectColumn));
    return true;
}

QString ConsultationsPage::problemsText() const
{
    return m_problems->text();
}

Id ConsultationsPage::addConsultation()
{
    if (!m_document || m_councilId == 0)
        return 0;
    Consultation c;
    c.councilId = m_councilId;
    c.receivedDate = QDate::currentDate();
    c.fiscalYear = wareki::fiscalYearOf(c.receivedDate);
    try {
        c.number = consultation::suggestedNumber(m_document->database(), m_councilId, c.fiscalYear);
    } catch (const StoreError &error) {
        m_document->reportFailure(error.message());
        return 0;
    }
    // The body most often consulting this council is the likeliest next one.
    if (!m_model->entries().isEmpty())
        c.consultingBody = m_model->entries().constLast().consultation.consultingBody;
    auto *command = new AddConsultationCommand(m_document, c);
    if (!m_document->push(command))
        return 0;
    const Id id = command->consultationId();
    selectConsultation(id);
    return id;
}

bool ConsultationsPage::removeCurrent()
{
    const int row = m_model->rowOf(currentConsultationId());
    if (!m_document || row < 0)
        return false;
    return m_document->push(
        new RemoveConsultationCommand(m_document, m_model->entries().at(row).consultation));
}

bool ConsultationsPage::recordResponse(const Response &response)
{
    if (!m_document)
        return false;
    const Id id = response.consultationId;
    const bool ok = m_document->push(new SetResponseCommand(m_document, response));
    selectConsultation(id);
    return ok;
}

QString ConsultationsPage::printLetter(letters::LetterKind kind, const QString &path)
{
    if (!m_document || currentConsultationId() == 0)
        return tr("Choose a consultation first.");
    letters::LetterRequest request;
    request.kind = kind;
    request.consultationId = currentConsultationId();
    request.formatFolders << QFileInfo(m_document->archive().path()).absolutePath() + u"/letters"_s;
    return letters::writeLetter(m_document->database(), request, path).error;
}

void ConsultationsPage::updateHistory()
{
    m_history->clear();
    m_history->setHorizontalHeaderLabels({tr("Date"), tr("Meeting"), tr("Outcome"), tr("Vote")});
    const int row = m_model->rowOf(currentConsultationId());
    if (row < 0)
        return;
    const consultation::RegisterEntry &e = m_model->entries().at(row);
    for (const consultation::HistoryEntry &h : e.history) {
        m_history->appendRow({new QStandardItem(h.date.isValid() ? wareki::formatDate(h.date) : QString()),
                              new QStandardItem(consultation::meetingText(h)),
                              new QStandardItem(consultation::outcomeText(h)),
                              new QStandardItem(consultation::voteText(h))});
    }
    for (const Response &r : e.responses) {
        m_history->appendRow(
            {new QStandardItem(r.date.isValid() ? wareki::formatDate(r.date) : QString()),
             new QStandardItem(tr("Response")), new QStandardItem(r.conclusion),
             new QStandardItem(r.opinions.isEmpty() ? QString() : tr("with attached opinions"))});
    }
    m_historyView->resizeColumnsToContents();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
}

void ConsultationsPage::updateButtons()
{
    const bool council = m_document && m_councilId != 0;
    const int row = m_model->rowOf(currentConsultationId());
    m_add->setEnabled(council);
    m_remove->setEnabled(row >= 0);
    m_response->setEnabled(row >= 0);
    m_request->setEnabled(row >= 0);
    m_answer->setEnabled(row >= 0 && !m_model->entries().at(row).responses.isEmpty());
}

void ConsultationsPage::updateProblems()
{
    QStringList lines;
    if (m_document && m_councilId != 0) {
        try {
            for (const consultation::Problem &p : consultation::check(m_document->database(), m_councilId))
                lines << p.message;
        } catch (const StoreError &error) {
            lines << error.message();
        }
    }
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());
}

void ConsultationsPage::chooseResponse()
{
    const int row = m_model->rowOf(currentConsultationId());
    if (!m_document || row < 0)
        return;
    const consultation::RegisterEntry &e = m_model->entries().at(row);
    Response response;
    response.consultationId = e.consultation.id;
    if (!e.responses.isEmpty())
        response = e.responses.constLast();
    QVector<Meeting> meetings;
    try {
        meetings = MeetingRepository(m_document->database()).meetings(m_councilId);
    } catch (const StoreError &error) {
        m_document->reportFailure(error.message());
        return;
    }
    ResponseDialog dialog(meetings, response, this);
    if (dialog.exec() == QDialog::Accepted)
        recordResponse(dialog.response());
}

void ConsultationsPage::choosePrint(letters::LetterKind kind)
{
    const int row = m_model->rowOf(currentConsultationId());
    if (!m_document || row < 0)
        return;
    const int number = m_model->entries().at(row).consultation.number;
    const QString name =
        (kind == letters::LetterKind::Response ? u"答申書_諮問第%1号.pdf"_s : u"諮問書_諮問第%1号.pdf"_s)
            .arg(number);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Letter"), QFileInfo(m_document->archive().path()).absoluteDir().filePath(name),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString error = printLetter(kind, path); !error.isEmpty())
        QMessageBox::warning(this, tr("Letter Not Written"), error);
}

} // namespace kiroku::ui
