// The Signatures tab and the sealed state in the meeting editor: the checklist follows the commands,
// the last signature seals and the editor turns read-only under its banner, a correction opens it
// again, and Versions… lists each version with its seal and whether it verifies.
#include "MeetingEditor.h"
#include "archive/Sealing.h"
#include "archive/SignatureStrokes.h"
#include "commands/Document.h"
#include "commands/MeetingCommands.h"
#include "commands/SignatureCommands.h"
#include "io/DemoArchive.h"
#include "materials/MaterialsPanel.h"
#include "signing/SealBanner.h"
#include "signing/SignatureModel.h"
#include "signing/SignaturesPanel.h"
#include "signing/SigningDialogs.h"
#include "store/Archive.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/SignatureRepository.h"

#include <QApplication>
#include <QBuffer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::ui;

class TestSignaturesPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void checklistFollowsSignatures();
    void sealedMeetingIsReadOnly();
    void correctionOpensANewVersion();
    void paperDialogSaysWhatItRecords();
    void absentMemberIsNotOfferedAsSigner();
    void lastSignatureAsksBeforeSealing();

private:
    QPushButton *button(const QString &name) const { return m_editor->findChild<QPushButton *>(name); }
    void signAll(Id meetingId)
    {
        for (const Signature &s : SignatureRepository(m_document->database()).signatures(meetingId)) {
            SignatureInput input;
            input.strokes = SignatureStrokes::demo(quint32(s.memberId)).toJson();
            QVERIFY(
                m_document->push(new RecordSignatureCommand(m_document.get(), meetingId, s.memberId, input)));
        }
    }
    // The modal dialogs the buttons open, answered once they are up.
    void answerModal(QMessageBox::StandardButton answer, QString &text)
    {
        QWidget *modal = QApplication::activeModalWidget();
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box) {
            if (auto *other = qobject_cast<QDialog *>(modal)) {
                other->reject(); // not the question expected: end the test's wait, text stays empty
                return;
            }
            QTimer::singleShot(10, this, [this, answer, &text] { answerModal(answer, text); });
            return;
        }
        text = box->text();
        box->button(answer)->click();
    }
    void closeModal(QString &title)
    {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || qobject_cast<QMessageBox *>(dialog)) {
            QTimer::singleShot(10, this, [this, &title] { closeModal(title); });
            return;
        }
        title = dialog->windowTitle();
        dialog->reject();
    }
    void readDesignateDialog(QStringList &names)
    {
        auto *dialog = qobject_cast<DesignateDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(10, this, [this, &names] { readDesignateDialog(names); });
            return;
        }
        for (int i = 0; i < dialog->list()->count(); ++i)
            names << dialog->list()->item(i)->text();
        dialog->reject();
    }
    std::unique_ptr<Document> m_document;
    std::unique_ptr<MeetingEditor> m_editor;
    static constexpr Id signedMeeting = 1; // all signatures in, sealed in init()
    static constexpr Id waiting = 6;       // finalised, two signers waiting
};

