// The record as HTML for a council's website: structure (headings, header cells, speakers, the
// signature section) in every shipped format, and the public version's guarantee that no masked
// string is left anywhere in the page.
#include "io/DemoArchive.h"
#include "record/HtmlWriter.h"
#include "record/RecordExport.h"
#include "store/Archive.h"
#include "store/MeetingRepository.h"
#include "store/StatementRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::record;

namespace {

// What a reader (or a screen reader) gets from the page, read back as XML.
struct Page
{
    QString error;
    QString lang;
    QString title;
    QString text;           // all character data inside <body>, in order
    QStringList attributes; // every attribute value in the page, <head> included
    QVector<int> headingLevels;
    QStringList headings;
    QStringList speakers;
    QStringList tableLabels;
    int rowHeaders = 0;
    int columnHeaders = 0;
    int headerCellsInThead = 0;
    int signatureSections = 0;
};

Page parse(const QString &html)
{
    Page page;
    QXmlStreamReader xml(html);
    QStringList open;
    bool inBody = false;
    QString *capture = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            open << name;
            const QXmlStreamAttributes attrs = xml.attributes();
            for (const QXmlStreamAttribute &a : attrs)
                page.attributes << a.value().toString();
            if (name == u"html")
                page.lang = attrs.value(u"lang"_s).toString();
            else if (name == u"body")
                inBody = true;
            else if (name == u"title")
                capture = &page.title;
            else if (name.size() == 2 && name.at(0) == u'h' && name.at(1).isDigit()) {
                page.headingLevels << name.at(1).digitValue();
                page.headings << QString();
                capture = &page.headings.last();
            } else if (name == u"span" && attrs.value(u"class"_s) == u"speaker") {
                page.speakers << QString();
                capture = &page.speakers.last();
            } else if (name == u"th") {
                const auto scope = attrs.value(u"scope"_s);
                page.rowHeaders += scope == u"row";
                page.columnHeaders += scope == u"col";
                page.headerCellsInThead += open.contains(u"thead"_s);
            } else if (name == u"table") {
                page.tableLabels << attrs.value(u"aria-label"_s).toString();
            } else if (name == u"section" && attrs.value(u"class"_s) == u"signature" &&
                       !attrs.value(u"aria-label"_s).isEmpty()) {
                ++page.signatureSections;
            }
        } else if (xml.isEndElement()) {
            open.removeLast();
            capture = nullptr;
        } else if (xml.isCharacters() && !xml.isWhitespace()) {
            if (inBody)
                page.text += xml.text();
            if (capture)
                *capture += xml.text();
        }
    }
    if (xml.hasError())
        page.error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return page;
}

// Every text in `parts`, found in `text` in this order.
QString missingInOrder(const QString &text, const QStringList &parts)
{
    qsizetype pos = 0;
    for (const QString &part : parts) {
        const qsizetype at = text.indexOf(part, pos);
        if (at < 0)
            return part;
        pos = at + part.size();
    }
    return {};
}

} // namespace

class TestRecordHtml : public QObject
{
    Q_OBJECT

    std::unique_ptr<Archive> m_archive;
    Id m_meeting = 0;
    Id m_maskedMeeting = 0;
    QTemporaryDir m_dir;

    QString write(const PrintRequest &request, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        const PrintOutcome outcome = printRecord(m_archive->database(), request, path);
        if (!outcome.error.isEmpty())
            return u"ERROR "_s + outcome.error;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return u"ERROR unreadable"_s;
        return QString::fromUtf8(file.readAll());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_archive = Archive::openInMemory();
        const Id council = DemoArchive::write(m_archive->database());
        const auto meetings = MeetingRepository(m_archive->database()).meetings(council);
        m_meeting = meetings.at(4).id;
        // A meeting where a citizen's name and address were said, in several spellings.
        m_maskedMeeting = meetings.at(5).id;
        QFile file(QStringLiteral(KIROKU_FIXTURES_DIR) + u"/record/masking.txt"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        StatementRepository statements(m_archive->database());
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
            Statement s;
            s.meetingId = m_maskedMeeting;
            s.kind = StatementKind::Speech;
            s.speaker = u"事務局"_s;
            s.text = line;
            statements.append(s);
        }
    }

