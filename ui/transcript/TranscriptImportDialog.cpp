#include "TranscriptImportDialog.h"

#include "Delegates.h"
#include "MainWindow.h"
#include "TranscriptPreviewModel.h"
#include "commands/Document.h"
#include "commands/TranscriptCommands.h"
#include "store/AgendaRepository.h"
#include "store/StoreError.h"
#include "transcript/TranscriptDecoder.h"
#include "transcript/TranscriptImport.h"
#include "transcript/TranscriptParser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {

TranscriptImportDialog::TranscriptImportDialog(Document *document, Id meetingId, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_meetingId(meetingId)
    , m_model(new TranscriptPreviewModel(this))
{
    setWindowTitle(tr("Import Transcript"));
    setObjectName(u"transcriptImportDialog"_s);

    auto *open = new QPushButton(tr("&Open File…"), this);
    open->setObjectName(u"openTranscriptButton"_s);
    connect(open, &QPushButton::clicked, this, &TranscriptImportDialog::openFile);
    m_source =
        new QLabel(tr("Paste the transcript below, or open a text file (UTF-8, UTF-16 or Shift_JIS)."), this);
    m_source->setObjectName(u"transcriptSource"_s);
    auto *top = new QHBoxLayout;
    top->addWidget(open);
    top->addWidget(m_source, 1);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"transcriptText"_s);
    m_text->setPlaceholderText(tr("(事務局) …, 【会長】, ○会長 …, a speaker and a text column, or 議長　…"));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_view = new QTableView(this);
    m_view->setObjectName(u"transcriptPreview"_s);
    m_view->setModel(m_model);
    setUpTable(m_view);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_text);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    m_counts = new QLabel(this);
    m_counts->setObjectName(u"transcriptCounts"_s);
    m_counts->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(u"transcriptMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #b00020;"_s);
    m_message->hide();
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->hide();

    m_agendaItem = new QComboBox(this);
    m_agendaItem->setObjectName(u"transcriptAgendaItem"_s);
    m_agendaItem->addItem(tr("(none: the headings decide)"), Id(0));
    auto *form = new QFormLayout;
    form->addRow(tr("Put the statements under &agenda item:"), m_agendaItem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importTranscriptButton"_s);
    m_import->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(fittedSize(QSize(980, 680), parent));

    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(400);
    connect(m_pause, &QTimer::timeout, this, &TranscriptImportDialog::startParse);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        m_encoding.clear();
        m_source->setText(tr("Pasted text"));
        m_pause->start();
    });
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(50);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_percent)
            m_progress->setValue(m_percent->load());
    });
    connect(m_model, &TranscriptPreviewModel::mappingChanged, this, &TranscriptImportDialog::showCounts);

    if (!m_document) {
        m_unavailable = true;
        setProblem(tr("No archive is open."));
        return;
    }
    try {
        m_attendees = transcript::TranscriptImport::attendeesOf(m_document->database(), meetingId);
        for (const AgendaItem &item : AgendaRepository(m_document->database()).items(meetingId))
            m_agendaItem->addItem(QStringList{item.number, item.title}.join(u'　').trimmed(), item.id);
    } catch (const StoreError &error) {
        m_unavailable = true;
        setProblem(error.message());
        open->setEnabled(false);
        m_text->setEnabled(false);
        return;
    }
    m_model->setAttendees(m_attendees);
    m_view->setItemDelegateForColumn(TranscriptPreviewModel::AttendeeColumn,
                                     new ChoiceDelegate(m_model->attendeeChoices(), m_view));
    showCounts();
}

TranscriptImportDialog::~TranscriptImportDialog()
{
    if (m_worker) {
        m_cancel->store(true);
        m_worker->wait();
        delete m_worker;
    }
}

void TranscriptImportDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

bool TranscriptImportDialog::loadFile(const QString &path)
{
    if (m_unavailable)
        return false;
    const transcript::DecodedText decoded = transcript::TranscriptDecoder::readFile(path);
    const QString name = QFileInfo(path).fileName();
    if (!decoded.ok()) {
        m_source->setText(name);
        m_model->setPlan({});
        setProblem(decoded.error);
        return false;
    }
    {
        const QSignalBlocker blocker(m_text);
        m_text->setPlainText(decoded.text);
    }
    m_encoding = decoded.encoding;
    m_source->setText(tr("%1 — encoding: %2").arg(name, decoded.encoding));
    m_pause->stop();
    startParse();
    return true;
}

