// The Record menu over a copy of the demo archive, offscreen: actions follow the selection, the
// export dialog lists every masked place of the public version before anything is written, the
// print preview paints the record's pages, and finalising is one undoable step after the check.
#include "ArchiveController.h"
#include "MainWindow.h"
#include "commands/MeetingCommands.h"
#include "io/DemoArchive.h"
#include "printing/ExportDialog.h"
#include "printing/MaskHitModel.h"
#include "printing/RecordController.h"
#include "record/PagePainter.h"
#include "record/RecordExport.h"
#include "store/Archive.h"
#include "store/MeetingRepository.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPdfWriter>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace kiroku;
using kiroku::ui::ExportDialog;
using kiroku::ui::MainWindow;
using kiroku::ui::MaskHitModel;

class TestRecordMenu : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    Id m_council = 0;

    QVector<Meeting> meetings(Document *document) const
    {
        return MeetingRepository(document->database()).meetings(m_council);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"demo.kiroku"_s);
        Archive::Opened opened = Archive::open(m_path, Archive::OpenMode::CreateIfMissing);
        QVERIFY(opened.archive);
        m_council = DemoArchive::write(opened.archive->database());
    }

    void actionsFollowTheSelection()
    {
        MainWindow window;
        QVERIFY(window.controller()->open(m_path));
        auto *preview = window.findChild<QAction *>(u"actionPrintPreview"_s);
        auto *exportAction = window.findChild<QAction *>(u"actionExportRecord"_s);
        QVERIFY(preview && exportAction);
        QVERIFY(window.selectCouncil(m_council));
        QVERIFY(!exportAction->isEnabled());
        const Meeting meeting = meetings(window.controller()->document()).first();
        QVERIFY(window.selectMeeting(meeting.id));
        QVERIFY(exportAction->isEnabled());
        QVERIFY(preview->isEnabled());
        QCOMPARE(window.recordController()->meetingId(), meeting.id);
    }

    void exportDialogListsMaskedPlaces()
    {
        MainWindow window;
        QVERIFY(window.controller()->open(m_path));
        Document *document = window.controller()->document();
        record::PrintRequest request;
        request.meetingId = meetings(document).first().id;
        request.format = u"numbered"_s;
        ExportDialog dialog(document->database(), request, {u"numbered"_s, u"maru"_s});
        // The formats by their Japanese titles; the request still names the file.
        auto *formatBox = dialog.findChild<QComboBox *>(u"format"_s);
        QVERIFY(formatBox);
        QCOMPARE(formatBox->currentData().toString(), u"numbered"_s);
        QVERIFY2(formatBox->currentText() != u"numbered"_s, qPrintable(formatBox->currentText()));
        formatBox->setCurrentIndex(formatBox->findData(u"maru"_s));
        QCOMPARE(dialog.request().format, u"maru"_s);
        formatBox->setCurrentIndex(formatBox->findData(u"numbered"_s));
        auto *publicButton = dialog.findChild<QRadioButton *>(u"publicVersion"_s);
        QVERIFY(publicButton);
        QCOMPARE(dialog.hitModel()->rowCount(), 0); // the internal version hides nothing
        publicButton->setChecked(true);
        QVERIFY(dialog.hitModel()->rowCount() > 0);
        QStringList found;
        for (int row = 0; row < dialog.hitModel()->rowCount(); ++row)
            found << dialog.hitModel()->index(row, MaskHitModel::Found).data().toString();
        // The demo's masking list: a citizen's name and address said in the first agenda item.
        QVERIFY2(found.contains(u"山岸 聡子"_s), qPrintable(found.join(u'|')));
        QVERIFY(found.contains(u"緑町三丁目"_s));
        for (int row = 0; row < dialog.hitModel()->rowCount(); ++row)
            QVERIFY(
                !dialog.hitModel()->index(row, MaskHitModel::Context).data().toString().contains(u"山岸"_s));
        QVERIFY(dialog.request().publicVersion);
        // KIROKU_SCREENSHOT_DIR=DIR keeps a picture of the dialog, to look at it.
        if (const QString keep = qEnvironmentVariable("KIROKU_SCREENSHOT_DIR"); !keep.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(keep + u"/export-dialog.png"_s);
        }
        auto *type = dialog.findChild<QComboBox *>(u"fileType"_s);
        type->setCurrentIndex(2);
        QCOMPARE(dialog.suffix(), u"html"_s);
        QVERIFY(!dialog.request().pdfA);
    }

    // The preview and the printer take the same pages as the PDF.
    void printerPagesMatchThePdf()
    {
        auto archive = Archive::open(m_path, Archive::OpenMode::MustExist);
        QVERIFY(archive.archive);
        record::PrintRequest request;
        request.meetingId = MeetingRepository(archive.archive->database()).meetings(m_council).first().id;
        record::PrintOutcome outcome;
        const auto prepared = record::prepareRecord(archive.archive->database(), request, outcome);
        QVERIFY(prepared);
        const QString path = m_dir.filePath(u"printed.pdf"_s);
        const record::PrintOutcome pdf = record::printRecordPdf(archive.archive->database(), request, path);
        QVERIFY(pdf.error.isEmpty());
        QPdfWriter writer(m_dir.filePath(u"device.pdf"_s));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins({});
        QCOMPARE(record::PagePainter::print(prepared->built, prepared->format, writer), pdf.pageCount);
    }

    void deadlineShownUntilPublished()
    {
        MainWindow window;
        QVERIFY(window.controller()->open(m_path));
        Document *document = window.controller()->document();
        Meeting pending;
        for (const Meeting &m : meetings(document)) {
            if (!m.publishedDate.isValid() && m.status != MeetingStatus::Planned)
                pending = m;
        }
        QVERIFY(pending.id != 0);
        QVERIFY(window.selectMeeting(pending.id));
        auto *label = window.findChild<QLabel *>(u"deadlineLabel"_s);
        QVERIFY(label);
        QVERIFY2(label->text().contains(u"Publish"_s), qPrintable(label->text()));
        Meeting published = pending;
        published.publishedDate = pending.date.addDays(10);
        document->push(new EditMeetingCommand(document, pending, published));
        QTRY_VERIFY(label->text().isEmpty());
        document->undoStack()->undo();
        QTRY_VERIFY(!label->text().isEmpty());
    }

    void finaliseIsOneUndoableStep()
    {
        MainWindow window;
        QVERIFY(window.controller()->open(m_path));
        Document *document = window.controller()->document();
        Meeting draft;
        for (const Meeting &m : meetings(document)) {
            if (m.status < MeetingStatus::Finalised)
                draft = m;
        }
        QVERIFY(draft.id != 0);
        QVERIFY(window.selectMeeting(draft.id));
        // The check's dialog: accept it as the clerk would ("Finalise Anyway" when something is missing).
        bool shown = false;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<QDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            shown = dialog->objectName() == u"completenessDialog"_s &&
                    dialog->findChild<QTableView *>(u"findings"_s) != nullptr;
            dialog->accept();
        });
        const int before = document->undoStack()->count();
        window.recordController()->finalise();
        QVERIFY(shown);
        QCOMPARE(document->undoStack()->count(), before + 1);
        QCOMPARE(MeetingRepository(document->database()).meeting(draft.id)->status, MeetingStatus::Finalised);
        document->undoStack()->undo();
        QCOMPARE(MeetingRepository(document->database()).meeting(draft.id)->status, draft.status);
    }

    void exportFiltersByTypeAndConfirms()
    {
        MainWindow window;
        QVERIFY(window.controller()->open(m_path));
        QVERIFY(window.selectMeeting(meetings(window.controller()->document()).first().id));
        const QString target = m_dir.filePath(u"exported"_s); // typed without a suffix
        QStringList filters;
        QStringList buttons;
        QString said;
        // Each modal window in turn: the export dialog, the file dialog, then the confirmation.
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *exporter = qobject_cast<ExportDialog *>(modal)) {
                QMetaObject::invokeMethod(exporter, &QDialog::accept, Qt::QueuedConnection);
            } else if (auto *files = qobject_cast<QFileDialog *>(modal)) {
                filters = files->nameFilters();
                // QFileDialog::selectFile leaves the name field alone while it has the focus.
                if (QWidget *focused = files->focusWidget())
                    focused->clearFocus();
                files->selectFile(target);
                QMetaObject::invokeMethod(files, &QDialog::accept, Qt::QueuedConnection);
            } else if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                for (QAbstractButton *button : box->buttons())
                    buttons << button->text();
                said = box->text();
                box->reject();
            }
        });
        poll.start();
        window.recordController()->exportRecord();
        poll.stop();
        QCOMPARE(filters, QStringList{u"PDF documents (*.pdf)"_s});
        QVERIFY2(QFileInfo::exists(target + u".pdf"_s), qPrintable(said));
        QVERIFY2(buttons.contains(u"&Open"_s) && buttons.contains(u"Open &Folder"_s),
                 qPrintable(buttons.join(u", ")));
    }
};

QTEST_MAIN(TestRecordMenu)
#include "TestRecordMenu.moc"
