#include "text/Wareki.h"

#include <QTest>

#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace kiroku::wareki;

namespace {

Digits digitsOf(bool fullWidth)
{
    return fullWidth ? Digits::Full : Digits::Half;
}

QByteArray rowName(QDate date, const char *suffix)
{
    return date.toString(Qt::ISODate).toLatin1() + ' ' + suffix;
}

} // namespace

class TestWareki : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eraYearOf_data();
    void eraYearOf();
    void dateFromEra_data();
    void dateFromEra();
    void formatDate_data();
    void formatDate();
    void formatYearMonth_data();
    void formatYearMonth();
    void fiscalYearOf_data();
    void fiscalYearOf();
    void formatFiscalYear_data();
    void formatFiscalYear();
    void formatTime_data();
    void formatTime();
    void formatTimeRange_data();
    void formatTimeRange();
    void parseDate_data();
    void parseDate();
    void parseDateRoundTrip_data();
    void parseDateRoundTrip();
    void parseTime_data();
    void parseTime();
    void parseFiscalYear_data();
    void parseFiscalYear();
    void fiscalYearRoundTrip_data();
    void fiscalYearRoundTrip();
    void widthConversion_data();
    void widthConversion();
    void formatOrdinalMeeting_data();
    void formatOrdinalMeeting();
    void worksFromSeveralThreads();
};

void TestWareki::eraYearOf_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("era");
    QTest::addColumn<int>("year");

    QTest::newRow("明治 start") << QDate(1868, 9, 8) << u"明治"_s << 1;
    QTest::newRow("明治 end") << QDate(1912, 7, 29) << u"明治"_s << 45;
    QTest::newRow("大正 start") << QDate(1912, 7, 30) << u"大正"_s << 1;
    QTest::newRow("大正 end") << QDate(1926, 12, 24) << u"大正"_s << 15;
    QTest::newRow("昭和 start") << QDate(1926, 12, 25) << u"昭和"_s << 1;
    QTest::newRow("昭和 end") << QDate(1989, 1, 7) << u"昭和"_s << 64;
    QTest::newRow("平成 start") << QDate(1989, 1, 8) << u"平成"_s << 1;
    QTest::newRow("平成 end") << QDate(2019, 4, 30) << u"平成"_s << 31;
    QTest::newRow("令和 start") << QDate(2019, 5, 1) << u"令和"_s << 1;
    QTest::newRow("令和2") << QDate(2020, 1, 1) << u"令和"_s << 2;
    QTest::newRow("令和7") << QDate(2025, 8, 28) << u"令和"_s << 7;
    QTest::newRow("invalid") << QDate() << QString() << 0;
    QTest::newRow("before 大化") << QDate(600, 1, 1) << QString() << 0;
}

void TestWareki::eraYearOf()
{
    QFETCH(QDate, date);
    QFETCH(QString, era);
    QFETCH(int, year);

    const EraYear result = kiroku::wareki::eraYearOf(date);
    QCOMPARE(result.era, era);
    QCOMPARE(result.year, year);
}

void TestWareki::dateFromEra_data()
{
    QTest::addColumn<QString>("era");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("令和元年5月1日") << u"令和"_s << 1 << 5 << 1 << QDate(2019, 5, 1);
    QTest::newRow("letter H") << u"H"_s << 31 << 4 << 30 << QDate(2019, 4, 30);
    QTest::newRow("平成31年5月1日") << u"平成"_s << 31 << 5 << 1 << QDate();
    QTest::newRow("令和0年") << u"令和"_s << 0 << 1 << 1 << QDate();
    QTest::newRow("month 13") << u"令和"_s << 7 << 13 << 1 << QDate();
    QTest::newRow("unknown era") << u"大和"_s << 1 << 1 << 1 << QDate();
}

void TestWareki::dateFromEra()
{
    QFETCH(QString, era);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QDate, expected);

    const auto result = kiroku::wareki::dateFromEra(EraYear{era, year}, month, day);
    QCOMPARE(result.value_or(QDate()), expected);
}

