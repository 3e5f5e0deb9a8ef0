// The signature block as printed: pad strokes drawn as vectors on the signer's line (dark pixels
// where the signature is, and none of it in the public version), a signature on paper said in words,
// and the correction note (正誤) of a corrected record in the PDF's text.
#include "archive/Sealing.h"
#include "archive/SignatureStrokes.h"
#include "io/DemoArchive.h"
#include "record/HtmlWriter.h"
#include "record/OdtWriter.h"
#include "record/PagePainter.h"
#include "record/PdfRenderer.h"
#include "record/RecordBuilder.h"
#include "record/SignatureObject.h"
#include "store/Archive.h"
#include "store/SignatureRepository.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPdfDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::record;

class TestRecordSignature : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void strokesAreDrawnOnTheLine();
    void emptyStrokesDrawNothing();
    void publicVersionHidesHandwriting();
    void paperSignatureIsSaid();
    void correctionNoteIsPrinted();

private:
    QSqlDatabase db() const { return m_archive->database(); }
    // Signs meeting 6's signers: the first on the pad with `strokes`, the second as `second`.
    void sign(const SignatureStrokes &strokes, SignatureMethod second = SignatureMethod::Pad);
    // Dark pixels inside the first signature object's box (its rule line left out) of the PDF.
    int darkPixelsInSignature(const RecordOptions &options, int *objects = nullptr);
    QString pdfText(const RecordOptions &options);

    std::unique_ptr<Archive> m_archive;
    FormatLibrary m_library;
    QTemporaryDir m_dir;
    static constexpr Id meeting = 6; // finalised in the demo, two signers designated and waiting
};

void TestRecordSignature::init()
{
    m_archive = Archive::openInMemory();
    DemoOptions options;
    options.sealOne = false;
    DemoArchive::write(db(), options);
}

void TestRecordSignature::sign(const SignatureStrokes &strokes, SignatureMethod second)
{
    SignatureRepository repository(db());
    auto list = repository.signatures(meeting);
    QCOMPARE(list.size(), 2);
    list[0].method = SignatureMethod::Pad;
    list[0].signedAt = QDateTime(QDate(2026, 11, 20), QTime(10, 0));
    list[0].strokes = strokes.toJson();
    repository.update(list[0]);
    list[1].method = second;
    list[1].signedAt = QDateTime(QDate(2026, 11, 21), QTime(10, 0));
    list[1].strokes = second == SignatureMethod::Pad ? SignatureStrokes::demo(3).toJson() : QByteArray();
    repository.update(list[1]);
}

int TestRecordSignature::darkPixelsInSignature(const RecordOptions &options, int *objects)
{
    const auto data = RecordData::load(db(), meeting);
    const RecordFormat format = *m_library.format(u"numbered"_s);
    const BuiltRecord built = RecordBuilder::build(*data, format, options);
    // Where the first signature lies: laid out as the PDF lays it out, in 96-dpi pixels.
    auto doc = PagePainter::copyForLayout(built);
    PagePainter::paginate(*doc, format);
    QRectF box;
    int count = 0;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().objectType() != SignatureObjectType)
                continue;
            if (count++ == 0) {
                const QRectF block = doc->documentLayout()->blockBoundingRect(b);
                const QSizeF size = it.fragment().charFormat().property(SignatureSizeProperty).toSizeF();
                box = QRectF(block.left() + b.blockFormat().leftMargin(), block.bottom() - size.height() - 4,
                             size.width(), size.height());
            }
        }
    }
    if (objects)
        *objects = count;
    if (box.isEmpty())
        return 0;
    const PdfResult pdf = PdfRenderer::render(built, format);
    if (!pdf.error.isEmpty())
        return -1;
    const QString path = m_dir.filePath(u"signature.pdf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    file.write(pdf.pdf);
    file.close();
    QPdfDocument rendered;
    if (rendered.load(path) != QPdfDocument::Error::None)
        return -1;
    const qreal bodyHeight = doc->pageSize().height();
    const int page = int(box.center().y() / bodyHeight);
    const qreal mm = 96.0 / 25.4;
    // 2x: 192 dpi, page and box in the same scale.
    const QSize pagePx = (rendered.pagePointSize(page) / 72.0 * 96.0 * 2).toSize();
    // Rendered onto white: the PDF's page has no background of its own.
    QImage image(pagePx, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.drawImage(0, 0, rendered.render(page, pagePx));
    }
    if (qEnvironmentVariableIsSet("KIROKU_SIGNATURE_PNG"))
        image.save(qEnvironmentVariable("KIROKU_SIGNATURE_PNG"));
    const QRectF onPage = QRectF(format.marginsMm.left() * mm + box.left(),
                                 format.marginsMm.top() * mm + box.top() - page * bodyHeight, box.width(),
                                 box.height() - 3); // the rule at its foot is not the signature
    const QRect area = QRectF(onPage.topLeft() * 2, onPage.size() * 2).toRect() & image.rect();
    int dark = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (qGray(image.pixel(x, y)) < 128)
                ++dark;
        }
    }
    return dark;
}

