// RecordBuilder per shipped format: header rows, speaker style, signature block, public version.
#include "io/DemoArchive.h"
#include "model/AgendaNumbering.h"
#include "record/RecordBuilder.h"
#include "store/AgendaRepository.h"
#include "store/Archive.h"
#include "store/MeetingRepository.h"
#include "store/StatementRepository.h"

#include <QAbstractTextDocumentLayout>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::record;

class TestRecordBuilder : public QObject
{
    Q_OBJECT

    std::unique_ptr<Archive> m_archive;
    Id m_meeting = 0;
    FormatLibrary m_library;

    RecordData data() const { return *RecordData::load(m_archive->database(), m_meeting); }
    RecordFormat format(const QString &name) const { return *m_library.format(name); }

    static QStringList blocks(const QTextDocument &doc)
    {
        QStringList out;
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
            out << b.text();
        return out;
    }

    static QTextTable *firstTable(QTextDocument &doc, int columns)
    {
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            QTextCursor c(b);
            if (QTextTable *t = c.currentTable(); t && t->columns() == columns)
                return t;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_archive = Archive::openInMemory();
        const Id council = DemoArchive::write(m_archive->database());
        int most = -1;
        for (const Meeting &m : MeetingRepository(m_archive->database()).meetings(council)) {
            const int n = StatementRepository(m_archive->database()).count(m.id);
            if (n > most) {
                most = n;
                m_meeting = m.id;
            }
        }
        QVERIFY(m_meeting != 0);
    }