void TestWareki::formatDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("fullWidth");
    QTest::addColumn<bool>("withWeekday");
    QTest::addColumn<QString>("expected");

    QTest::newRow("昭和64年") << QDate(1989, 1, 7) << false << false << u"昭和64年1月7日"_s;
    QTest::newRow("平成元年") << QDate(1989, 1, 8) << false << false << u"平成元年1月8日"_s;
    QTest::newRow("平成31年") << QDate(2019, 4, 30) << false << true << u"平成31年4月30日(火)"_s;
    QTest::newRow("令和元年") << QDate(2019, 5, 1) << false << true << u"令和元年5月1日(水)"_s;
    QTest::newRow("令和2年") << QDate(2020, 1, 1) << false << true << u"令和2年1月1日(水)"_s;
    QTest::newRow("昭和元年") << QDate(1926, 12, 25) << false << false << u"昭和元年12月25日"_s;
    QTest::newRow("大正元年") << QDate(1912, 7, 30) << false << false << u"大正元年7月30日"_s;
    QTest::newRow("令和7年") << QDate(2025, 8, 28) << false << true << u"令和7年8月28日(木)"_s;
    QTest::newRow("full width") << QDate(2023, 10, 27) << true << false << u"令和５年１０月２７日"_s;
    QTest::newRow("full width weekday")
        << QDate(2023, 10, 27) << true << true << u"令和５年１０月２７日(金)"_s;
    QTest::newRow("full width 元年") << QDate(2019, 5, 1) << true << true << u"令和元年５月１日(水)"_s;
    QTest::newRow("invalid") << QDate() << false << true << QString();
}

void TestWareki::formatDate()
{
    QFETCH(QDate, date);
    QFETCH(bool, fullWidth);
    QFETCH(bool, withWeekday);
    QFETCH(QString, expected);

    QCOMPARE(kiroku::wareki::formatDate(date, digitsOf(fullWidth), withWeekday), expected);
}

void TestWareki::formatYearMonth_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("fullWidth");
    QTest::addColumn<QString>("expected");

    QTest::newRow("令和7年8月") << QDate(2025, 8, 1) << false << u"令和7年8月"_s;
    QTest::newRow("令和元年5月") << QDate(2019, 5, 20) << false << u"令和元年5月"_s;
    QTest::newRow("平成31年4月") << QDate(2019, 4, 30) << false << u"平成31年4月"_s;
    QTest::newRow("full width") << QDate(2025, 10, 31) << true << u"令和７年１０月"_s;
    QTest::newRow("invalid") << QDate() << false << QString();
}

void TestWareki::formatYearMonth()
{
    QFETCH(QDate, date);
    QFETCH(bool, fullWidth);
    QFETCH(QString, expected);

    QCOMPARE(kiroku::wareki::formatYearMonth(date, digitsOf(fullWidth)), expected);
}

void TestWareki::fiscalYearOf_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("expected");

    QTest::newRow("February") << QDate(2025, 2, 10) << 2024;
    QTest::newRow("31 March") << QDate(2025, 3, 31) << 2024;
    QTest::newRow("1 April") << QDate(2025, 4, 1) << 2025;
    QTest::newRow("December") << QDate(2024, 12, 31) << 2024;
    QTest::newRow("令和元年度 start") << QDate(2019, 4, 1) << 2019;
    QTest::newRow("invalid") << QDate() << 0;
}

void TestWareki::fiscalYearOf()
{
    QFETCH(QDate, date);
    QFETCH(int, expected);

    QCOMPARE(kiroku::wareki::fiscalYearOf(date), expected);
}