QString TestRecordSignature::pdfText(const RecordOptions &options)
{
    const auto data = RecordData::load(db(), meeting);
    const RecordFormat format = *m_library.format(u"numbered"_s);
    const QString path = m_dir.filePath(u"text.pdf"_s);
    const QString error = PdfRenderer::write(RecordBuilder::build(*data, format, options), format, path);
    if (!error.isEmpty())
        return error;
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return u"<pdftotext failed>"_s;
    return QString::fromUtf8(p.readAllStandardOutput());
}

void TestRecordSignature::strokesAreDrawnOnTheLine()
{
    sign(SignatureStrokes::demo(11));
    int objects = 0;
    const int dark = darkPixelsInSignature({}, &objects);
    QCOMPARE(objects, 2);
    QVERIFY2(dark > 200, qPrintable(u"%1 dark pixels"_s.arg(dark)));
    // The strokes are vectors in the PDF, not an embedded picture.
    const auto data = RecordData::load(db(), meeting);
    const RecordFormat format = *m_library.format(u"numbered"_s);
    const PdfResult pdf = PdfRenderer::render(RecordBuilder::build(*data, format), format);
    QVERIFY(!pdf.pdf.contains("/Subtype /Image"));
    QCOMPARE(pdf.missing, QString()); // the object is no character the font should have
    // The HTML export draws the same strokes as SVG, named for screen readers.
    const QString html = HtmlWriter::toHtml(RecordBuilder::build(*data, format));
    QCOMPARE(html.count(u"<svg class=\"signature-strokes\" role=\"img\" aria-label=\"署名\""_s), 2);
    QVERIFY(!html.contains(QChar::ObjectReplacementCharacter));
    // ODT knows images only: each pad signature goes in as a picture.
    QString error;
    const QByteArray odt = OdtWriter::write(RecordBuilder::build(*data, format), format, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(odt.count("Pictures/") >= 2);
}

void TestRecordSignature::emptyStrokesDrawNothing()
{
    // The same block with a pad signature of no strokes: the box above the rule stays white, so the
    // count above comes from the strokes.
    sign(SignatureStrokes{});
    int objects = 0;
    const int dark = darkPixelsInSignature({}, &objects);
    QCOMPARE(objects, 2);
    QVERIFY2(dark < 20, qPrintable(u"%1 dark pixels"_s.arg(dark)));
}

void TestRecordSignature::publicVersionHidesHandwriting()
{
    sign(SignatureStrokes::demo(11));
    RecordOptions options;
    options.publicVersion = true;
    int objects = 0;
    darkPixelsInSignature(options, &objects);
    QCOMPARE(objects, 0);
    QVERIFY(pdfText(options).contains(u"（署名済み）"_s));
}

void TestRecordSignature::paperSignatureIsSaid()
{
    sign(SignatureStrokes::demo(11), SignatureMethod::Paper);
    int objects = 0;
    darkPixelsInSignature({}, &objects);
    QCOMPARE(objects, 1);
    const QString text = pdfText({});
    QCOMPARE(text.count(u"（署名は紙面による）"_s), 1);
    QVERIFY(!text.contains(u"訂正"_s));
}

void TestRecordSignature::correctionNoteIsPrinted()
{
    sign(SignatureStrokes::demo(11));
    QVERIFY(Sealing::sealIfComplete(db(), meeting));
    Sealing::correct(db(), meeting, u"発言者名の誤りを訂正"_s, QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
    const QString text = pdfText({});
    QVERIFY2(text.contains(u"【訂正】"_s), qPrintable(text.right(400)));
    QVERIFY(text.contains(u"令和8年11月23日訂正（第2版）"_s));
    QVERIFY(text.contains(u"理由：発言者名の誤りを訂正"_s));
    // Reopened with the signatures cleared: lines for the pen again, no strokes.
    int objects = 0;
    darkPixelsInSignature({}, &objects);
    QCOMPARE(objects, 0);
}

QTEST_MAIN(TestRecordSignature)
#include "TestRecordSignature.moc"
