// From a meeting id to a PDF file: format resolution, errors, the public version's report.
#include "io/DemoArchive.h"
#include "record/RecordExport.h"
#include "store/Archive.h"
#include "store/MeetingRepository.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::record;

class TestRecordExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<Archive> m_archive;
    Id m_meeting = 0;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        m_archive = Archive::openInMemory();
        const Id council = DemoArchive::write(m_archive->database());
        m_meeting = MeetingRepository(m_archive->database()).meetings(council).at(4).id;
    }

    void councilFormatByDefault()
    {
        PrintRequest request;
        request.meetingId = m_meeting;
        const QString path = m_dir.filePath(u"default.pdf"_s);
        const PrintOutcome outcome = printRecordPdf(m_archive->database(), request, path);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.formatName, u"numbered"_s); // the demo council's format
        QVERIFY(outcome.pageCount >= 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }

    void publicVersionReportsReplacements()
    {
        PrintRequest request;
        request.meetingId = m_meeting;
        request.format = u"maru"_s;
        request.publicVersion = true;
        request.maskTerms = {u"青葉台市役所"_s};
        request.pdfA = true;
        const PrintOutcome outcome =
            printRecordPdf(m_archive->database(), request, m_dir.filePath(u"p.pdf"_s));
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(std::any_of(outcome.hits.begin(), outcome.hits.end(), [](const MaskHit &h) {
            return h.term == u"青葉台市役所"_s && h.where == u"場所"_s;
        }));
    }

    // Every entry of the ODT package (content, styles, manifest) unpacked as one text.
    static QString odtText(const QString &path)
    {
        QProcess unzip;
        unzip.start(u"unzip"_s, {u"-p"_s, path});
        if (!unzip.waitForFinished(60000) || unzip.exitCode() != 0)
            return {};
        return QString::fromUtf8(unzip.readAllStandardOutput());
    }

    void odtCarriesTheRecord()
    {
        PrintRequest request;
        request.meetingId = m_meeting;
        const QString path = m_dir.filePath(u"record.odt"_s);
        const PrintOutcome outcome = printRecord(m_archive->database(), request, path);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(2) == "PK");
        const QString text = odtText(path);
        QVERIFY(text.contains(u"application/vnd.oasis.opendocument.text"_s));
        QVERIFY(text.contains(u"会議録"_s));
        QVERIFY(text.contains(u"青葉台市役所"_s));
    }

    // Qt writes every paragraph of a table cell as a cell of its own; LibreOffice then drops the
    // lines past the last column. Each row must hold no more cells than its table has columns.
    void odtTablesKeepTheirCells_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("materialsInTable");
        QTest::newRow("form-sheet") << u"form-sheet"_s << true;
        QTest::newRow("maru") << u"maru"_s << false;
        QTest::newRow("form-table") << u"form-table"_s << false;
    }

    void odtTablesKeepTheirCells()
    {
        QFETCH(QString, format);
        QFETCH(bool, materialsInTable);
        PrintRequest request;
        request.meetingId = m_meeting;
        request.format = format;
        const QString path = m_dir.filePath(format + u".odt"_s);
        const PrintOutcome outcome = printRecord(m_archive->database(), request, path);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QProcess unzip;
        unzip.start(u"unzip"_s, {u"-p"_s, path, u"content.xml"_s});
        QVERIFY(unzip.waitForFinished(60000));
        QXmlStreamReader xml(unzip.readAllStandardOutput());
        QVector<int> columns; // per open table
        int cellsInRow = 0;
        int tables = 0;
        QStringList cellTexts;
        QString cellText;
        bool inCell = false;
        while (!xml.atEnd()) {
            xml.readNext();
            const auto span = [&] {
                const int n = xml.attributes().value(u"table:number-columns-spanned"_s).toInt();
                return n > 0 ? n : 1;
            };
            if (xml.isStartElement()) {
                if (xml.qualifiedName() == u"table:table"_s) {
                    columns << 0;
                    ++tables;
                } else if (xml.qualifiedName() == u"table:table-column"_s) {
                    const int n = xml.attributes().value(u"table:number-columns-repeated"_s).toInt();
                    columns.last() += n > 0 ? n : 1;
                    // Column widths are lengths ODF accepts, not percentages.
                } else if (xml.qualifiedName() == u"table:table-row"_s) {
                    cellsInRow = 0;
                } else if (xml.qualifiedName() == u"table:table-cell"_s ||
                           xml.qualifiedName() == u"table:covered-table-cell"_s) {
                    cellsInRow += span();
                    QVERIFY2(
                        cellsInRow <= columns.last(),
                        qPrintable(
                            u"row with %1 cells in a %2-column table"_s.arg(cellsInRow).arg(columns.last())));
                    inCell = true;
                    cellText.clear();
                }
            } else if (xml.isEndElement() && xml.qualifiedName() == u"table:table-cell"_s) {
                inCell = false;
                cellTexts << cellText;
            } else if (xml.isEndElement() && xml.qualifiedName() == u"table:table"_s) {
                columns.removeLast();
            } else if (xml.isCharacters() && inCell) {
                cellText += xml.text();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(tables >= 1);
        // The materials list stays in one cell, all its lines.
        const auto materials = std::find_if(cellTexts.begin(), cellTexts.end(),
                                            [](const QString &t) { return t.contains(u"資料1"_s); });
        if (materialsInTable) {
            QVERIFY(materials != cellTexts.end());
            QVERIFY2(materials->contains(u"資料3"_s), qPrintable(*materials));
        }
        QVERIFY(!QString::fromUtf8([&] {
                     QProcess styles;
                     styles.start(u"unzip"_s, {u"-p"_s, path, u"content.xml"_s});
                     styles.waitForFinished(60000);
                     return styles.readAllStandardOutput();
                 }())
                     .contains(u"column-width=\"24%\""_s));
    }

    void publicOdtLeaksNoMaskedString()
    {
        PrintRequest request;
        request.meetingId = m_meeting;
        request.publicVersion = true;
        request.maskTerms = {u"青葉台市役所"_s};
        const QString path = m_dir.filePath(u"public.odt"_s);
        const PrintOutcome outcome = printRecord(m_archive->database(), request, path);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(!outcome.hits.isEmpty());
        const QString text = odtText(path);
        QVERIFY(text.contains(u"会議録"_s));
        QVERIFY(!text.contains(u"青葉台市役所"_s));
    }

    void errors()
    {
        PrintRequest request;
        request.meetingId = 999999;
        QVERIFY(printRecordPdf(m_archive->database(), request, m_dir.filePath(u"x.pdf"_s))
                    .error.contains(u"no meeting"_s));
        request.meetingId = m_meeting;
        request.format = u"nosuch"_s;
        const PrintOutcome outcome =
            printRecordPdf(m_archive->database(), request, m_dir.filePath(u"x.pdf"_s));
        QVERIFY(outcome.error.contains(u"Unknown record format \"nosuch\""_s));
        QVERIFY(outcome.error.contains(u"numbered"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.pdf"_s)));
    }
};

// Not GUILESS: PDF output needs a QGuiApplication (offscreen in the tests).
QTEST_MAIN(TestRecordExport)
#include "TestRecordExport.moc"
