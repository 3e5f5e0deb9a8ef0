#include "printing/RecordController.h"

#include "MainWindow.h"
#include "commands/Document.h"
#include "commands/MeetingCommands.h"
#include "printing/ExportDialog.h"
#include "record/Completeness.h"
#include "record/PagePainter.h"
#include "record/RecordExport.h"
#include "store/MeetingRepository.h"
#include "store/StoreError.h"
#include "text/Wareki.h"

#include <QAction>
#include <QDate>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace kiroku::ui {
namespace {

QString severityText(record::Finding::Severity severity)
{
    switch (severity) {
    case record::Finding::Severity::Missing:
        return RecordController::tr("Missing");
    case record::Finding::Severity::Inconsistent:
        return RecordController::tr("Inconsistent");
    case record::Finding::Severity::Notice:
        break;
    }
    return RecordController::tr("Notice");
}

// The findings as a table, with the deadline line above; `finaliseAnyway` adds that button.
int showFindings(QWidget *parent, const QVector<record::Finding> &findings, const QString &deadline,
                 bool finaliseAnyway)
{
    QDialog dialog(parent);
    dialog.setObjectName(u"completenessDialog"_s);
    dialog.setWindowTitle(RecordController::tr("Completeness of the Record"));
    auto *model = new QStandardItemModel(0, 2, &dialog);
    model->setHorizontalHeaderLabels({RecordController::tr("Kind"), RecordController::tr("What to check")});
    for (const record::Finding &f : findings)
        model->appendRow({new QStandardItem(severityText(f.severity)), new QStandardItem(f.message)});
    auto *view = new QTableView(&dialog);
    view->setObjectName(u"findings"_s);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->resizeColumnToContents(0);
    const bool ready = record::readyToFinalise(findings);
    auto *summary = new QLabel(ready ? RecordController::tr("Nothing required is missing.")
                                     : RecordController::tr("Before finalising, complete or correct:"),
                               &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    if (!deadline.isEmpty())
        layout->addWidget(new QLabel(deadline, &dialog));
    layout->addWidget(summary);
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(&dialog);
    if (finaliseAnyway) {
        buttons->addButton(QDialogButtonBox::Cancel);
        buttons->addButton(ready ? RecordController::tr("&Finalise")
                                 : RecordController::tr("&Finalise Anyway"),
                           QDialogButtonBox::AcceptRole);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(fittedSize(QSize(760, 420), parent));
    return dialog.exec();
}

} // namespace

RecordController::RecordController(QWidget *window, QMenu *menu)
    : QObject(window)
    , m_window(window)
{
    const auto add = [&](const QString &text, const QString &name, QKeySequence keys,
                         void (RecordController::*slot)()) {
        QAction *action = menu->addAction(text, this, slot);
        action->setObjectName(name);
        action->setShortcut(keys);
        m_actions << action;
        return action;
    };
    add(tr("Print Pre&view…"), u"actionPrintPreview"_s, QKeySequence(u"Ctrl+Shift+P"_s),
        &RecordController::printPreview);
    add(tr("&Print…"), u"actionPrint"_s, QKeySequence::Print, &RecordController::print);
    add(tr("&Export…"), u"actionExportRecord"_s, QKeySequence(u"Ctrl+E"_s), &RecordController::exportRecord);
    menu->addSeparator();
    add(tr("&Check Completeness…"), u"actionCheckCompleteness"_s, {}, &RecordController::checkCompleteness);
    add(tr("&Finalise Record…"), u"actionFinalise"_s, {}, &RecordController::finalise);
    add(tr("Mark P&ublished…"), u"actionMarkPublished"_s, {}, &RecordController::markPublished);
    updateActions();
}

void RecordController::setDocument(Document *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_meetingId = 0;
    if (document) {
        connect(document, &Document::meetingChanged, this, [this](Id meetingId) {
            if (meetingId == m_meetingId)
                updateDeadline();
        });
        connect(document, &Document::councilChanged, this, &RecordController::updateDeadline);
    }
    updateActions();
    updateDeadline();
}

void RecordController::setMeeting(Id meetingId)
{
    m_meetingId = meetingId;
    updateActions();
    updateDeadline();
}

QString RecordController::deadlineText() const
{
    if (!m_document || m_meetingId == 0)
        return {};
    try {
        const auto data = record::RecordData::load(m_document->database(), m_meetingId);
        if (!data)
            return {};
        return record::describeDeadline(
            record::publicationDeadline(data->council, data->meeting, QDate::currentDate()));
    } catch (const StoreError &) {
        return {}; // the editor reports store problems; a status line stays quiet
    }
}

void RecordController::updateDeadline()
{
    Q_EMIT deadlineChanged(deadlineText());
}

void RecordController::updateActions()
{
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(m_document && m_meetingId != 0);
}

QStringList RecordController::formatFolders() const
{
    if (!m_document)
        return {};
    return {QFileInfo(m_document->archive().path()).absolutePath() + u"/formats"_s};
}

record::PrintRequest RecordController::request(bool publicVersion) const
{
    record::PrintRequest r;
    r.meetingId = m_meetingId;
    r.formatFolders = formatFolders();
    r.publicVersion = publicVersion;
    return r;
}

void RecordController::showFailure(const QString &message)
{
    QMessageBox::warning(m_window, tr("Record"), message);
}

void RecordController::paint(QPrinter *printer, bool publicVersion)
{
    record::PrintOutcome outcome;
    const auto prepared = record::prepareRecord(m_document->database(), request(publicVersion), outcome);
    if (!prepared) {
        showFailure(outcome.error);
        return;
    }
    printer->setDocName(prepared->built.title);
    record::PagePainter::print(prepared->built, prepared->format, *printer);
}

static void setUpPrinter(QPrinter &printer)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true); // the format's own margins place everything
}

