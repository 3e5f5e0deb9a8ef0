// The transcript import dialog, offscreen: paste or open, the preview and its counts, correcting a
// speaker's attendee, Import as one step on the undo stack, bad files, and the way in from the meeting
// editor. Set KIROKU_SCREENSHOT=FILE.png to keep a picture of the filled dialog.
#include "MeetingEditor.h"
#include "commands/Document.h"
#include "io/DemoArchive.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/StatementRepository.h"
#include "transcript/TranscriptImportDialog.h"
#include "transcript/TranscriptPreviewModel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::ui;

namespace {

QString fixturePath(const QString &name)
{
    return QStringLiteral(KIROKU_FIXTURES_DIR) + u"/transcripts/"_s + name;
}

QString fixture(const QString &name)
{
    QFile file(fixturePath(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

struct Fixture
{
    Document document{Archive::openInMemory()};
    Id councilId = 0;
    Id meetingId = 0;

    Fixture()
    {
        councilId = DemoArchive::write(document.database());
        for (const Meeting &m : MeetingRepository(document.database()).meetings(councilId)) {
            if (StatementRepository(document.database()).count(m.id) == 0)
                meetingId = m.id;
        }
    }
    int count() const { return StatementRepository(document.database()).count(meetingId); }
    Id member(const QString &surname) const
    {
        for (const Member &m : CouncilRepository(document.database()).members(councilId)) {
            if (m.surname() == surname)
                return m.id;
        }
        return 0;
    }
};

QStringList column(const TranscriptPreviewModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values << model->index(row, column).data().toString();
    return values;
}

} // namespace

class TestTranscriptDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pastePreviewCorrectImport();
    void openedFileShowsItsEncoding();
    void badFileIsRefused();
    void unknownMeeting();
    void typingWhileParsingEndsWithTheLastText();
    void meetingEditorOpensTheDialog();
};

void TestTranscriptDialog::pastePreviewCorrectImport()
{
    Fixture f;
    TranscriptImportDialog dialog(&f.document, f.meetingId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *import = dialog.findChild<QPushButton *>(u"importTranscriptButton"_s);
    QVERIFY(import);
    QVERIFY(!import->isEnabled());

    dialog.setText(fixture(u"paren.txt"_s));
    TranscriptPreviewModel *model = dialog.previewModel();
    QTRY_COMPARE(model->rowCount(), 15);
    QTRY_VERIFY(import->isEnabled());
    QCOMPARE(column(model, TranscriptPreviewModel::SpeakerColumn).mid(0, 4),
             (QStringList{u"事務局"_s, QString(), u"議長"_s, QString()}));
    QCOMPARE(model->index(2, TranscriptPreviewModel::AttendeeColumn).data().toString(),
             u"春日 和彦（会長）"_s);
    QCOMPARE(model->index(7, TranscriptPreviewModel::AttendeeColumn).data().toString(), u"(no match)"_s);
    QCOMPARE(model->index(1, TranscriptPreviewModel::KindColumn).data().toString(), u"Stage direction"_s);
    QCOMPARE(model->index(0, TranscriptPreviewModel::LinesColumn).data().toString(), u"12–15"_s);
    auto *counts = dialog.findChild<QLabel *>(u"transcriptCounts"_s);
    QVERIFY2(counts->text().startsWith(
                 u"15 statements (10 speeches, 5 stage directions, 0 headings) · 5 speakers, "
                 u"4 matched"_s),
             qPrintable(counts->text()));

    // The attendee column edits through a combo of the meeting's people; the choice applies to the label.
    auto *view = dialog.findChild<QTableView *>(u"transcriptPreview"_s);
    const QModelIndex masked = model->index(7, TranscriptPreviewModel::AttendeeColumn);
    QVERIFY(model->flags(masked) & Qt::ItemIsEditable);
    QVERIFY(!(model->flags(model->index(1, TranscriptPreviewModel::AttendeeColumn)) & Qt::ItemIsEditable));
    view->edit(masked);
    QComboBox *combo = nullptr;
    QTRY_VERIFY((combo = view->findChild<QComboBox *>()) != nullptr);
    QCOMPARE(combo->count(), 1 + 8 + 5); // (no match), the demo's members and staff
    const int okabe = combo->findData(u"m%1"_s.arg(f.member(u"岡部"_s)));
    QVERIFY(okabe > 0);
    combo->setCurrentIndex(okabe);
    Q_EMIT combo->activated(okabe);
    QTRY_COMPARE(model->index(9, TranscriptPreviewModel::AttendeeColumn).data().toString(),
                 u"岡部 誠（委員）"_s);
    QCOMPARE(model->index(7, TranscriptPreviewModel::AttendeeColumn).data().toString(), u"岡部 誠（委員）"_s);
    QVERIFY(counts->text().contains(u"5 matched"_s));

    if (const QByteArray shot = qgetenv("KIROKU_SCREENSHOT"); !shot.isEmpty())
        QVERIFY(dialog.grab().save(QString::fromLocal8Bit(shot)));

    QCOMPARE(f.count(), 0); // nothing before Import
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(f.count(), 15);
    QCOMPARE(f.document.undoStack()->count(), 1);
    const QVector<Statement> statements = StatementRepository(f.document.database()).statements(f.meetingId);
    QCOMPARE(statements.at(7).memberId, f.member(u"岡部"_s));
    QCOMPARE(statements.at(9).memberId, f.member(u"岡部"_s));
    f.document.undoStack()->undo();
    QCOMPARE(f.count(), 0);
}

void TestTranscriptDialog::openedFileShowsItsEncoding()
{
    Fixture f;
    TranscriptImportDialog dialog(&f.document, f.meetingId);
    QVERIFY(dialog.loadFile(fixturePath(u"maru.sjis.txt"_s)));
    QVERIFY(dialog.findChild<QLabel *>(u"transcriptSource"_s)->text().contains(u"Shift_JIS"_s));
    QTRY_COMPARE(dialog.previewModel()->rowCount(), 14);
    QCOMPARE(dialog.previewModel()->plan().encoding, u"Shift_JIS"_s);
    QCOMPARE(dialog.previewModel()->plan().headings, 5);
    QVERIFY(dialog.problem().isEmpty());
}

void TestTranscriptDialog::badFileIsRefused()
{
    Fixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"image.png"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    for (int i = 0; i < 3000; ++i)
        bytes.append(char((i * 131) % 256));
    file.write(bytes);
    file.close();

    TranscriptImportDialog dialog(&f.document, f.meetingId);
    dialog.setText(fixture(u"bare.txt"_s));
    QTRY_COMPARE(dialog.previewModel()->rowCount(), 10);
    QVERIFY(!dialog.loadFile(path));
    QVERIFY(dialog.problem().contains(u"binary"_s));
    QCOMPARE(dialog.previewModel()->rowCount(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>(u"importTranscriptButton"_s)->isEnabled());
    QVERIFY(!dialog.apply());

    dialog.setText(u"ただの文章です。\n"_s);
    QTRY_VERIFY(dialog.problem().contains(u"No speaker"_s));
    QVERIFY(!dialog.apply());
    QCOMPARE(f.count(), 0);
    QCOMPARE(f.document.undoStack()->count(), 0);
}

void TestTranscriptDialog::unknownMeeting()
{
    Fixture f;
    TranscriptImportDialog dialog(&f.document, 777777);
    QVERIFY(dialog.problem().contains(u"777777"_s));
    QVERIFY(!dialog.loadFile(fixturePath(u"bare.txt"_s)));
    QVERIFY(!dialog.apply());
}

void TestTranscriptDialog::typingWhileParsingEndsWithTheLastText()
{
    Fixture f;
    TranscriptImportDialog dialog(&f.document, f.meetingId);
    QString large;
    for (int i = 0; i < 400; ++i)
        large += fixture(u"maru.txt"_s);
    dialog.loadFile(fixturePath(u"maru.txt"_s));
    dialog.setText(large);
    dialog.setText(fixture(u"table.txt"_s));
    QTRY_VERIFY(!dialog.isParsing());
    QTRY_COMPARE(dialog.previewModel()->rowCount(), 7);
    QTRY_VERIFY(!dialog.isParsing());
    QCOMPARE(dialog.previewModel()->rowCount(), 7);
    QVERIFY(dialog.previewModel()->plan().encoding.isEmpty()); // pasted, not read from a file
}

void TestTranscriptDialog::meetingEditorOpensTheDialog()
{
    Fixture f;
    MeetingEditor editor;
    editor.setDocument(&f.document);
    editor.setMeeting(f.meetingId);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    auto *button = editor.findChild<QPushButton *>(u"openTranscriptImportButton"_s);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    TranscriptImportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = editor.findChild<TranscriptImportDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->problem().isEmpty());
    dialog->setText(fixture(u"table.txt"_s));
    QTRY_VERIFY(dialog->findChild<QPushButton *>(u"importTranscriptButton"_s)->isEnabled());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"importTranscriptButton"_s), Qt::LeftButton);
    QTRY_VERIFY(editor.findChild<TranscriptImportDialog *>() == nullptr); // closed and deleted
    QCOMPARE(f.count(), 7);
}

QTEST_MAIN(TestTranscriptDialog)
#include "TestTranscriptDialog.moc"
