#pragma once
// 和暦 (Japanese era) dates, 年度 (fiscal years) and 午前/午後 times as written in council minutes.
// Era names and boundaries come from ICU's Japanese calendar, so a future era arrives with an ICU
// update rather than a code change. All functions are safe to call from any thread.
#include <QDate>
#include <QString>
#include <QStringView>
#include <QTime>
#include <optional>

namespace kiroku::wareki {

// 令和7年 vs 令和７年
enum class Digits
{
    Half,
    Full
};

// {"令和", 7}; year 1 means 元年
struct EraYear
{
    QString era;
    int year = 0;
};

// Era and era year of a Gregorian date (ICU), e.g. 2019-04-30 -> 平成31, 2019-05-01 -> 令和1.
// Empty era and year 0 for an invalid date or one before the first era ICU knows (大化, 645).
EraYear eraYearOf(QDate date);

// The date with that era, era year (1 = 元年), month and day; nullopt when no such date exists
// (令和0年, 平成32年, 平成31年5月1日, 2月30日). The era may also be given by its letter (M T S H R).
std::optional<QDate> dateFromEra(const EraYear &eraYear, int month, int day);

// 令和7年8月28日(木)  (weekday optional); 令和元年5月1日(水); full-width digits when asked.
QString formatDate(QDate date, Digits digits = Digits::Half, bool withWeekday = true);

// 令和7年8月  (for headers like 令和7年8月分)
QString formatYearMonth(QDate date, Digits digits = Digits::Half);

// The Japanese fiscal year (年度) runs April..March: 2025-02-10 -> 2024. Returns the Gregorian start
// year, 0 for an invalid date.
int fiscalYearOf(QDate date);

// 令和6年度. A fiscal year is named by the era in force at the end of its first calendar year
// (fiscal 2019 -> 令和元年度, fiscal 1989 -> 平成元年度, fiscal 2018 -> 平成30年度).
QString formatFiscalYear(int fiscalYear, Digits digits = Digits::Half);

// 午前9時30分, 午後2時00分 (minutes always two digits), 午後2時 when omitZeroMinutes and the minute is 0.
// Noon is 午後0時, midnight 午前0時; seconds are dropped. Empty for an invalid time.
QString formatTime(QTime time, Digits digits = Digits::Half, bool omitZeroMinutes = false);

// 午前9時30分から午前10時40分まで
QString formatTimeRange(QTime start, QTime end, Digits digits = Digits::Half);

// Parses what clerks type or what old records contain; nullopt when it is not a valid date:
//  令和7年8月28日, 令和7年8月28日(木), 令和元年5月1日, 令和７年１０月２７日 (full width), R7.8.28, H31.4.30,
//  2025-08-28, 2025/8/28, 2025年8月28日. Spaces anywhere are ignored, full-width forms and the squared era
//  signs (㋿, ㍻) are folded (NFKC). The weekday may read 木, 木曜 or 木曜日 and must match the date.
//  Rejects 令和0年, 平成32年, 平成31年5月1日 (past the era's end), 2月30日 and unknown eras.
std::optional<QDate> parseDate(QStringView text);

// 午前9時30分, 午後2時, 14:05, 9時30分, 9時半, 正午, 午前９時３０分 (full width) -> QTime; nullopt when
// invalid (午後13時, 25:00). 午前12時 and 午後12時 are rejected because readers disagree on what they mean.
std::optional<QTime> parseTime(QStringView text);

// 令和6年度 / 平成30年度 / 令和元年度 / R6年度 / 2024年度 -> Gregorian start year. Besides the name
// formatFiscalYear gives, the name of the era in force on the year's 1 April is accepted, since
// records of the time say 平成31年度 for fiscal 2019.
std::optional<int> parseFiscalYear(QStringView text);

// ０-９ <-> 0-9 only; every other character is left alone.
QString toFullWidthDigits(QString text);
QString toHalfWidthDigits(QString text);

// 第1回 / 第１回
QString formatOrdinalMeeting(int number, Digits digits = Digits::Half);

} // namespace kiroku::wareki