void TestWareki::formatFiscalYear_data()
{
    QTest::addColumn<int>("fiscalYear");
    QTest::addColumn<bool>("fullWidth");
    QTest::addColumn<QString>("expected");

    QTest::newRow("2024") << 2024 << false << u"令和6年度"_s;
    QTest::newRow("2025") << 2025 << false << u"令和7年度"_s;
    QTest::newRow("2019") << 2019 << false << u"令和元年度"_s;
    QTest::newRow("2018") << 2018 << false << u"平成30年度"_s;
    QTest::newRow("1989") << 1989 << false << u"平成元年度"_s;
    QTest::newRow("1988") << 1988 << false << u"昭和63年度"_s;
    QTest::newRow("1926") << 1926 << false << u"昭和元年度"_s;
    QTest::newRow("full width") << 2025 << true << u"令和７年度"_s;
    QTest::newRow("year 0") << 0 << false << QString();
}

void TestWareki::formatFiscalYear()
{
    QFETCH(int, fiscalYear);
    QFETCH(bool, fullWidth);
    QFETCH(QString, expected);

    QCOMPARE(kiroku::wareki::formatFiscalYear(fiscalYear, digitsOf(fullWidth)), expected);
}

void TestWareki::formatTime_data()
{
    QTest::addColumn<QTime>("time");
    QTest::addColumn<bool>("fullWidth");
    QTest::addColumn<bool>("omitZeroMinutes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("09:30") << QTime(9, 30) << false << false << u"午前9時30分"_s;
    QTest::newRow("14:00") << QTime(14, 0) << false << false << u"午後2時00分"_s;
    QTest::newRow("14:00 omit") << QTime(14, 0) << false << true << u"午後2時"_s;
    QTest::newRow("14:05 omit") << QTime(14, 5) << false << true << u"午後2時05分"_s;
    QTest::newRow("noon") << QTime(12, 0) << false << false << u"午後0時00分"_s;
    QTest::newRow("noon omit") << QTime(12, 0) << false << true << u"午後0時"_s;
    QTest::newRow("00:05") << QTime(0, 5) << false << false << u"午前0時05分"_s;
    QTest::newRow("midnight") << QTime(0, 0) << false << false << u"午前0時00分"_s;
    QTest::newRow("11:59") << QTime(11, 59) << false << false << u"午前11時59分"_s;
    QTest::newRow("23:59") << QTime(23, 59) << false << false << u"午後11時59分"_s;
    QTest::newRow("seconds dropped") << QTime(10, 15, 42) << false << false << u"午前10時15分"_s;
    QTest::newRow("full width") << QTime(9, 30) << true << false << u"午前９時３０分"_s;
    QTest::newRow("full width 10:40") << QTime(10, 40) << true << false << u"午前１０時４０分"_s;
    QTest::newRow("invalid") << QTime() << false << false << QString();
}

void TestWareki::formatTime()
{
    QFETCH(QTime, time);
    QFETCH(bool, fullWidth);
    QFETCH(bool, omitZeroMinutes);
    QFETCH(QString, expected);

    QCOMPARE(kiroku::wareki::formatTime(time, digitsOf(fullWidth), omitZeroMinutes), expected);
}

void TestWareki::formatTimeRange_data()
{
    QTest::addColumn<QTime>("start");
    QTest::addColumn<QTime>("end");
    QTest::addColumn<bool>("fullWidth");
    QTest::addColumn<QString>("expected");

    QTest::newRow("morning") << QTime(9, 30) << QTime(10, 40) << false
                             << u"午前9時30分から午前10時40分まで"_s;
    QTest::newRow("across noon") << QTime(10, 0) << QTime(13, 5) << false
                                 << u"午前10時00分から午後1時05分まで"_s;
    QTest::newRow("full width") << QTime(13, 0) << QTime(15, 30) << true
                                << u"午後１時００分から午後３時３０分まで"_s;
    QTest::newRow("invalid end") << QTime(9, 0) << QTime() << false << QString();
}

void TestWareki::formatTimeRange()
{
    QFETCH(QTime, start);
    QFETCH(QTime, end);
    QFETCH(bool, fullWidth);
    QFETCH(QString, expected);

    QCOMPARE(kiroku::wareki::formatTimeRange(start, end, digitsOf(fullWidth)), expected);
}

void TestWareki::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected"); // invalid QDate: parseDate must return nullopt

    const QDate aug28(2025, 8, 28);
    QTest::newRow("era") << u"令和7年8月28日"_s << aug28;
    QTest::newRow("era weekday") << u"令和7年8月28日(木)"_s << aug28;
    QTest::newRow("era weekday 曜日") << u"令和7年8月28日(木曜日)"_s << aug28;
    QTest::newRow("full-width parentheses") << u"令和7年8月28日（木）"_s << aug28;
    QTest::newRow("元年") << u"令和元年5月1日"_s << QDate(2019, 5, 1);
    QTest::newRow("full width") << u"令和７年１０月２７日"_s << QDate(2025, 10, 27);
    QTest::newRow("spaces") << u"  令和 7年　8月28日 "_s << aug28;
    QTest::newRow("squared era sign") << u"㍻31年4月30日"_s << QDate(2019, 4, 30);
    QTest::newRow("R7.8.28") << u"R7.8.28"_s << aug28;
    QTest::newRow("r7.8.28") << u"r7.8.28"_s << aug28;
    QTest::newRow("R07/08/28") << u"R07/08/28"_s << aug28;
    QTest::newRow("full-width R") << u"Ｒ７．８．２８"_s << aug28;
    QTest::newRow("H31.4.30") << u"H31.4.30"_s << QDate(2019, 4, 30);
    QTest::newRow("S64.1.7") << u"S64.1.7"_s << QDate(1989, 1, 7);
    QTest::newRow("T15.12.24") << u"T15.12.24"_s << QDate(1926, 12, 24);
    QTest::newRow("M45.7.29") << u"M45.7.29"_s << QDate(1912, 7, 29);
    QTest::newRow("令和7.8.28") << u"令和7.8.28"_s << aug28;
    QTest::newRow("ISO") << u"2025-08-28"_s << aug28;
    QTest::newRow("slashes") << u"2025/8/28"_s << aug28;
    QTest::newRow("gregorian kanji") << u"2025年8月28日"_s << aug28;
    QTest::newRow("gregorian kanji weekday") << u"2025年8月28日(木)"_s << aug28;
    QTest::newRow("full-width ISO") << u"２０２５－０８－２８"_s << aug28;

    QTest::newRow("令和0年") << u"令和0年1月1日"_s << QDate();
    QTest::newRow("平成32年") << u"平成32年1月1日"_s << QDate();
    QTest::newRow("平成31年5月1日") << u"平成31年5月1日"_s << QDate();
    QTest::newRow("昭和64年1月8日") << u"昭和64年1月8日"_s << QDate();
    QTest::newRow("S64.1.8") << u"S64.1.8"_s << QDate();
    QTest::newRow("H0.1.1") << u"H0.1.1"_s << QDate();
    QTest::newRow("2月30日") << u"令和7年2月30日"_s << QDate();
    QTest::newRow("13月") << u"令和7年13月1日"_s << QDate();
    QTest::newRow("wrong weekday") << u"令和7年8月28日(金)"_s << QDate();
    QTest::newRow("wrong weekday 曜日") << u"令和7年8月28日(月曜日)"_s << QDate();
    QTest::newRow("empty weekday") << u"令和7年8月28日()"_s << QDate();
    QTest::newRow("unknown era") << u"大和7年8月28日"_s << QDate();
    QTest::newRow("unknown letter") << u"X7.8.28"_s << QDate();
    QTest::newRow("ISO 2025-02-29") << u"2025-02-29"_s << QDate();
    QTest::newRow("mixed separators") << u"2025-08/28"_s << QDate();
    QTest::newRow("empty") << QString() << QDate();
    QTest::newRow("blank") << u"   "_s << QDate();
    QTest::newRow("abc") << u"abc"_s << QDate();
    QTest::newRow("time") << u"午前9時30分"_s << QDate();
}

