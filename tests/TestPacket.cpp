// Packets read back: pages, bookmarks, page labels, index links, watermarks, the public packet and
// bad material files. Qt PDF (pdfium) and poppler read what a tablet would; qpdf reads the links.
#include "commands/MaterialCommands.h"
#include "io/DemoArchive.h"
#include "packet/DemoMaterials.h"
#include "packet/PacketBuilder.h"
#include "packet/PacketExport.h"
#include "packet/PdfInspect.h"
#include "store/Archive.h"
#include "store/CouncilRepository.h"
#include "store/MaterialRepository.h"
#include "store/MeetingRepository.h"

#include <QDir>
#include <QFile>
#include <QPdfBookmarkModel>
#include <QPdfDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "TestSupport.h"

#define POINTERHOLDER_TRANSITION 4
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

using namespace Qt::StringLiterals;
using namespace kiroku;

namespace {

QByteArray fromWriter(QPDFWriter &writer)
{
    writer.setOutputMemory();
    writer.write();
    const auto buffer = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
}

QString pdftotext(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Every page's text through pdfium, without whitespace.
QString allText(QPdfDocument &doc)
{
    QString text;
    for (int i = 0; i < doc.pageCount(); ++i)
        text += doc.getAllText(i).text();
    text.remove(QRegularExpression(u"\\s"_s));
    return text;
}

struct Bookmark
{
    QString title;
    int level = 0;
    int page = 0;
};

QVector<Bookmark> bookmarks(QPdfDocument &doc)
{
    QPdfBookmarkModel model;
    model.setDocument(&doc);
    QVector<Bookmark> out;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex i = model.index(r, 0, parent);
            out.append({i.data(int(QPdfBookmarkModel::Role::Title)).toString(),
                        i.data(int(QPdfBookmarkModel::Role::Level)).toInt(),
                        i.data(int(QPdfBookmarkModel::Role::Page)).toInt()});
            walk(i);
        }
    };
    walk({});
    return out;
}

} // namespace