void RecordController::printPreview()
{
    if (!m_document || m_meetingId == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setObjectName(u"printPreview"_s);
    preview.setWindowTitle(tr("Print Preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { paint(p, false); });
    // A whole A4 page where the screen allows; never taller than a laptop screen.
    preview.resize(fittedSize(QSize(900, 1000), m_window));
    preview.exec();
}

void RecordController::print()
{
    if (!m_document || m_meetingId == 0)
        return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    QPrintDialog dialog(&printer, m_window);
    if (dialog.exec() == QDialog::Accepted)
        paint(&printer, false);
}

void RecordController::exportRecord()
{
    if (!m_document || m_meetingId == 0)
        return;
    record::PrintOutcome probe;
    const auto prepared = record::prepareRecord(m_document->database(), request(false), probe);
    if (!prepared) {
        showFailure(probe.error);
        return;
    }
    const record::FormatLibrary library(formatFolders());
    record::PrintRequest base = request(false);
    base.format = probe.formatName;
    ExportDialog dialog(m_document->database(), base, library.names(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const record::PrintRequest chosen = dialog.request();
    const auto meeting = MeetingRepository(m_document->database()).meeting(m_meetingId);
    // The default name says which meeting and version it is, never who spoke.
    QString name = meeting ? wareki::formatFiscalYear(meeting->fiscalYear) +
                                 tr("_meeting_%1_record").arg(meeting->number)
                           : tr("record");
    if (chosen.publicVersion)
        name += tr("_public");
    const QString folder = QFileInfo(m_document->archive().path()).absolutePath();
    QString filter;
    switch (dialog.fileType()) {
    case ExportDialog::FileType::Pdf:
        filter = tr("PDF documents (*.pdf)");
        break;
    case ExportDialog::FileType::Odt:
        filter = tr("OpenDocument text (*.odt)");
        break;
    case ExportDialog::FileType::Html:
        filter = tr("Web pages (*.html *.htm)");
        break;
    }
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Record"),
                                                folder + u'/' + name + u'.' + dialog.suffix(), filter);
    if (path.isEmpty())
        return;
    // The file type was chosen in the dialog: a name typed without it gets the suffix.
    if (const QString suffix = QFileInfo(path).suffix().toLower();
        suffix != dialog.suffix() && !(suffix == u"htm" && dialog.suffix() == u"html"))
        path += u'.' + dialog.suffix();
    try {
        const record::PrintOutcome outcome = record::printRecord(m_document->database(), chosen, path);
        if (!outcome.error.isEmpty())
            showFailure(outcome.error);
        else
            confirmExported(path);
    } catch (const StoreError &error) {
        showFailure(error.message());
    }
}

void RecordController::confirmExported(const QString &path)
{
    QMessageBox box(QMessageBox::Information, tr("Export Record"),
                    tr("The record was written to\n%1").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Close, m_window);
    box.setObjectName(u"exportedMessage"_s);
    QPushButton *open = box.addButton(tr("&Open"), QMessageBox::AcceptRole);
    QPushButton *folder = box.addButton(tr("Open &Folder"), QMessageBox::ActionRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    else if (box.clickedButton() == folder)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void RecordController::checkCompleteness()
{
    if (!m_document || m_meetingId == 0)
        return;
    const auto data = record::RecordData::load(m_document->database(), m_meetingId);
    if (!data)
        return;
    showFindings(m_window, record::checkCompleteness(*data),
                 record::describeDeadline(
                     record::publicationDeadline(data->council, data->meeting, QDate::currentDate())),
                 false);
}

void RecordController::finalise()
{
    if (!m_document || m_meetingId == 0)
        return;
    const auto data = record::RecordData::load(m_document->database(), m_meetingId);
    if (!data)
        return;
    if (data->meeting.status >= MeetingStatus::Finalised) {
        QMessageBox::information(m_window, tr("Finalise Record"), tr("This record is already finalised."));
        return;
    }
    if (showFindings(m_window, record::checkCompleteness(*data), {}, true) != QDialog::Accepted)
        return;
    Meeting after = data->meeting;
    after.status = MeetingStatus::Finalised;
    m_document->push(new EditMeetingCommand(m_document, data->meeting, after));
}

void RecordController::markPublished()
{
    if (!m_document || m_meetingId == 0)
        return;
    const auto meeting = MeetingRepository(m_document->database()).meeting(m_meetingId);
    if (!meeting)
        return;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Mark Published"));
    auto *date = new QDateEdit(
        meeting->publishedDate.isValid() ? meeting->publishedDate : QDate::currentDate(), &dialog);
    date->setCalendarPopup(true);
    date->setMinimumDate(meeting->date.isValid() ? meeting->date : QDate(1989, 1, 8));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("The public version went out on:"), &dialog));
    layout->addWidget(date);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Meeting after = *meeting;
    after.publishedDate = date->date();
    if (after != *meeting)
        m_document->push(new EditMeetingCommand(m_document, *meeting, after));
}

} // namespace kiroku::ui