void TestWareki::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);

    const auto result = kiroku::wareki::parseDate(text);
    QCOMPARE(result.has_value(), expected.isValid());
    if (result)
        QCOMPARE(*result, expected);
}

void TestWareki::parseDateRoundTrip_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("fullWidth");
    QTest::addColumn<bool>("withWeekday");

    const auto addDays = [](QDate from, QDate to) {
        for (QDate d = from; d <= to; d = d.addDays(1)) {
            QTest::newRow(rowName(d, "half").constData()) << d << false << false;
            QTest::newRow(rowName(d, "half weekday").constData()) << d << false << true;
            QTest::newRow(rowName(d, "full weekday").constData()) << d << true << true;
        }
    };
    addDays(QDate(2019, 4, 25), QDate(2019, 5, 5));
    addDays(QDate(1989, 1, 5), QDate(1989, 1, 10));
}

void TestWareki::parseDateRoundTrip()
{
    QFETCH(QDate, date);
    QFETCH(bool, fullWidth);
    QFETCH(bool, withWeekday);

    const QString text = kiroku::wareki::formatDate(date, digitsOf(fullWidth), withWeekday);
    QVERIFY(!text.isEmpty());
    const auto parsed = kiroku::wareki::parseDate(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, date);
}

void TestWareki::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QTime>("expected"); // invalid QTime: parseTime must return nullopt

    QTest::newRow("午前9時30分") << u"午前9時30分"_s << QTime(9, 30);
    QTest::newRow("午後2時") << u"午後2時"_s << QTime(14, 0);
    QTest::newRow("午後2時00分") << u"午後2時00分"_s << QTime(14, 0);
    QTest::newRow("午後0時") << u"午後0時"_s << QTime(12, 0);
    QTest::newRow("午前0時05分") << u"午前0時05分"_s << QTime(0, 5);
    QTest::newRow("正午") << u"正午"_s << QTime(12, 0);
    QTest::newRow("14:05") << u"14:05"_s << QTime(14, 5);
    QTest::newRow("9:30") << u"9:30"_s << QTime(9, 30);
    QTest::newRow("午後2:05") << u"午後2:05"_s << QTime(14, 5);
    QTest::newRow("9時30分") << u"9時30分"_s << QTime(9, 30);
    QTest::newRow("14時") << u"14時"_s << QTime(14, 0);
    QTest::newRow("9時半") << u"9時半"_s << QTime(9, 30);
    QTest::newRow("full width") << u"午前９時３０分"_s << QTime(9, 30);
    QTest::newRow("full-width colon") << u"１４：０５"_s << QTime(14, 5);
    QTest::newRow("spaces") << u" 午後 2時 "_s << QTime(14, 0);

    QTest::newRow("午後13時") << u"午後13時"_s << QTime();
    QTest::newRow("午前12時") << u"午前12時"_s << QTime();
    QTest::newRow("午後12時") << u"午後12時"_s << QTime();
    QTest::newRow("25:00") << u"25:00"_s << QTime();
    QTest::newRow("24:00") << u"24:00"_s << QTime();
    QTest::newRow("9時60分") << u"9時60分"_s << QTime();
    QTest::newRow("9:5") << u"9:5"_s << QTime();
    QTest::newRow("empty") << QString() << QTime();
    QTest::newRow("abc") << u"abc"_s << QTime();
}