void TestSignaturesPanel::init()
{
    m_document = std::make_unique<Document>(Archive::openInMemory());
    DemoOptions options;
    options.sealOne = false;
    DemoArchive::write(m_document->database(), options);
    Sealing::seal(m_document->database(), signedMeeting);
    m_editor = std::make_unique<MeetingEditor>();
    m_editor->setDocument(m_document.get());
    m_editor->resize(900, 700);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestSignaturesPanel::cleanup()
{
    m_editor.reset();
    m_document.reset();
}

void TestSignaturesPanel::checklistFollowsSignatures()
{
    m_editor->setMeeting(waiting);
    SignaturesPanel *panel = m_editor->signaturesPanel();
    SignatureModel *model = panel->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, SignatureModel::SignedColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QVERIFY(!panel->isReadOnly());
    QVERIFY(button(u"designateSignersButton"_s)->isEnabled());
    QVERIFY(button(u"signButton"_s)->isEnabled()); // the first waiting signer is current
    QVERIFY(button(u"signedOnPaperButton"_s)->isEnabled());
    QVERIFY(!button(u"removeSignatureButton"_s)->isEnabled());
    QVERIFY(panel->statusLine()->text().contains(u"0 of 2"_s));
    QVERIFY(!m_editor->sealBanner()->isVisible());

    const Id first = model->index(0, 0).data(SignatureModel::MemberIdRole).toLongLong();
    SignatureInput input;
    input.strokes = SignatureStrokes::demo(5).toJson();
    input.signedAt = QDateTime(QDate(2026, 11, 20), QTime(14, 5));
    QVERIFY(m_document->push(new RecordSignatureCommand(m_document.get(), waiting, first, input)));
    QCOMPARE(model->index(0, SignatureModel::SignedColumn).data(Qt::CheckStateRole).toInt(),
             int(Qt::Checked));
    QCOMPARE(model->index(0, SignatureModel::WhenColumn).data().toString(), u"令和8年11月20日 14:05"_s);
    QCOMPARE(model->index(0, SignatureModel::MethodColumn).data().toString(), u"Signature pad"_s);
    QVERIFY(panel->statusLine()->text().contains(u"1 of 2"_s));
    QVERIFY(panel->selectMember(first));
    QVERIFY(button(u"removeSignatureButton"_s)->isEnabled());
    QVERIFY(!button(u"signButton"_s)->isEnabled()); // already signed
    button(u"removeSignatureButton"_s)->click();
    QCOMPARE(model->index(0, SignatureModel::SignedColumn).data(SignatureModel::SignedRole).toBool(), false);
    m_document->undoStack()->undo();
    QCOMPARE(model->index(0, SignatureModel::SignedColumn).data(SignatureModel::SignedRole).toBool(), true);

    // The second signer signed on paper: the scanned page is kept and can be opened again.
    const Id second = model->index(1, 0).data(SignatureModel::MemberIdRole).toLongLong();
    QVERIFY(!button(u"viewScanButton"_s)->isEnabled());
    SignatureInput paper;
    paper.method = SignatureMethod::Paper;
    paper.signedAt = QDateTime(QDate(2026, 11, 21), QTime(9, 30));
    QImage scan(400, 560, QImage::Format_RGB32);
    scan.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(scan.save(&buffer, "PNG"));
    paper.scanData = png;
    QVERIFY(m_document->push(new RecordSignatureCommand(m_document.get(), waiting, second, paper)));
    QVERIFY(panel->selectMember(second));
    QVERIFY(button(u"viewScanButton"_s)->isEnabled());
    button(u"viewScanButton"_s)->click();
    QDialog *shown = nullptr;
    QTRY_VERIFY((shown = m_editor->findChild<QDialog *>()) != nullptr && shown->isVisible());
    QVERIFY(shown->windowTitle().contains(u"Signed page of"_s));
    shown->close();
}

void TestSignaturesPanel::sealedMeetingIsReadOnly()
{
    m_editor->setMeeting(signedMeeting);
    QVERIFY(m_editor->isReadOnly());
    SealBanner *banner = m_editor->sealBanner();
    QVERIFY(banner->isVisible());
    QVERIFY(banner->label()->text().contains(u"sealed (version 1)"_s));
    QVERIFY(banner->correctButton()->isEnabled());
    SignaturesPanel *panel = m_editor->signaturesPanel();
    QVERIFY(panel->isReadOnly());
    for (const QString &name :
         {u"designateSignersButton"_s, u"signButton"_s, u"signedOnPaperButton"_s, u"removeSignatureButton"_s})
        QVERIFY2(!button(name)->isEnabled(), qPrintable(name));
    QVERIFY(button(u"versionsButton"_s)->isEnabled());
    QVERIFY(panel->statusLine()->text().contains(u"Sealed on"_s));
    QVERIFY(!m_editor->materialsPanel()->isEnabled());
    QVERIFY(!m_editor->findChild<QTableView *>(u"attendanceTable"_s)->isEnabledTo(m_editor.get()));
    QVERIFY(!m_editor->findChild<QWidget *>(u"chairCombo"_s)->isEnabledTo(m_editor.get()));
    QVERIFY(!button(u"removeMeetingButton"_s)->isEnabled());
    QVERIFY(!button(u"openTranscriptImportButton"_s)->isEnabled());
    QVERIFY(button(u"addMeetingButton"_s)->isEnabled());

    // Another meeting is editable again; the last signature of it seals it while shown.
    m_editor->setMeeting(waiting);
    QVERIFY(!m_editor->isReadOnly());
    QVERIFY(!banner->isVisible());
    QVERIFY(m_editor->materialsPanel()->isEnabled());
    signAll(waiting);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(m_editor->isReadOnly());
    QVERIFY(panel->isReadOnly());
    QVERIFY(!button(u"designateSignersButton"_s)->isEnabled());
    QVERIFY(!m_editor->materialsPanel()->isEnabled());
}

void TestSignaturesPanel::correctionOpensANewVersion()
{
    m_editor->setMeeting(signedMeeting);
    QVERIFY(m_editor->isReadOnly());
    QVERIFY(m_document->push(new CorrectRecordCommand(m_document.get(), signedMeeting, u"誤字の訂正"_s)));
    QTRY_VERIFY(!m_editor->sealBanner()->isVisible());
    QVERIFY(!m_editor->isReadOnly());
    QVERIFY(m_editor->materialsPanel()->isEnabled());
    SignaturesPanel *panel = m_editor->signaturesPanel();
    QVERIFY(!panel->isReadOnly());
    QVERIFY(panel->statusLine()->text().contains(u"Version 2 corrects version 1"_s));
    QVERIFY(panel->statusLine()->text().contains(u"誤字の訂正"_s));
    QCOMPARE(panel->model()->signedCount(), 0);

    signAll(signedMeeting);
    QTRY_VERIFY(m_editor->sealBanner()->isVisible());
    QVERIFY(m_editor->sealBanner()->label()->text().contains(u"version 2"_s));

    VersionsDialog versions(m_document.get(), signedMeeting);
    QTableWidget *table = versions.table();
    QCOMPARE(table->rowCount(), 2);
    // Whether it was altered, in words, before the hash (issue 16).
    QCOMPARE(table->horizontalHeaderItem(2)->text(), u"Integrity"_s);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(table->item(row, 2)->text(), u"Not altered (verified)"_s);
        QVERIFY(!table->item(row, 1)->text().isEmpty());
        QCOMPARE(table->item(row, 4)->toolTip().size(), 64);
    }
    QVERIFY(table->item(0, 3)->text().contains(u"誤字の訂正"_s));
    QVERIFY(versions.findChild<QLabel *>(u"chainHeadLabel"_s)->text().startsWith(u"Every sealed record"_s));
    QVERIFY(table->item(1, 0)->text().contains(u"current"_s));
}