    void structure_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *name : {"numbered", "form-sheet", "maru", "form-table", "summary"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void structure()
    {
        QFETCH(QString, format);
        PrintRequest request;
        request.meetingId = m_meeting;
        request.format = format;
        const QString html = write(request, format + u".html"_s);
        QVERIFY2(!html.startsWith(u"ERROR"_s), qPrintable(html));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>\n<html lang=\"ja\">"_s));
        QVERIFY(html.contains(u"<meta charset=\"utf-8\" />"_s));
        const Page page = parse(html);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error)); // well-formed: every tag closed
        QCOMPARE(page.lang, u"ja"_s);
        QVERIFY(page.title.contains(u"審議会"_s));
        QVERIFY(html.contains(u"<main>"_s));

        // One h1, and no heading level skipped on the way down.
        QCOMPARE(page.headingLevels.count(1), 1);
        QCOMPARE(page.headingLevels.first(), 1);
        QVERIFY2(page.headingLevels.size() >= 2, qPrintable(page.headings.join(u'|')));
        for (int i = 1; i < page.headingLevels.size(); ++i)
            QVERIFY2(page.headingLevels.at(i) <= page.headingLevels.at(i - 1) + 1,
                     qPrintable(page.headings.at(i)));

        const auto recordFormat = FormatLibrary().format(format);
        QVERIFY(recordFormat);
        if (recordFormat->headerKind == HeaderKind::Table) {
            QVERIFY(page.rowHeaders >= recordFormat->rows.size());
            QVERIFY(page.tableLabels.contains(u"会議の概要"_s));
        }
        if (recordFormat->style == StatementStyle::Table) {
            QCOMPARE(page.columnHeaders, 2); // 発言者 | 発言内容, once, in <thead>
            QCOMPARE(page.headerCellsInThead, 2);
        }
        for (const QString &label : page.tableLabels)
            QVERIFY(!label.isEmpty());
        if (recordFormat->sectionHeadings)
            QVERIFY(page.headings.contains(u"２．議事"_s));
        QCOMPARE(page.signatureSections, 1);

        // The speaker is there as printed: （事務局）, 【事務局】, ○事務局 …
        QVERIFY(!page.speakers.isEmpty());
        if (recordFormat->style != StatementStyle::Summary) {
            const QString secretariat =
                QString(recordFormat->speakerFormat).replace(u"{speaker}"_s, u"事務局"_s).trimmed();
            QVERIFY2(std::any_of(page.speakers.begin(), page.speakers.end(),
                                 [&](const QString &s) { return s.trimmed() == secretariat; }),
                     qPrintable(page.speakers.join(u'|')));
        }

        // Every paragraph of the laid-out record, in its order.
        const auto data = RecordData::load(m_archive->database(), m_meeting);
        QVERIFY(data);
        const BuiltRecord built = RecordBuilder::build(*data, *recordFormat);
        QStringList blocks;
        for (QTextBlock b = built.document->begin(); b.isValid(); b = b.next()) {
            // A pad signature is an object, drawn (SVG in HTML), not text.
            const QString text = b.text().remove(QChar::ObjectReplacementCharacter);
            if (!text.isEmpty())
                blocks << text;
        }
        QVERIFY(blocks.size() > 20);
        QCOMPARE(missingInOrder(page.text, blocks), QString());
        // And every turn of the meeting, as said, in a verbatim format.
        if (recordFormat->style != StatementStyle::Summary) {
            QStringList said;
            for (const Statement &s : data->statements) {
                if (s.kind == StatementKind::Heading && !recordFormat->sectionHeadings)
                    continue;
                said << s.text.split(u'\n', Qt::SkipEmptyParts);
            }
            QVERIFY(said.size() > 10);
            QCOMPARE(missingInOrder(page.text, said), QString());
        }
    }

    void publicHtmlLeaksNothing_data() { structure_data(); }

    void publicHtmlLeaksNothing()
    {
        QFETCH(QString, format);
        PrintRequest request;
        request.meetingId = m_maskedMeeting;
        request.format = format;
        request.publicVersion = true;
        // 情報公開 is in the council's name: the title and the meta tags must lose it too.
        request.maskTerms = {u"山田 太郎"_s, u"ヤマダタロウ"_s, u"Yamada Taro"_s, u"緑町1-2-3"_s,
                             u"情報公開"_s};
        const QString html = write(request, u"public-"_s + format + u".html"_s);
        QVERIFY2(!html.startsWith(u"ERROR"_s), qPrintable(html));
        const Page page = parse(html);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QVERIFY(page.text.contains(u"○○"_s));
        QVERIFY(!page.title.isEmpty());

        // The demo council names members by surname: full names are masked too.
        const auto data = RecordData::load(m_archive->database(), m_maskedMeeting);
        QVERIFY(data);
        QStringList masked = request.maskTerms;
        for (const Member &m : data->members)
            masked << m.name;
        // Compared by key: any width, case or spacing of a masked string counts as a leak.
        const QStringList places{html, page.text, page.title, page.attributes.join(u'\n')};
        for (const QString &place : places) {
            const QString key = Masker::key(place);
            for (const QString &term : std::as_const(masked))
                QVERIFY2(!key.contains(Masker::key(term)), qPrintable(format + u": "_s + term));
        }
        for (const QString &leak : {u"山田"_s, u"ﾔﾏﾀﾞ"_s, u"ＹＡＭＡＤＡ"_s, u"緑町"_s, u"情報公開"_s})
            QVERIFY2(!html.contains(leak), qPrintable(leak));

        // The internal version keeps them (the test would pass on an empty page otherwise).
        request.publicVersion = false;
        const QString internal = write(request, u"internal-"_s + format + u".html"_s);
        QVERIFY(internal.contains(u"山田　太郎"_s));
        QVERIFY(internal.contains(u"情報公開"_s));
    }

    void writtenAtomically()
    {
        PrintRequest request;
        request.meetingId = 999999;
        const QString path = m_dir.filePath(u"none.htm"_s);
        QVERIFY(printRecordHtml(m_archive->database(), request, path).error.contains(u"no meeting"_s));
        QVERIFY(!QFile::exists(path));
        request.meetingId = m_meeting;
        QVERIFY(printRecord(m_archive->database(), request, path).error.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("<!DOCTYPE html>"));
    }

    void escapesMarkup()
    {
        BuiltRecord record;
        record.document = std::make_unique<QTextDocument>();
        record.document->setPlainText(u"<script>alert(\"x\")</script> & more"_s);
        record.title = u"a<b>\"c\""_s;
        record.subject = u"\"quoted\" & <tag>"_s;
        const QString html = HtmlWriter::toHtml(record);
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(!html.contains(u"<b>"_s));
        QVERIFY(html.contains(u"&lt;script&gt;"_s));
        const Page page = parse(html);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.title, record.title);
        QVERIFY(page.attributes.contains(record.subject));
        QVERIFY(page.text.contains(u"<script>alert(\"x\")</script> & more"_s));
    }
};

QTEST_MAIN(TestRecordHtml)
#include "TestRecordHtml.moc"