void TestWareki::parseTime()
{
    QFETCH(QString, text);
    QFETCH(QTime, expected);

    const auto result = kiroku::wareki::parseTime(text);
    QCOMPARE(result.has_value(), expected.isValid());
    if (result)
        QCOMPARE(*result, expected);
}

void TestWareki::parseFiscalYear_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected"); // 0: parseFiscalYear must return nullopt

    QTest::newRow("令和6年度") << u"令和6年度"_s << 2024;
    QTest::newRow("平成30年度") << u"平成30年度"_s << 2018;
    QTest::newRow("令和元年度") << u"令和元年度"_s << 2019;
    QTest::newRow("平成元年度") << u"平成元年度"_s << 1989;
    QTest::newRow("2024年度") << u"2024年度"_s << 2024;
    QTest::newRow("full width") << u"令和６年度"_s << 2024;
    QTest::newRow("full-width gregorian") << u"２０２４年度"_s << 2024;
    QTest::newRow("letter") << u"R6年度"_s << 2024;
    QTest::newRow("平成31年度 alias") << u"平成31年度"_s << 2019;
    QTest::newRow("昭和63年度") << u"昭和63年度"_s << 1988;

    QTest::newRow("令和0年度") << u"令和0年度"_s << 0;
    QTest::newRow("平成32年度") << u"平成32年度"_s << 0;
    QTest::newRow("昭和64年度") << u"昭和64年度"_s << 0;
    QTest::newRow("unknown era") << u"大和6年度"_s << 0;
    QTest::newRow("no 度") << u"令和6年"_s << 0;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("abc") << u"abc"_s << 0;
}