void TranscriptImportDialog::openFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Transcript"), QString(),
                                                      tr("Text files (*.txt *.csv *.tsv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void TranscriptImportDialog::startParse()
{
    if (m_unavailable)
        return;
    if (m_worker) {
        m_cancel->store(true);
        m_reparse = true;
        return;
    }
    m_reparse = false;
    m_import->setEnabled(false);
    const QString text = m_text->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_model->setPlan({});
        setProblem(QString());
        return;
    }
    if (qint64(text.size()) * 2 > transcript::MaxTranscriptBytes) {
        m_model->setPlan({});
        setProblem(tr("The transcript is too long to import at once (at most %1 MB). Split it into parts.")
                       .arg(transcript::MaxTranscriptBytes / (1024 * 1024)));
        return;
    }
    auto result = std::make_shared<transcript::TranscriptPlan>();
    auto percent = std::make_shared<std::atomic<int>>(0);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_result = result;
    m_percent = percent;
    m_cancel = cancel;
    // The worker sees only the text and its own flags: no widget, no database.
    m_worker = QThread::create([text, result, percent, cancel] {
        *result = transcript::TranscriptParser::parse(text, [&](int p) {
            percent->store(p);
            return !cancel->load();
        });
    });
    connect(m_worker, &QThread::finished, this, &TranscriptImportDialog::parseFinished);
    m_progress->setValue(0);
    m_progress->show();
    m_progressTimer->start();
    m_worker->start();
}

void TranscriptImportDialog::parseFinished()
{
    m_progressTimer->stop();
    m_progress->hide();
    QThread *worker = std::exchange(m_worker, nullptr);
    worker->wait();
    delete worker;
    if (m_reparse) {
        startParse();
        return;
    }
    transcript::TranscriptPlan plan = std::move(*m_result);
    m_result.reset();
    if (plan.cancelled)
        return;
    plan.encoding = m_encoding;
    if (plan.error.isEmpty())
        transcript::SpeakerMatcher(m_attendees).apply(plan);
    const QString error = plan.error;
    m_model->setPlan(std::move(plan));
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(TranscriptPreviewModel::TextColumn, 400);
    setProblem(error);
    Q_EMIT previewReady();
}

void TranscriptImportDialog::showCounts()
{
    const transcript::TranscriptPlan &plan = m_model->plan();
    if (plan.turns.isEmpty()) {
        m_counts->clear();
        return;
    }
    m_counts->setText(
        tr("%1 statements (%2 speeches, %3 stage directions, %4 headings) · %5 speakers, %6 matched to "
           "attendees · %7 lines left out, %8 page numbers and running headers dropped")
            .arg(plan.statementCount())
            .arg(plan.speeches)
            .arg(plan.directions)
            .arg(plan.headings)
            .arg(plan.speakerCount())
            .arg(plan.matchedSpeakerCount())
            .arg(plan.unrecognisedLines)
            .arg(plan.droppedPageLines));
}

void TranscriptImportDialog::setProblem(const QString &problem)
{
    m_problem = problem;
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
    m_import->setEnabled(problem.isEmpty() && m_model->rowCount() > 0 && !m_worker);
    showCounts();
}

bool TranscriptImportDialog::apply()
{
    if (!m_document || !m_problem.isEmpty() || m_worker || m_model->rowCount() == 0)
        return false;
    QString failure;
    const QMetaObject::Connection connection =
        connect(m_document, &Document::failed, this, [&](const QString &message) { failure = message; });
    const bool ok = m_document->push(new ImportTranscriptCommand(m_document, m_meetingId, m_model->plan(),
                                                                 m_agendaItem->currentData().value<Id>()));
    disconnect(connection);
    if (!ok)
        setProblem(failure.isEmpty() ? tr("The transcript could not be imported.") : failure);
    return ok;
}

} // namespace kiroku::ui