void TestSignaturesPanel::paperDialogSaysWhatItRecords()
{
    // "&Record" was the Record menu's text too: the button read 会議録(R) and clashed with Alt+R.
    PaperSignatureDialog dialog(u"岡部 誠"_s);
    auto *box = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(box);
    const QString text = box->button(QDialogButtonBox::Ok)->text();
    QVERIFY2(text != u"&Record"_s && text.contains(u"Signature"_s), qPrintable(text));
}

void TestSignaturesPanel::absentMemberIsNotOfferedAsSigner()
{
    m_editor->setMeeting(waiting);
    const QSqlDatabase db = m_document->database();
    const Meeting meeting = *MeetingRepository(db).meeting(waiting);
    QVector<Id> designated;
    for (const Signature &s : SignatureRepository(db).signatures(waiting))
        designated.append(s.memberId);
    // A member present, neither chair nor signer, stays at home this time.
    Member absent;
    for (const Attendance &a : MeetingRepository(db).attendance(waiting)) {
        if (a.status != AttendanceStatus::Absent && a.memberId != meeting.chairMemberId &&
            !designated.contains(a.memberId))
            absent = *CouncilRepository(db).member(a.memberId);
    }
    QVERIFY(absent.id != 0);
    Attendance away = SetAttendanceCommand::current(db, waiting, absent.id);
    const Attendance before = away;
    away.status = AttendanceStatus::Absent;
    QVERIFY(m_document->push(new SetAttendanceCommand(m_document.get(), before, away)));

    QStringList offered;
    QTimer::singleShot(0, this, [&] { readDesignateDialog(offered); });
    button(u"designateSignersButton"_s)->click();
    QVERIFY(!offered.isEmpty());
    QVERIFY2(!offered.contains(absent.name), qPrintable(offered.join(u", "_s)));
    // Still offered when present.
    m_document->undoStack()->undo();
    offered.clear();
    QTimer::singleShot(0, this, [&] { readDesignateDialog(offered); });
    button(u"designateSignersButton"_s)->click();
    QVERIFY(offered.contains(absent.name));
}

void TestSignaturesPanel::lastSignatureAsksBeforeSealing()
{
    m_editor->setMeeting(waiting);
    SignaturesPanel *panel = m_editor->signaturesPanel();
    SignatureModel *model = panel->model();
    QCOMPARE(model->rowCount(), 2);
    const Id first = model->index(0, 0).data(SignatureModel::MemberIdRole).toLongLong();
    SignatureInput input;
    input.strokes = SignatureStrokes::demo(5).toJson();
    QVERIFY(m_document->push(new RecordSignatureCommand(m_document.get(), waiting, first, input)));
    const Id second = model->index(1, 0).data(SignatureModel::MemberIdRole).toLongLong();
    QVERIFY(panel->selectMember(second));

    // No: nothing is recorded, nothing sealed.
    QString asked;
    QTimer::singleShot(0, this, [&] { answerModal(QMessageBox::No, asked); });
    button(u"signedOnPaperButton"_s)->click();
    QVERIFY2(asked.contains(u"sealed"_s) && asked.contains(u"correction"_s), qPrintable(asked));
    QVERIFY(!m_editor->isReadOnly());
    QCOMPARE(model->signedCount(), 1);

    // Yes: the paper dialog comes next (cancelled here).
    asked.clear();
    QString next;
    QTimer::singleShot(0, this, [&] {
        answerModal(QMessageBox::Yes, asked);
        QTimer::singleShot(0, this, [&] { closeModal(next); });
    });
    button(u"signedOnPaperButton"_s)->click();
    QVERIFY(!asked.isEmpty());
    QCOMPARE(next, u"Signed on Paper"_s);
    QVERIFY(!m_editor->isReadOnly());
}

QTEST_MAIN(TestSignaturesPanel)
#include "TestSignaturesPanel.moc"