void TestWareki::parseFiscalYear()
{
    QFETCH(QString, text);
    QFETCH(int, expected);

    const auto result = kiroku::wareki::parseFiscalYear(text);
    QCOMPARE(result.value_or(0), expected);
}

void TestWareki::fiscalYearRoundTrip_data()
{
    QTest::addColumn<int>("fiscalYear");

    for (int year = 1985; year <= 2030; ++year)
        QTest::newRow(QByteArray::number(year).constData()) << year;
}

void TestWareki::fiscalYearRoundTrip()
{
    QFETCH(int, fiscalYear);

    for (const Digits digits : {Digits::Half, Digits::Full}) {
        const QString text = kiroku::wareki::formatFiscalYear(fiscalYear, digits);
        QCOMPARE(kiroku::wareki::parseFiscalYear(text).value_or(0), fiscalYear);
    }
}

void TestWareki::widthConversion_data()
{
    QTest::addColumn<QString>("half");
    QTest::addColumn<QString>("full");

    QTest::newRow("digits") << u"0123456789"_s << u"０１２３４５６７８９"_s;
    QTest::newRow("mixed") << u"令和7年10月 abc"_s << u"令和７年１０月 abc"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestWareki::widthConversion()
{
    QFETCH(QString, half);
    QFETCH(QString, full);

    QCOMPARE(toFullWidthDigits(half), full);
    QCOMPARE(toHalfWidthDigits(full), half);
}

void TestWareki::formatOrdinalMeeting_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<bool>("fullWidth");
    QTest::addColumn<QString>("expected");

    QTest::newRow("1") << 1 << false << u"第1回"_s;
    QTest::newRow("1 full") << 1 << true << u"第１回"_s;
    QTest::newRow("12 full") << 12 << true << u"第１２回"_s;
}

void TestWareki::formatOrdinalMeeting()
{
    QFETCH(int, number);
    QFETCH(bool, fullWidth);
    QFETCH(QString, expected);

    QCOMPARE(kiroku::wareki::formatOrdinalMeeting(number, digitsOf(fullWidth)), expected);
}

// The ICU objects are per thread; concurrent use must neither crash nor mix results.
void TestWareki::worksFromSeveralThreads()
{
    constexpr int threadCount = 4;
    std::vector<int> failures(threadCount, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([t, &failures] {
            for (int i = 0; i < 200; ++i) {
                const QDate date = QDate(2019, 4, 1).addDays(t * 17 + i);
                const auto parsed = kiroku::wareki::parseDate(kiroku::wareki::formatDate(date));
                if (parsed != date)
                    ++failures[static_cast<std::size_t>(t)];
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    for (int t = 0; t < threadCount; ++t)
        QCOMPARE(failures[static_cast<std::size_t>(t)], 0);
}

QTEST_GUILESS_MAIN(TestWareki)
#include "TestWareki.moc"
