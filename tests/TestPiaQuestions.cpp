// The question table: counts and the summary exactly as printed; CSV and TSV written and read back
// unchanged in UTF-8 (with and without BOM) and Shift_JIS; a table as Excel writes it (Shift_JIS, CRLF,
// header variants, quoted line breaks); and bad tables refused with the line named.
#include "pia/QuestionTable.h"

#include <QTest>

#include <unicode/ucnv.h>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::pia;

Q_DECLARE_METATYPE(kiroku::pia::TableFormat)
Q_DECLARE_METATYPE(kiroku::pia::TableEncoding)

namespace {

QVector<PiaQuestion> table(int conforming, int observation, PiaJudgment final = PiaJudgment::Conforming)
{
    QVector<PiaQuestion> list;
    for (int i = 0; i < conforming + observation; ++i) {
        PiaQuestion q;
        q.number = i + 1;
        q.section = u"III 7 ⑥ 技術的対策"_s;
        q.page = 40 + i;
        q.question = u"質問%1について、\"引用\"と、カンマ,を含む"_s.arg(i + 1);
        q.firstJudgment = i < conforming ? PiaJudgment::Conforming : PiaJudgment::Observation;
        q.answer = i % 3 == 0 ? u"一行目\n二行目"_s : u"回答%1"_s.arg(i + 1);
        q.secondCheck = i < conforming ? QString() : u"確認した。"_s;
        q.finalJudgment = final;
        list << q;
    }
    return list;
}

QByteArray shiftJis(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *c = ucnv_open("windows-31j", &status);
    QByteArray out(text.size() * 2 + 8, '\0');
    const int32_t n =
        ucnv_fromUChars(c, out.data(), int32_t(out.size()), reinterpret_cast<const UChar *>(text.constData()),
                        int32_t(text.size()), &status);
    ucnv_close(c);
    out.resize(n);
    return out;
}

} // namespace