class TestPacket : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;
    Id m_meeting = 0; // the demo meeting with 資料2-1 and the non-public 資料2-2
    QVector<Material> m_materials;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static packet::PacketRequest request(Id meeting)
    {
        packet::PacketRequest r;
        r.meetingId = meeting;
        return r;
    }

    std::unique_ptr<QPdfDocument> load(const QString &file)
    {
        auto doc = std::make_unique<QPdfDocument>();
        doc->load(file);
        return doc;
    }

    const Material &material(const QString &label) const
    {
        return *std::find_if(m_materials.begin(), m_materials.end(),
                             [&](const Material &m) { return m.label == label; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Archive::open(path(u"demo.kiroku"_s), Archive::OpenMode::CreateIfMissing);
        QVERIFY(opened.archive);
        m_archive = std::move(opened.archive);
        DemoArchive::write(m_archive->database());
        MaterialRepository repository(m_archive->database());
        for (const Meeting &m : MeetingRepository(m_archive->database()).meetings(1)) {
            for (const Material &material : repository.materials(m.id)) {
                if (!material.isPublic) {
                    m_meeting = m.id;
                    m_materials = repository.materials(m.id);
                }
            }
        }
        QVERIFY(m_meeting > 0);
        QCOMPARE(m_materials.size(), 5);
    }

    void demoMaterialsHaveFiles()
    {
        MaterialRepository repository(m_archive->database());
        int pages = 0;
        for (const Meeting &m : MeetingRepository(m_archive->database()).meetings(1)) {
            for (const Material &material : repository.materials(m.id)) {
                const auto file = repository.file(material.fileId);
                QVERIFY2(file, qPrintable(material.label));
                const packet::PdfInspection inspection = packet::inspectPdf(file->data, material.label);
                QVERIFY2(inspection.ok(), qPrintable(inspection.error));
                QCOMPARE(inspection.pageCount, material.pageCount);
                pages += material.pageCount;
            }
        }
        QVERIFY2(pages >= 200, qPrintable(QString::number(pages)));
    }

    void parentLabels()
    {
        QCOMPARE(packet::parentLabel(u"資料10-1"_s), u"資料10"_s);
        QCOMPARE(packet::parentLabel(u"報告資料(1)-2"_s), u"報告資料(1)"_s);
        QCOMPARE(packet::parentLabel(u"審議資料No.2-4"_s), u"審議資料No.2"_s);
        QCOMPARE(packet::parentLabel(u"資料3"_s), QString());
    }

    void fullPacket()
    {
        const QString out = path(u"full.pdf"_s);
        const packet::PacketOutcome outcome =
            packet::writePacket(m_archive->database(), request(m_meeting), out);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        int materialPages = 0;
        for (const Material &m : std::as_const(m_materials))
            materialPages += m.pageCount;
        auto doc = load(out);
        QCOMPARE(doc->status(), QPdfDocument::Status::Ready);
        QCOMPARE(doc->pageCount(), 2 + materialPages);
        QCOMPARE(outcome.pageCount, doc->pageCount());

        // Page labels: the material and its own page.
        QCOMPARE(doc->pageLabel(0), u"表紙"_s);
        QCOMPARE(doc->pageLabel(1), u"資料一覧"_s);
        QCOMPARE(doc->pageLabel(2), u"資料1 p.1"_s);
        QCOMPARE(doc->pageLabel(3), u"資料1 p.2"_s);
        QCOMPARE(doc->pageLabel(4), u"資料2-1 p.1"_s);
        QCOMPARE(doc->pageLabel(4 + 45), u"資料2-1 p.46"_s);
        QCOMPARE(doc->pageLabel(doc->pageCount() - 1), u"資料4 p.%1"_s.arg(material(u"資料4"_s).pageCount));

        // Bookmarks: 資料2-1 and 2-2 nested under 資料2, each leading to its first page.
        const QVector<Bookmark> marks = bookmarks(*doc);
        QStringList titles;
        for (const Bookmark &b : marks)
            titles << u"%1:%2:%3"_s.arg(b.level).arg(b.title).arg(b.page);
        const int annex = 4 + material(u"資料2-1"_s).pageCount;
        const int summary = annex + material(u"資料2-2"_s).pageCount;
        QCOMPARE(titles,
                 (QStringList{u"0:表紙:0"_s, u"0:資料一覧:1"_s, u"0:資料1　諮問書（写し）:2"_s,
                              u"0:資料2:4"_s, u"1:資料2-1　特定個人情報保護評価書（全項目評価書）（案）:4"_s,
                              u"1:資料2-2　評価書別添　システム構成図及び委託先の作業体制:%1"_s.arg(annex),
                              u"0:資料3　評価書の概要:%1"_s.arg(summary),
                              u"0:資料4　個人情報取扱事務の届出状況（一覧）:%1"_s.arg(
                                  summary + material(u"資料3"_s).pageCount)}));

        // The index lists every material with its first page, and each line links there.
        const QString index = doc->getAllText(1).text();
        QVERIFY2(index.contains(u"評価書別添"_s), qPrintable(index));
        QVERIFY2(index.contains(QString::number(annex + 1)), qPrintable(index));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QPDF pdf;
        pdf.processMemoryFile("packet", bytes.constData(), size_t(bytes.size()));
        auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
        std::map<QPDFObjGen, int> pageIndex;
        for (size_t i = 0; i < pages.size(); ++i)
            pageIndex[pages[i].getObjectHandle().getObjGen()] = int(i);
        QVector<int> targets;
        QVector<double> tops;
        for (QPDFAnnotationObjectHelper annot : pages.at(1).getAnnotations("/Link")) {
            QPDFObjectHandle dest = annot.getObjectHandle().getKey("/Dest");
            QVERIFY(dest.isArray());
            targets << (pageIndex.count(dest.getArrayItem(0).getObjGen())
                            ? pageIndex.at(dest.getArrayItem(0).getObjGen())
                            : -1);
            tops << annot.getRect().ury;
            // The link covers the line whose label leads there: the label's text lies inside it.
            const QRectF r(annot.getRect().llx, 842 - annot.getRect().ury,
                           annot.getRect().urx - annot.getRect().llx,
                           annot.getRect().ury - annot.getRect().lly);
            QProcess crop;
            crop.start(u"pdftotext"_s,
                       {u"-f"_s, u"2"_s, u"-l"_s, u"2"_s, u"-r"_s, u"72"_s, u"-x"_s,
                        QString::number(int(r.x())), u"-y"_s, QString::number(int(r.y())), u"-W"_s,
                        QString::number(int(r.width())), u"-H"_s, QString::number(int(r.height())), u"-enc"_s,
                        u"UTF-8"_s, out, u"-"_s});
            QVERIFY(crop.waitForFinished(60000));
            const QString inside = QString::fromUtf8(crop.readAllStandardOutput());
            const int target = targets.back();
            const QString label = doc->pageLabel(target).section(u' ', 0, 0);
            QVERIFY2(inside.contains(label), qPrintable(inside + u" / "_s + label));
            QVERIFY2(inside.contains(QString::number(target + 1)), qPrintable(inside));
        }
        QCOMPARE(targets, (QVector<int>{2, 4, annex, summary, summary + material(u"資料3"_s).pageCount}));
        QVERIFY(std::is_sorted(tops.rbegin(), tops.rend())); // top to bottom in the list's order

        // No watermark unless asked.
        QVERIFY(!allText(*doc).contains(u"岡部"_s));
        QVERIFY(!pdftotext(out).contains(u"岡部"_s));
        // Fonts embedded.
        QProcess fonts;
        fonts.start(u"pdffonts"_s, {out});
        QVERIFY(fonts.waitForFinished(60000));
        const QStringList lines =
            QString::fromUtf8(fonts.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        for (const QString &line : lines.mid(2))
            QVERIFY2(line.contains(u" yes "_s), qPrintable(line));
    }

    void watermark()
    {
        const auto members = CouncilRepository(m_archive->database()).members(1);
        const Member okabe = *std::find_if(members.begin(), members.end(),
                                           [](const Member &m) { return m.name == u"岡部 誠"_s; });
        packet::PacketRequest req = request(m_meeting);
        req.watermarkFor = okabe.id;
        const QString out = path(u"okabe.pdf"_s);
        const packet::PacketOutcome outcome = packet::writePacket(m_archive->database(), req, out);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        auto doc = load(out);
        for (int i = 0; i < doc->pageCount(); ++i) {
            const QString text = doc->getAllText(i).text().remove(QRegularExpression(u"\\s"_s));
            QVERIFY2(text.contains(u"岡部誠委員"_s), qPrintable(u"page %1"_s.arg(i + 1)));
            QVERIFY(!text.contains(u"春日"_s));
        }
        // The material's own label stamp is still drawn under the watermark.
        QVERIFY(doc->getAllText(2).text().contains(u"資料1"_s));

        req.watermarkFor = 9999;
        QVERIFY(!packet::writePacket(m_archive->database(), req, path(u"nobody.pdf"_s)).error.isEmpty());
        QVERIFY(!QFile::exists(path(u"nobody.pdf"_s)));

        req.watermarkFor.reset();
        req.watermarkEveryMember = true;
        const packet::PacketOutcome every =
            packet::writePacket(m_archive->database(), req, path(u"all.pdf"_s));
        QVERIFY2(every.error.isEmpty(), qPrintable(every.error));
        QCOMPARE(every.written.size(), 8);
        QVERIFY2(every.written.first().endsWith(u"all_01_春日和彦.pdf"_s), qPrintable(every.written.first()));
    }

    void publicPacket()
    {
        packet::PacketRequest req = request(m_meeting);
        req.publicVersion = true;
        const QString out = path(u"public.pdf"_s);
        const packet::PacketOutcome outcome = packet::writePacket(m_archive->database(), req, out);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        auto doc = load(out);
        int pages = 2;
        for (const Material &m : std::as_const(m_materials))
            pages += m.isPublic ? m.pageCount : 0;
        QCOMPARE(doc->pageCount(), pages);
        const QString hidden = u"システム構成図"_s;
        QVERIFY(!allText(*doc).contains(hidden));
        QVERIFY(!allText(*doc).contains(u"資料2-2"_s));
        QVERIFY(!pdftotext(out).contains(hidden));
        for (int i = 0; i < doc->pageCount(); ++i)
            QVERIFY2(!doc->pageLabel(i).contains(u"資料2-2"_s), qPrintable(doc->pageLabel(i)));
        for (const Bookmark &b : bookmarks(*doc))
            QVERIFY2(!b.title.contains(u"2-2"_s) && !b.title.contains(hidden), qPrintable(b.title));
        QVERIFY(doc->getAllText(1).text().contains(u"非公開の資料は掲載していません"_s));
        // Not in the file's bytes either, in any string form qpdf writes (uncompressed for the search).
        QPDF pdf;
        pdf.processFile(out.toLocal8Bit().constData());
        QPDFWriter writer(pdf);
        writer.setQDFMode(true);
        writer.setStreamDataMode(qpdf_s_uncompress);
        const QByteArray raw = fromWriter(writer);
        for (const QString &needle : {hidden, u"資料2-2"_s}) {
            QVERIFY(!raw.contains(needle.toUtf8()));
            QByteArray utf16;
            for (const QChar c : needle)
                utf16.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
            QVERIFY(!raw.contains(utf16));
            QVERIFY(!raw.toLower().contains(utf16.toHex()));
        }
    }

    void folder()
    {
        const QString dir = path(u"tablet"_s);
        const packet::PacketOutcome outcome =
            packet::writePacketFolder(m_archive->database(), request(m_meeting), dir);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        const QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 6);
        QCOMPARE(files.first(), u"01_次第.pdf"_s);
        QVERIFY2(files.at(1).startsWith(u"02_資料1_諮問書"_s), qPrintable(files.at(1)));
        QVERIFY2(files.at(2).startsWith(u"03_資料2-1_"_s), qPrintable(files.at(2)));
        auto doc = load(QDir(dir).filePath(files.at(2)));
        QCOMPARE(doc->pageCount(), material(u"資料2-1"_s).pageCount);
        QCOMPARE(doc->pageLabel(0), u"資料2-1 p.1"_s);
        // No leftovers of the temporary folder, and a second export into a full folder is refused.
        QCOMPARE(QDir(m_dir.path()).entryList({u".tablet*"_s}, QDir::AllEntries | QDir::Hidden).size(), 0);
        QVERIFY(!packet::writePacketFolder(m_archive->database(), request(m_meeting), dir).error.isEmpty());
        QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 6);
    }

    // kiroku packet as a whole process on a fresh demo archive.
    void commandLine()
    {
        const QString kiroku = QStringLiteral(KIROKU_BINARY);
        if (kiroku.isEmpty())
            QSKIP("built without the kiroku executable");
        const auto run = [&](const QStringList &args, int expected) {
            QProcess p;
            p.start(kiroku, args);
            QVERIFY(p.waitForFinished(120000));
            QVERIFY2(p.exitCode() == expected, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        };
        const QString archive = path(u"cli.kiroku"_s);
        run({u"demo"_s, u"--archive"_s, archive}, 0);
        run({u"packet"_s, u"--archive"_s, archive, u"--meeting"_s, QString::number(m_meeting), u"--public"_s,
             u"-o"_s, path(u"cli.pdf"_s)},
            0);
        QPdfDocument doc;
        doc.load(path(u"cli.pdf"_s));
        QCOMPARE(doc.pageLabel(2), u"資料1 p.1"_s);
        run({u"packet"_s, u"--archive"_s, archive, u"--meeting"_s, QString::number(m_meeting),
             u"--watermark-all"_s, u"--folder"_s, path(u"cli-folder"_s)},
            0);
        QCOMPARE(QDir(path(u"cli-folder"_s)).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 8);
        run({u"packet"_s, u"--archive"_s, archive, u"--meeting"_s, u"1"_s}, 2); // no output
        run({u"packet"_s, u"--archive"_s, archive, u"--meeting"_s, u"999"_s, u"-o"_s, path(u"x.pdf"_s)}, 1);
        QVERIFY(!QFile::exists(path(u"x.pdf"_s)));
    }

    // Adding and replacing a material file: checked before it is stored, one undo step each.
    void materialCommands()
    {
        Document document{Archive::openInMemory()};
        DemoArchive::write(document.database());
        const Id meeting = MeetingRepository(document.database()).meetings(1).first().id;
        MaterialRepository repository(document.database());
        const qsizetype before = repository.materials(meeting).size();
        QSignalSpy failed(&document, &Document::failed);

        QVERIFY(test::writeBytes(path(u"not.pdf"_s), QByteArray("plain text")));
        const MaterialFile bad = readMaterialFile(path(u"not.pdf"_s));
        QVERIFY2(bad.error.contains(u"not.pdf"_s) && bad.error.contains(u"not a PDF"_s),
                 qPrintable(bad.error));
        Material m;
        m.meetingId = meeting;
        m.label = u"資料9"_s;
        m.title = u"追加資料"_s;
        m.position = 50;
        QVERIFY(!document.push(new AddMaterialCommand(&document, m, bad)));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(repository.materials(meeting).size(), before);

        const QByteArray pdf =
            packet::renderDemoMaterial({u"青葉台市"_s, u"市民課"_s, u"資料9"_s, u"追加資料"_s, 3, 9});
        QVERIFY(test::writeBytes(path(u"add.pdf"_s), pdf));
        const MaterialFile good = readMaterialFile(path(u"add.pdf"_s));
        QVERIFY2(good.error.isEmpty(), qPrintable(good.error));
        QCOMPARE(good.pageCount, 3);
        QVERIFY(document.push(new AddMaterialCommand(&document, m, good)));
        QCOMPARE(repository.materials(meeting).size(), before + 1);
        const Material added = repository.materials(meeting).last();
        QCOMPARE(added.pageCount, 3);
        QCOMPARE(added.fileName, u"add.pdf"_s);
        QCOMPARE(repository.file(added.fileId)->data, pdf);

        const QByteArray second = packet::renderDemoMaterial(
            {u"青葉台市"_s, u"市民課"_s, u"資料9"_s, u"追加資料（差替）"_s, 5, 10});
        QVERIFY(test::writeBytes(path(u"replace.pdf"_s), second));
        QVERIFY(document.push(
            new ReplaceMaterialFileCommand(&document, added, readMaterialFile(path(u"replace.pdf"_s)))));
        const Material replaced = *repository.material(added.id);
        QCOMPARE(replaced.pageCount, 5);
        QVERIFY(replaced.fileId != added.fileId);
        QVERIFY(repository.file(added.fileId)); // the old version is still stored
        document.undoStack()->undo();
        QCOMPARE(*repository.material(added.id), added);
        document.undoStack()->undo();
        QCOMPARE(repository.materials(meeting).size(), before);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("problem");
        QPDF empty;
        empty.emptyPDF();
        QPDFWriter emptyWriter(empty);
        QTest::newRow("no pages") << fromWriter(emptyWriter) << u"has no pages"_s;
        QTest::newRow("not a PDF") << QByteArray("PK\x03\x04 a zip file, not a PDF") << u"is not a PDF"_s;
        QTest::newRow("empty") << QByteArray() << u"is empty"_s;

        const QByteArray good =
            packet::renderDemoMaterial({u"青葉台市"_s, u"市民課"_s, u"資料9"_s, u"試験"_s, 3, 7});
        QVERIFY(!good.isEmpty());
        QPDF source;
        source.processMemoryFile("good", good.constData(), size_t(good.size()));
        QPDFWriter encrypted(source);
        encrypted.setR6EncryptionParameters("secret", "owner", true, true, true, true, true, true,
                                            qpdf_r3p_full, true);
        QTest::newRow("encrypted") << fromWriter(encrypted) << u"is encrypted"_s;
        QPDF source2;
        source2.processMemoryFile("good", good.constData(), size_t(good.size()));
        QPDFWriter restricted(source2);
        restricted.setR6EncryptionParameters("", "owner", true, false, true, false, false, false,
                                             qpdf_r3p_none, true);
        QTest::newRow("restricted") << fromWriter(restricted) << u"is encrypted"_s;
        QTest::newRow("truncated") << good.left(good.size() / 2) << u"is damaged"_s;
        QByteArray garbled = good;
        for (qsizetype i = garbled.size() / 3; i < garbled.size(); i += 97)
            garbled[i] = 'x';
        QTest::newRow("garbled") << garbled << u"is damaged"_s;
    }

    void badInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, problem);
        const packet::PdfInspection inspection = packet::inspectPdf(data, u"bad.pdf"_s);
        QVERIFY2(inspection.error.contains(u"bad.pdf"_s), qPrintable(inspection.error));
        QVERIFY2(inspection.error.contains(problem), qPrintable(inspection.error));

        // A packet with that file is refused, naming it, and nothing is written.
        MaterialRepository repository(m_archive->database());
        Material bad = material(u"資料3"_s);
        bad.id = 0;
        bad.label = u"資料5"_s;
        bad.position = 99;
        bad.fileName = u"bad.pdf"_s;
        bad.fileId = repository.storeFile(data);
        bad.id = repository.insert(bad);
        const QString out = path(u"bad-packet.pdf"_s);
        const packet::PacketOutcome outcome =
            packet::writePacket(m_archive->database(), request(m_meeting), out);
        repository.remove(bad.id);
        QVERIFY2(outcome.error.contains(u"資料5 (bad.pdf)"_s), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(problem), qPrintable(outcome.error));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(m_dir.path()).entryList({u"bad-packet*"_s}, QDir::AllEntries | QDir::Hidden).size(), 0);
    }
};

QTEST_MAIN(TestPacket)
#include "TestPacket.moc"
