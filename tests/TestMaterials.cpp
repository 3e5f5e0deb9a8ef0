// The Materials tab, the viewer and Build Packet…, offscreen over a copy of the demo archive: edits
// through the table are undoable commands, PDF files added or dropped are checked first, the viewer
// reads the stored bytes and renders thumbnails only as they come into sight, and the packet dialog
// writes through core's PacketExport. KIROKU_SCREENSHOT_DIR=DIR keeps pictures of the tab and viewer.
#include "ArchiveController.h"
#include "MainWindow.h"
#include "MeetingEditor.h"
#include "commands/MaterialCommands.h"
#include "io/ArchiveJson.h"
#include "io/DemoArchive.h"
#include "materials/FileHistoryDialog.h"
#include "materials/MaterialTableModel.h"
#include "materials/MaterialViewer.h"
#include "materials/MaterialsPanel.h"
#include "materials/PacketController.h"
#include "materials/PacketDialog.h"
#include "materials/PageThumbnailModel.h"
#include "packet/DemoMaterials.h"
#include "store/Archive.h"
#include "store/MaterialRepository.h"
#include "store/MeetingRepository.h"
#include "store/Sql.h"
#include "store/StoreError.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPdfDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

#include <functional>

#include "TestSupport.h"

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::ui;

class TestMaterials : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    Id m_meeting = 0; // the demo meeting with the non-public 資料2-2

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString writePdf(const QString &name, int pages, const QString &title = u"追加資料"_s)
    {
        const QByteArray pdf = packet::renderDemoMaterial({u"青葉台市"_s, u"市民課"_s, {}, title, pages, 5});
        return test::writeBytes(path(name), pdf) ? path(name) : QString();
    }

    // Closes the problem message the panel shows without blocking, and gives its text.
    static QString takeProblem(QWidget *panel)
    {
        auto *box = panel->findChild<QMessageBox *>(u"materialProblem"_s);
        if (!box)
            return {};
        const QString text = box->text();
        box->close();
        return text;
    }

    static QString screenshotDir() { return qEnvironmentVariable("KIROKU_SCREENSHOT_DIR"); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = path(u"demo.kiroku"_s);
        Archive::Opened opened = Archive::open(m_path, Archive::OpenMode::CreateIfMissing);
        QVERIFY(opened.archive);
        const Id council = DemoArchive::write(opened.archive->database());
        MaterialRepository materials(opened.archive->database());
        for (const Meeting &m : MeetingRepository(opened.archive->database()).meetings(council)) {
            for (const Material &material : materials.materials(m.id)) {
                if (!material.isPublic)
                    m_meeting = m.id;
            }
        }
        QVERIFY(m_meeting);
    }

    void commands()
    {
        Document document{Archive::openInMemory()};
        DemoArchive::write(document.database());
        MaterialRepository repository(document.database());
        const QVector<Material> before = repository.materials(m_meeting);
        QVERIFY(before.size() >= 3);
        QSignalSpy changed(&document, &Document::materialsChanged);

        Material edited = before[0];
        edited.title = u"諮問書（写し・訂正）"_s;
        edited.distribution = Distribution::Tablet;
        QVERIFY(document.push(new EditMaterialCommand(&document, before[0], edited)));
        QCOMPARE(*repository.material(edited.id), edited);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toLongLong(), m_meeting);

        // Removed and brought back with the same id, so later commands still find it.
        QVERIFY(document.push(new RemoveMaterialCommand(&document, edited)));
        QVERIFY(!repository.material(edited.id));
        document.undoStack()->undo();
        QCOMPARE(*repository.material(edited.id), edited);
        document.undoStack()->undo();
        QCOMPARE(*repository.material(edited.id), before[0]);

        QVector<Id> order;
        for (const Material &m : before)
            order.prepend(m.id);
        QVERIFY(document.push(new ReorderMaterialsCommand(&document, m_meeting, order)));
        const QVector<Material> reordered = repository.materials(m_meeting);
        QCOMPARE(reordered.first().id, before.last().id);
        QCOMPARE(reordered.last().id, before.first().id);
        document.undoStack()->undo();
        QCOMPARE(repository.materials(m_meeting), before);

        QCOMPARE(nextMaterialLabel({}), u"資料1"_s);
        Material a, b, c;
        a.label = u"資料3"_s;
        b.label = u"資料１０-2"_s; // full-width digits count too
        c.label = u"参考資料"_s;
        QCOMPARE(nextMaterialLabel({a, b, c}), u"資料11"_s);
    }

    // A sealed meeting's material history is frozen below the repositories.
    void sealedHistory()
    {
        Document document{Archive::openInMemory()};
        DemoArchive::write(document.database());
        MaterialRepository repository(document.database());
        const Material material = repository.materials(m_meeting).first();
        MaterialFile file;
        file.data = packet::renderDemoMaterial({u"青葉台市"_s, u"市民課"_s, {}, u"差替"_s, 2, 3});
        file.fileName = u"差替.pdf"_s;
        file.pageCount = 2;
        QVERIFY(document.push(new ReplaceMaterialFileCommand(&document, material, file)));
        QCOMPARE(repository.fileHistory(material.id).size(), 1);
        sql::execute(document.database(),
                     u"UPDATE meeting SET status = 'sealed' WHERE id = %1"_s.arg(m_meeting));
        for (const auto &write : std::initializer_list<std::function<void()>>{
                 [&] { repository.removeFileVersion(material.id, 1); },
                 [&] { repository.keepCurrentFile(material, QDateTime::currentDateTime()); }}) {
            bool refused = false;
            try {
                write();
            } catch (const StoreError &error) {
                refused = error.message().contains(u"sealed"_s);
            }
            QVERIFY(refused);
        }
        QCOMPARE(repository.fileHistory(material.id).size(), 1);
        // Undo of the replacement is refused too, and says why.
        QSignalSpy failed(&document, &Document::failed);
        document.undoStack()->undo();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(repository.fileHistory(material.id).size(), 1);
    }

    void tableEditsAreUndoable()
    {
        MainWindow window;
        QVERIFY(window.controller()->open(m_path));
        QVERIFY(window.selectMeeting(m_meeting));
        MaterialsPanel *panel = window.meetingEditor()->materialsPanel();
        MaterialTableModel *model = panel->model();
        QTRY_VERIFY(model->rowCount() >= 5);
        auto *tabs = window.meetingEditor()->findChild<QTabWidget *>(u"meetingTabs"_s);
        QVERIFY(tabs && tabs->indexOf(panel) >= 0);
        Document *document = window.controller()->document();
        QUndoStack *stack = document->undoStack();

        const QModelIndex title = model->index(0, MaterialTableModel::TitleColumn);
        const QString oldTitle = title.data().toString();
        QVERIFY(model->setData(title, u"差し替え後の題名"_s));
        QCOMPARE(model->index(0, MaterialTableModel::TitleColumn).data().toString(), u"差し替え後の題名"_s);
        QVERIFY(
            !model->setData(model->index(0, MaterialTableModel::LabelColumn), u" "_s)); // a label is needed

        // Public or not through the check box; the tab's summary follows.
        int row = 0;
        while (row < model->rowCount() && model->materials()[row].isPublic)
            ++row;
        QVERIFY(row < model->rowCount());
        const QModelIndex publicity = model->index(row, MaterialTableModel::PublicColumn);
        QCOMPARE(publicity.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model->setData(publicity, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model->index(row, MaterialTableModel::PublicColumn).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));

        const QModelIndex distribution = model->index(0, MaterialTableModel::DistributionColumn);
        QVERIFY(distribution.data(MaterialTableModel::ChoicesRole).toList().size() == 3);
        QVERIFY(model->setData(distribution, u"paper"_s));
        QCOMPARE(model->materials()[0].distribution, Distribution::Paper);

        // The agenda item: the combo offers the meeting's items; the row moves with its item.
        const QVariantList agenda =
            model->index(0, MaterialTableModel::AgendaColumn).data(MaterialTableModel::ChoicesRole).toList();
        QVERIFY(agenda.size() >= 2);
        const Id firstId = model->materials()[0].id;
        QVERIFY(model->setData(model->index(0, MaterialTableModel::AgendaColumn), u"0"_s));
        QCOMPARE(model->materials().last().id, firstId); // no agenda item: after the others
        QCOMPARE(model->index(model->rowCount() - 1, MaterialTableModel::AgendaColumn).data().toString(),
                 QString());

        for (int i = 0; i < 4; ++i)
            stack->undo();
        QCOMPARE(model->materials()[0].id, firstId);
        QCOMPARE(model->index(0, MaterialTableModel::TitleColumn).data().toString(), oldTitle);
        QCOMPARE(model->materials()[row].isPublic, false);

        // Move Down within the agenda item, then undo.
        int movable = 0;
        while (movable < model->rowCount() && !model->canMove(movable, +1))
            ++movable;
        QVERIFY(movable < model->rowCount());
        const Id moving = model->materials()[movable].id;
        panel->selectMaterial(moving);
        auto *down = panel->findChild<QPushButton *>(u"moveMaterialDownButton"_s);
        QVERIFY(down && down->isEnabled());
        down->click();
        QCOMPARE(model->rowOf(moving), movable + 1);
        QCOMPARE(panel->currentMaterialId(), moving);
        stack->undo();
        QCOMPARE(model->rowOf(moving), movable);
    }

    void addDropReplaceRemove()
    {
        MainWindow window;
        QVERIFY(window.controller()->open(m_path));
        QVERIFY(window.selectMeeting(m_meeting));
        MaterialsPanel *panel = window.meetingEditor()->materialsPanel();
        MaterialTableModel *model = panel->model();
        Document *document = window.controller()->document();
        const int before = model->rowCount();

        // A file that is not a PDF: the checker's message, naming the file, and nothing added.
        QVERIFY(test::writeBytes(path(u"メモ.pdf"_s), QByteArray("just some text")));
        QCOMPARE(panel->addFiles({path(u"メモ.pdf"_s)}), 0);
        QVERIFY2(panel->lastProblem().contains(u"メモ.pdf"_s) &&
                     panel->lastProblem().contains(u"not a PDF"_s),
                 qPrintable(panel->lastProblem()));
        QTRY_VERIFY(takeProblem(panel).contains(u"メモ.pdf"_s));
        QCOMPARE(model->rowCount(), before);

        // Two PDFs dropped on the table (one of them damaged): the good one is added after the
        // others, under the agenda item of the row it was dropped on.
        const QString good = writePdf(u"追加資料.pdf"_s, 4);
        QByteArray damaged = packet::renderDemoMaterial({u"青葉台市"_s, u"市民課"_s, {}, u"壊れ"_s, 3, 2});
        QVERIFY(test::writeBytes(path(u"壊れた.pdf"_s), damaged.left(damaged.size() / 2)));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(good), QUrl::fromLocalFile(path(u"壊れた.pdf"_s))});
        const QModelIndex target = model->index(0, 0);
        const Id agendaItem = model->materials()[0].agendaItemId;
        QVERIFY(model->canDropMimeData(&mime, Qt::CopyAction, -1, -1, target));
        QVERIFY(model->dropMimeData(&mime, Qt::CopyAction, -1, -1, target));
        QCOMPARE(model->rowCount(), before + 1);
        QVERIFY(panel->lastProblem().contains(u"壊れた.pdf"_s));
        QVERIFY(!panel->lastProblem().contains(u"追加資料.pdf"_s));
        QTRY_VERIFY(!takeProblem(panel).isEmpty());
        const Id added = panel->currentMaterialId();
        const Material material = *MaterialRepository(document->database()).material(added);
        QCOMPARE(material.title, u"追加資料"_s);
        QCOMPARE(material.pageCount, 4);
        QCOMPARE(material.agendaItemId, agendaItem);
        QVERIFY(material.label.startsWith(u"資料"_s));
        QCOMPARE(model->index(model->rowOf(added), MaterialTableModel::FileColumn).data().toString(),
                 u"追加資料.pdf"_s);

        // Replace File…: a refused file changes nothing; a good one is undoable, the old file kept.
        QVERIFY(!panel->replaceFile(added, path(u"メモ.pdf"_s)));
        QTRY_VERIFY(!takeProblem(panel).isEmpty());
        QVERIFY(panel->replaceFile(added, writePdf(u"差替.pdf"_s, 7)));
        QCOMPARE(model->materials()[model->rowOf(added)].pageCount, 7);
        document->undoStack()->undo();
        QCOMPARE(model->materials()[model->rowOf(added)].pageCount, 4);

        // Remove, undo: the same material back.
        QVERIFY(panel->removeMaterial(added));
        QCOMPARE(model->rowOf(added), -1);
        document->undoStack()->undo();
        QVERIFY(model->rowOf(added) >= 0);
        document->undoStack()->undo(); // the addition
        QCOMPARE(model->rowCount(), before);
    }

    // A replaced file is listed in the material's history, openable, undone with the replacement,
    // brought back with an undone removal, exported, and frozen with a sealed meeting.
    void fileHistory()
    {
        MainWindow window;
        QVERIFY(window.controller()->open(m_path));
        QVERIFY(window.selectMeeting(m_meeting));
        MaterialsPanel *panel = window.meetingEditor()->materialsPanel();
        Document *document = window.controller()->document();
        MaterialRepository repository(document->database());
        const int undoStart = document->undoStack()->index();
        QCOMPARE(panel->addFiles({writePdf(u"初版.pdf"_s, 2)}), 1);
        const Id id = panel->currentMaterialId();
        QVERIFY(repository.fileHistory(id).isEmpty());
        const Id firstFile = repository.material(id)->fileId;

        QVERIFY(panel->replaceFile(id, writePdf(u"第二版.pdf"_s, 3, u"第二版"_s)));
        const Id secondFile = repository.material(id)->fileId;
        QVERIFY(panel->replaceFile(id, writePdf(u"第三版.pdf"_s, 5, u"第三版"_s)));
        QVector<MaterialFileVersion> history = repository.fileHistory(id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].version, 1);
        QCOMPARE(history[0].fileId, firstFile);
        QCOMPARE(history[0].fileName, u"初版.pdf"_s);
        QCOMPARE(history[0].pageCount, 2);
        QCOMPARE(history[1].fileId, secondFile);
        QCOMPARE(history[1].pageCount, 3);
        QVERIFY(QDateTime::fromString(history[1].replacedAt, Qt::ISODate).isValid());
        QCOMPARE(repository.material(id)->pageCount, 5);

        // The dialog lists both earlier files and the current one; an earlier one opens from the archive.
        FileHistoryDialog *dialog = panel->openFileHistory(id);
        QVERIFY(dialog);
        QCOMPARE(dialog->model()->rowCount(), 3);
        QCOMPARE(dialog->model()->item(0, 1)->text(), u"初版.pdf"_s);
        QCOMPARE(dialog->model()->item(2, 1)->text(), u"第三版.pdf"_s);
        MaterialViewer *old = dialog->openRow(0);
        QVERIFY(old);
        QTRY_COMPARE(old->pageCount(), 2);
        MaterialViewer *current = dialog->openRow(2);
        QVERIFY(current);
        QTRY_COMPARE(current->pageCount(), 5);
        dialog->close();

        // Undo of the second replacement takes its entry away; redo puts it back.
        document->undoStack()->undo();
        QCOMPARE(repository.fileHistory(id).size(), 1);
        QCOMPARE(repository.material(id)->fileId, secondFile);
        document->undoStack()->redo();
        QCOMPARE(repository.fileHistory(id), history);

        // Removed with its history (ON DELETE CASCADE); undo brings both back.
        QVERIFY(panel->removeMaterial(id));
        QVERIFY(repository.fileHistory(id).isEmpty());
        document->undoStack()->undo();
        QCOMPARE(repository.fileHistory(id), history);

        // The JSON export carries it under the material.
        const QByteArray json = ArchiveJson::exportArchiveBytes(document->database());
        QVERIFY(json.contains("\"file_history\""));
        QVERIFY(json.contains("第二版.pdf"));
        document->undoStack()->setIndex(undoStart); // leaves the shared archive as it was
    }

    void viewer()
    {
        MainWindow window;
        QVERIFY(window.controller()->open(m_path));
        QVERIFY(window.selectMeeting(m_meeting));
        MaterialsPanel *panel = window.meetingEditor()->materialsPanel();
        const QString big = writePdf(u"評価書.pdf"_s, 100, u"特定個人情報保護評価書（全項目評価書）"_s);
        QCOMPARE(panel->addFiles({big}), 1);
        const Id id = panel->currentMaterialId();

        QElapsedTimer timer;
        timer.start();
        MaterialViewer *viewer = panel->openViewer(id);
        QVERIFY(viewer);
        QTRY_COMPARE(viewer->pageCount(), 100);
        const qint64 opened = timer.elapsed();
        QVERIFY(QTest::qWaitForWindowExposed(viewer));
        PageThumbnailModel *thumbnails = viewer->thumbnailModel();
        QCOMPARE(thumbnails->rowCount(), 100);
        QTRY_VERIFY(thumbnails->isRendered(0));
        const qint64 firstThumbnails = timer.elapsed();
        // Lazily: only what the list shows was asked for.
        QTRY_VERIFY(thumbnails->renderedCount() == thumbnails->requestedCount());
        QVERIFY2(thumbnails->requestedCount() < 20,
                 qPrintable(QString::number(thumbnails->requestedCount())));
        qInfo("100-page material: open %lld ms, first thumbnails %lld ms, %d of 100 thumbnails rendered",
              opened, firstThumbnails, thumbnails->renderedCount());
        QCOMPARE(panel->openViewer(id), viewer); // one window per material

        // Page jump: the box, Ctrl+G, the thumbnails follow and render where they scroll to.
        viewer->goToPage(49);
        QTRY_COMPARE(viewer->currentPage(), 49);
        QCOMPARE(viewer->pageBox()->value(), 50);
        QCOMPARE(viewer->thumbnailView()->currentIndex().row(), 49);
        QTRY_VERIFY(thumbnails->isRendered(49));
        QTest::keyClick(viewer, Qt::Key_G, Qt::ControlModifier);
        QTRY_VERIFY(viewer->pageBox()->hasFocus());
        QTest::keyClicks(viewer->pageBox(), u"75"_s);
        QTest::keyClick(viewer->pageBox(), Qt::Key_Return);
        QTRY_COMPARE(viewer->currentPage(), 74);
        QCOMPARE(viewer->thumbnailView()->currentIndex().row(), 74);
        viewer->thumbnailView()->clicked(thumbnails->index(2));
        QTRY_COMPARE(viewer->currentPage(), 2);

        if (const QString keep = screenshotDir(); !keep.isEmpty()) {
            window.resize(1280, 860);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *tabs = window.meetingEditor()->findChild<QTabWidget *>(u"meetingTabs"_s);
            tabs->setCurrentWidget(panel);
            QTest::qWait(0);
            QVERIFY(window.grab().save(keep + u"/materials-tab.png"_s));
            viewer->goToPage(0);
            QTRY_VERIFY(thumbnails->isRendered(0) && thumbnails->isRendered(3));
            QTest::qWait(0);
            QVERIFY(viewer->grab().save(keep + u"/material-viewer.png"_s));
        }

        // A new file for the material: the open viewer shows it.
        QVERIFY(panel->replaceFile(id, writePdf(u"評価書（差替）.pdf"_s, 6)));
        QTRY_COMPARE(viewer->pageCount(), 6);
        QPointer<MaterialViewer> closing = viewer;
        QVERIFY(panel->removeMaterial(id));
        QTRY_VERIFY(!closing);
    }

    void packetDialog()
    {
        MainWindow window;
        QVERIFY(window.controller()->open(m_path));
        auto *action = window.findChild<QAction *>(u"actionBuildPacket"_s);
        auto *menu = window.findChild<QMenu *>(u"menuRecord"_s);
        QVERIFY(action && menu && menu->actions().contains(action));
        QVERIFY(window.selectMeeting(m_meeting));
        auto *controller = window.findChild<PacketController *>(u"packetController"_s);
        QVERIFY(controller);
        QPointer<PacketDialog> dialog = controller->buildPacket();
        QVERIFY(dialog);

        const QString out = path(u"packet.pdf"_s);
        dialog->setDestination(out);
        QVERIFY2(dialog->build(), qPrintable(dialog->resultText()));
        QVERIFY(dialog->resultText().contains(QDir::toNativeSeparators(out)));
        QPdfDocument full;
        QCOMPARE(full.load(out), QPdfDocument::Error::None);
        QCOMPARE(full.pageCount(), dialog->lastOutcome().pageCount);

        dialog->setPublicVersion(true);
        dialog->setDestination(path(u"public.pdf"_s));
        QVERIFY(dialog->build());
        QVERIFY(dialog->lastOutcome().pageCount < full.pageCount());
        QVERIFY(dialog->request().publicVersion);

        dialog->setPublicVersion(false);
        dialog->setWatermark(PacketDialog::Watermark::EveryMember);
        dialog->setFolderOutput(true);
        dialog->setDestination(path(u"tablets"_s));
        QVERIFY2(dialog->build(), qPrintable(dialog->resultText()));
        QCOMPARE(dialog->lastOutcome().written, QStringList{path(u"tablets"_s)});
        const QStringList members = QDir(path(u"tablets"_s)).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QVERIFY2(members.size() > 5, qPrintable(members.join(u' '))); // one folder per member
        if (const QString keep = screenshotDir(); !keep.isEmpty()) {
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QVERIFY(dialog->grab().save(keep + u"/packet-dialog.png"_s));
        }

        // The same folder again: it is not empty, so nothing is written and the dialog says why.
        QVERIFY(!dialog->build());
        QVERIFY2(dialog->resultText().startsWith(u"Nothing was written."_s),
                 qPrintable(dialog->resultText()));
        dialog->close();
        QTRY_VERIFY(!dialog);
    }
};

QTEST_MAIN(TestMaterials)
#include "TestMaterials.moc"