    void headerRowsPresent_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : m_library.names())
            QTest::newRow(qPrintable(name)) << name;
    }

    void headerRowsPresent()
    {
        QFETCH(QString, name);
        const RecordFormat f = format(name);
        const BuiltRecord built = RecordBuilder::build(data(), f);
        const QString text = built.document->toPlainText();
        for (const HeaderRow &row : f.rows) {
            QVERIFY2(text.contains(row.label), qPrintable(row.label));
            for (const HeaderRow &child : row.rows)
                QVERIFY2(text.contains(child.label), qPrintable(child.label));
        }
        QVERIFY(text.contains(u"青葉台市情報公開・個人情報保護審議会"_s));
        QVERIFY(text.contains(u"青葉台市役所 本庁舎5階 第2会議室"_s));
        QVERIFY(!built.document->isUndoRedoEnabled());
        QVERIFY(built.title.contains(f.title));
    }

    void numberedHeaderAndParenSpeaker()
    {
        const BuiltRecord built = RecordBuilder::build(data(), format(u"numbered"_s));
        const QStringList b = blocks(*built.document);
        QCOMPARE(b.first(), u"会議録"_s);
        QVERIFY(b.contains(u"1　附属機関の名称　青葉台市情報公開・個人情報保護審議会"_s));
        QVERIFY(b.contains(u"4　出席した者の氏名"_s));
        QVERIFY(std::any_of(b.begin(), b.end(), [](const QString &s) {
            return s.startsWith(u"(1)　委員　春日 和彦（会長）"_s);
        }));
        QVERIFY(b.contains(u"9　発言の内容"_s));
        QVERIFY(std::any_of(b.begin(), b.end(),
                            [](const QString &s) { return s.startsWith(u"（事務局）定刻となりました"_s); }));
        QVERIFY(!b.contains(u"１．開会"_s)); // section headings off in this format
    }

    // Staff are recorded per meeting with times like members (issue 16); the agenda is numbered once.
    void staffTimesAndSingleAgendaNumbers()
    {
        RecordData d = data();
        QVERIFY(!d.staffPresent.isEmpty());
        const Staff *late = nullptr;
        for (const Staff &s : d.staff) {
            if (s.kind == StaffKind::Presenter && d.staffPresent.contains(s.id))
                late = &s;
        }
        QVERIFY(late);
        d.staffAttendance.append({m_meeting, late->id, QTime(10, 5), QTime(11, 20)});
        const QString text = RecordBuilder::build(d, format(u"numbered"_s)).document->toPlainText();
        QVERIFY2(text.contains(u"（午前10時05分から出席）（午前11時20分に退席）"_s),
                 qPrintable(text.left(1500)));
        QVERIFY(!text.contains(u"事務局　なし"_s));
    }

    // 「(1)　議題　(1)　諮問第12号」: the agenda's marks were printed twice (issue 16).
    void agendaNumberedOnce_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("numbered") << u"numbered"_s;
        QTest::newRow("summary") << u"summary"_s;
    }

    void agendaNumberedOnce()
    {
        QFETCH(QString, name);
        const RecordData d = data();
        QVERIFY(!d.agenda.isEmpty());
        const QStringList b = blocks(*RecordBuilder::build(d, format(name)).document);
        static const QRegularExpression twice(u"^\\(\\d+\\)　(議題　)?\\(\\d+\\)"_s);
        for (const QString &line : b)
            QVERIFY2(!twice.match(line).hasMatch(), qPrintable(line));
        const QString first = agendaLine(d.council.agendaNumbering, 0, d.agenda.first());
        QVERIFY(first.startsWith(u"(1)　"_s));
        QVERIFY2(std::any_of(b.begin(), b.end(), [&](const QString &s) { return s.startsWith(first); }),
                 qPrintable(first));
    }

    void bracketHeadingOnSeparateSheet()
    {
        const BuiltRecord built = RecordBuilder::build(data(), format(u"form-sheet"_s));
        const QStringList b = blocks(*built.document);
        QVERIFY(b.contains(u"【事務局】"_s));
        const int sheet = int(b.indexOf(u"別紙"_s));
        QVERIFY(sheet > 0);
        const QTextBlock block = built.document->findBlockByNumber(sheet);
        QCOMPARE(block.blockFormat().pageBreakPolicy(), QTextFormat::PageBreak_AlwaysBefore);
        QVERIFY(b.contains(u"□可（　人）　■不可"_s) ||
                std::any_of(b.begin(), b.end(), [](const QString &s) { return s.startsWith(u"■可（"_s); }));
        QTextTable *header = firstTable(*built.document, 3);
        QVERIFY(header);
        QCOMPARE(header->cellAt(4, 0).rowSpan(), 3); // 出席者: 委員 / 事務局 / 説明課及び職員
    }

    void maruPrefixWithHeadingsAndFullWidthDigits()
    {
        const BuiltRecord built = RecordBuilder::build(data(), format(u"maru"_s));
        const QStringList b = blocks(*built.document);
        QVERIFY(b.contains(u"１．開会"_s));
        QVERIFY(
            std::any_of(b.begin(), b.end(), [](const QString &s) { return s.startsWith(u"○事務局　"_s); }));
        QVERIFY(built.document->toPlainText().contains(u"令和８年度第３回"_s));
        QVERIFY(!built.runningHeader.isEmpty());
    }

    void statementTableRepeatsHeader()
    {
        const BuiltRecord built = RecordBuilder::build(data(), format(u"form-table"_s));
        QCOMPARE(blocks(*built.document).first(), u"様式第2号（第7条関係）"_s);
        QTextTable *statements = nullptr;
        for (QTextBlock b = built.document->begin(); b.isValid(); b = b.next()) {
            if (QTextTable *t = QTextCursor(b).currentTable(); t && t->format().headerRowCount() == 1)
                statements = t;
        }
        QVERIFY(statements);
        QCOMPARE(statements->cellAt(0, 0).firstCursorPosition().block().text(), u"発言者"_s);
        QCOMPARE(statements->cellAt(0, 1).firstCursorPosition().block().text(), u"発言内容"_s);
        QVERIFY(statements->rows() > 50);
        QCOMPARE(statements->cellAt(1, 0).columnSpan(), 2); // 1．開会 as a heading row
    }

    void summaryHasBulletsAndPairs()
    {
        const BuiltRecord built = RecordBuilder::build(data(), format(u"summary"_s));
        const QString text = built.document->toPlainText();
        QVERIFY(text.contains(u"\n委員："_s));
        QVERIFY(!text.contains(u"（全員挙手）"_s));
        QVERIFY(text.contains(u"議事の要旨"_s));
    }

    void signatureBlock()
    {
        const BuiltRecord built = RecordBuilder::build(data(), format(u"numbered"_s));
        const QStringList b = blocks(*built.document);
        const int closing =
            int(b.indexOf(u"会議の顛末を記載し、その相違ないことを証明するために、ここに署名する。"_s));
        QVERIFY(closing > 0);
        const QStringList tail = b.mid(closing);
        QVERIFY(tail.contains(u"議長　　　春日 和彦"_s));
        QVERIFY(tail.contains(u"署名委員　岡部 誠"_s));
        QVERIFY(tail.contains(u"署名委員　北川 由美"_s));
        QVERIFY(tail.at(1).startsWith(u"令和"_s));
    }

    void publicVersionAppliesPolicyAndHidesClosedItems()
    {
        AgendaRepository agenda(m_archive->database());
        AgendaItem item = agenda.items(m_meeting).first();
        item.publicity = Publicity::Closed;
        item.closedReason = u"個人に関する情報が含まれるため"_s;
        agenda.update(item);
        RecordOptions options;
        options.publicVersion = true;
        // The council's policy (the demo's: surname + 委員) applies when the format sets none.
        const BuiltRecord bySurname = RecordBuilder::build(data(), format(u"numbered"_s), options);
        QVERIFY(bySurname.document->toPlainText().contains(u"岡部委員と北川委員"_s));
        QVERIFY(!bySurname.document->toPlainText().contains(u"岡部誠委員"_s));
        QVERIFY(bySurname.document->toPlainText().contains(u"署名委員　岡部"_s));
        // A format may set its own.
        RecordFormat blank = format(u"numbered"_s);
        blank.namePolicy = NamePolicy::Blank;
        const BuiltRecord built = RecordBuilder::build(data(), blank, options);
        const QString text = built.document->toPlainText();
        QVERIFY(text.contains(u"は、非公開のため掲載しない。非公開の理由：個人に関する情報が含まれるため"_s));
        QVERIFY(!text.contains(u"岡部委員"_s));
        QVERIFY(text.contains(u"____委員と____委員"_s));
        QVERIFY(!text.contains(u"署名委員　岡部"_s));
        QVERIFY(!built.hits.isEmpty()); // every replaced name is reported
        RecordFormat letters = blank;
        letters.namePolicy = NamePolicy::Letters;
        const QString lettered = RecordBuilder::build(data(), letters, options).document->toPlainText();
        QVERIFY(lettered.contains(u"委員A"_s));
        QVERIFY(!lettered.contains(u"岡部委員"_s));
        item.publicity = Publicity::Public;
        agenda.update(item);
    }
};

QTEST_GUILESS_MAIN(TestRecordBuilder)
#include "TestRecordBuilder.moc"