class TestPiaQuestions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summary()
    {
        QCOMPARE(questionSummary(table(10, 11)), u"21問: 一次 適合10・観察事項11 → 最終 適合21"_s);
        QVector<PiaQuestion> mixed = table(2, 2, PiaJudgment::None);
        mixed[0].firstJudgment = PiaJudgment::NeedsImprovement;
        mixed[1].finalJudgment = PiaJudgment::Conforming;
        mixed[2].finalJudgment = PiaJudgment::Observation;
        const QuestionCounts c = countQuestions(mixed);
        QCOMPARE(c.total, 4);
        QCOMPARE(c.first.conforming, 1);
        QCOMPARE(c.first.needsImprovement, 1);
        QCOMPARE(c.first.observation, 2);
        QCOMPARE(c.final.none, 2);
        QCOMPARE(questionSummary(mixed),
                 u"4問: 一次 適合1・要改善1・観察事項2 → 最終 適合1・観察事項1・未判定2"_s);
        QCOMPARE(questionSummary({}), QString());
    }

    void judgments()
    {
        QCOMPARE(parseJudgment(u"適合"_s), PiaJudgment::Conforming);
        QCOMPARE(parseJudgment(u" 観察事項 "_s), PiaJudgment::Observation);
        QCOMPARE(parseJudgment(u"経過観察（要改善）"_s), PiaJudgment::NeedsImprovement);
        QCOMPARE(parseJudgment(u"経過観察(観察事項)"_s), PiaJudgment::Observation);
        QCOMPARE(parseJudgment(u""_s), PiaJudgment::None);
        QCOMPARE(parseJudgment(u"－"_s), PiaJudgment::None);
        QVERIFY(!parseJudgment(u"不適合かも"_s));
    }

    void roundTrip_data()
    {
        QTest::addColumn<TableFormat>("format");
        QTest::addColumn<TableEncoding>("encoding");
        QTest::addColumn<QString>("encodingName");
        QTest::newRow("csv utf-8 bom") << TableFormat::Csv << TableEncoding::Utf8Bom << u"UTF-8 (BOM)"_s;
        QTest::newRow("csv utf-8") << TableFormat::Csv << TableEncoding::Utf8 << u"UTF-8"_s;
        QTest::newRow("csv shift_jis") << TableFormat::Csv << TableEncoding::ShiftJis << u"Shift_JIS"_s;
        QTest::newRow("tsv utf-8 bom") << TableFormat::Tsv << TableEncoding::Utf8Bom << u"UTF-8 (BOM)"_s;
        QTest::newRow("tsv shift_jis") << TableFormat::Tsv << TableEncoding::ShiftJis << u"Shift_JIS"_s;
    }

    void roundTrip()
    {
        QFETCH(TableFormat, format);
        QFETCH(TableEncoding, encoding);
        QFETCH(QString, encodingName);
        const QVector<PiaQuestion> questions = table(10, 11);
        const QByteArray bytes = QuestionTable::write(questions, format, encoding);
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), encoding == TableEncoding::Utf8Bom);
        const QuestionTableRead read = QuestionTable::read(bytes);
        QVERIFY2(read.ok(), qPrintable(read.errors.join(u'\n')));
        QCOMPARE(read.encoding, encodingName);
        QCOMPARE(read.format, format);
        QCOMPARE(read.questions, questions);
        QCOMPARE(QuestionTable::write(read.questions, format, encoding), bytes);
    }

    void excelShiftJis()
    {
        // As a clerk's spreadsheet saves it: other column names and order, a quoted cell with a line
        // break, full-width digits, an empty row at the end, CRLF.
        const QString text =
            u"No.,該当項目,質問内容,判定,所管課回答,再確認,最終\r\n"
            "１,Ⅰ 基本情報,記載は十分か,適合,記載しています,,適合\r\n"
            "2,\"III 7 ⑥\n技術的対策\",通信の暗号化は,観察事項,\"追記します。\r\n閉域網です\",確認済,適合\r\n"
            ",,,,,,\r\n"_s;
        const QuestionTableRead read = QuestionTable::read(shiftJis(text));
        QVERIFY2(read.ok(), qPrintable(read.errors.join(u'\n')));
        QCOMPARE(read.encoding, u"Shift_JIS"_s);
        QCOMPARE(read.questions.size(), 2);
        QCOMPARE(read.questions.at(0).number, 1);
        QCOMPARE(read.questions.at(0).section, u"Ⅰ 基本情報"_s);
        QCOMPARE(read.questions.at(1).section, u"III 7 ⑥\n技術的対策"_s);
        QCOMPARE(read.questions.at(1).firstJudgment, PiaJudgment::Observation);
        QCOMPARE(read.questions.at(1).secondCheck, u"確認済"_s);
        QCOMPARE(questionSummary(read.questions), u"2問: 一次 適合1・観察事項1 → 最終 適合2"_s);
    }

    void tsvWithBom()
    {
        const QByteArray bytes = "\xEF\xBB\xBF" + u"番号\t該当箇所\t一次判定\t回答\t二次確認\t最終判定\n"
                                                  "3\tII 2\t要改善\t直します\t確認\t適合\n"
                                                  "1\tI 1\t適合\t\t\t適合\n"_s.toUtf8();
        const QuestionTableRead read = QuestionTable::read(bytes);
        QVERIFY2(read.ok(), qPrintable(read.errors.join(u'\n')));
        QCOMPARE(read.format, TableFormat::Tsv);
        QCOMPARE(read.questions.size(), 2);
        QCOMPARE(read.questions.first().number, 1); // sorted by number
        QCOMPARE(read.questions.last().firstJudgment, PiaJudgment::NeedsImprovement);
    }

    void badTables_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing columns")
            << u"番号,質問,回答\n1,a,b\n"_s.toUtf8() << u"lacks the column(s) 該当箇所, 一次判定, 最終判定"_s;
        QTest::newRow("unknown judgment")
            << u"番号,該当箇所,一次判定,最終判定\n1,I,適合,適合\n2,II,多分よい,適合\n"_s.toUtf8()
            << u"Line 3, 一次判定: \"多分よい\" is not a judgment"_s;
        QTest::newRow("duplicate number")
            << u"番号,該当箇所,一次判定,最終判定\n1,I,適合,適合\n1,II,適合,適合\n"_s.toUtf8()
            << u"Line 3: question 1 appears twice (also on line 2)"_s;
        QTest::newRow("bad number") << u"番号,該当箇所,一次判定,最終判定\n一,I,適合,適合\n"_s.toUtf8()
                                    << u"Line 2: \"一\" is not a question number"_s;
        QTest::newRow("header only") << u"番号,該当箇所,一次判定,最終判定\r\n"_s.toUtf8()
                                     << u"no questions"_s;
        QTest::newRow("empty") << QByteArray("\r\n") << u"The table is empty"_s;
        QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x00\xff\xfe\x00", 9) << u"not text"_s;
    }

    void badTables()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QuestionTableRead read = QuestionTable::read(bytes);
        QVERIFY(!read.ok());
        QVERIFY(read.questions.isEmpty());
        QVERIFY2(read.errors.join(u'\n').contains(message), qPrintable(read.errors.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestPiaQuestions)
#include "TestPiaQuestions.moc"
