#include "text/Wareki.h"

#include <QRegularExpression>
#include <QStringBuilder>

#include <unicode/calendar.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <array>
#include <memory>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace kiroku::wareki {
namespace {

constexpr const char *kJapaneseLocale = "ja@calendar=japanese";
constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr double kMillisPerDay = 86400000.0;
// No minutes need later dates, and the cap keeps UDate well inside the range ICU would otherwise
// clamp silently.
constexpr int kLastSupportedYear = 9999;

QString fromIcu(const icu::UnicodeString &text)
{
    return text.isBogus() ? QString() : QString::fromUtf16(text.getBuffer(), text.length());
}

// Going through the Julian day keeps QDate's proleptic Gregorian calendar and ICU's
// Julian-before-1582 calendar talking about the same day.
UDate toUDate(QDate date)
{
    return static_cast<double>(date.toJulianDay() - kUnixEpochJulianDay) * kMillisPerDay;
}

QString withDigits(QString text, Digits digits)
{
    return digits == Digits::Full ? toFullWidthDigits(std::move(text)) : text;
}

// ICU's era index and the era year, month and day in that era.
struct Fields
{
    int era = 0;
    int year = 0;
    int month = 0;
    int day = 0;
    bool operator==(const Fields &) const = default;
};

struct Era
{
    QString name; // 令和
    QChar letter; // R; null for eras without a one-letter abbreviation
};

// Built once from ICU's symbols; indexed by ICU's era number.
std::vector<Era> buildEras()
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::DateFormatSymbols ja(icu::Locale("ja"), "japanese", status);
    const icu::DateFormatSymbols root(icu::Locale::getRoot(), "japanese", status);
    if (U_FAILURE(status))
        return {};
    int32_t nameCount = 0;
    int32_t narrowCount = 0;
    const icu::UnicodeString *names = ja.getEras(nameCount);
    const icu::UnicodeString *narrow = root.getNarrowEras(narrowCount);
    std::vector<Era> eras;
    eras.reserve(static_cast<std::size_t>(nameCount));
    for (int32_t i = 0; i < nameCount; ++i) {
        Era era{fromIcu(names[i]), QChar()};
        // Only the modern eras have a letter (M T S H R); older ones narrow to "Taika (645–650)".
        if (i < narrowCount && narrow[i].length() == 1) {
            const QChar letter(narrow[i].charAt(0));
            if (letter.isUpper() && letter.unicode() < 0x80)
                era.letter = letter;
        }
        eras.push_back(era);
    }
    return eras;
}

const std::vector<Era> &eras()
{
    static const std::vector<Era> table = buildEras();
    return table;
}

QString eraName(int index)
{
    const auto &table = eras();
    return index >= 0 && static_cast<std::size_t>(index) < table.size()
               ? table[static_cast<std::size_t>(index)].name
               : QString();
}

std::optional<int> eraIndexOf(QStringView token)
{
    const auto &table = eras();
    const bool isLetter = token.size() == 1 && token.front().unicode() < 0x80 && token.front().isLetter();
    const QChar letter = isLetter ? token.front().toUpper() : QChar();
    // Newest first: the modern eras are the ones people write.
    for (auto i = static_cast<int>(table.size()) - 1; i >= 0; --i) {
        const Era &era = table[static_cast<std::size_t>(i)];
        if (isLetter ? era.letter == letter : era.name == token)
            return i;
    }
    return std::nullopt;
}

enum class Pattern
{
    Date,
    YearMonth,
    FiscalYear,
    Weekday
};

// ICU calendars and formatters must not be used from two threads at once, so each thread
// keeps its own, created on first use.
class IcuContext
{
public:
    static IcuContext &local()
    {
        thread_local IcuContext context;
        return context;
    }

    icu::Calendar *calendar() const { return m_calendar.get(); }

    QString format(Pattern pattern, QDate date)
    {
        const icu::SimpleDateFormat *formatter = this->formatter(pattern);
        if (!formatter || !date.isValid())
            return {};
        icu::UnicodeString out;
        formatter->format(toUDate(date), out);
        return fromIcu(out);
    }

private:
    IcuContext()
    {
        UErrorCode status = U_ZERO_ERROR;
        m_calendar.reset(
            icu::Calendar::createInstance(*icu::TimeZone::getGMT(), icu::Locale(kJapaneseLocale), status));
        if (U_FAILURE(status))
            m_calendar.reset();
    }

    // Each formatter is made on first use: one costs a millisecond or more, and a command-line run (a
    // search printing 年度) needs only one of them.
    const icu::SimpleDateFormat *formatter(Pattern pattern)
    {
        const auto index = static_cast<std::size_t>(pattern);
        if (m_formats[index])
            return m_formats[index].get();
        constexpr std::array<const char16_t *, 4> patterns{u"Gy年M月d日", u"Gy年M月", u"Gy年度", u"E"};
        UErrorCode status = U_ZERO_ERROR;
        // "jpanyear" makes ICU write the first year of an era as 元年.
        auto formatter = std::make_unique<icu::SimpleDateFormat>(icu::UnicodeString(patterns[index]),
                                                                 icu::UnicodeString(u"y=jpanyear"),
                                                                 icu::Locale(kJapaneseLocale), status);
        if (U_FAILURE(status))
            return nullptr;
        formatter->setTimeZone(*icu::TimeZone::getGMT());
        m_formats[index] = std::move(formatter);
        return m_formats[index].get();
    }

    std::unique_ptr<icu::Calendar> m_calendar;
    std::array<std::unique_ptr<icu::SimpleDateFormat>, 4> m_formats;
};

bool inSupportedRange(QDate date)
{
    return date.isValid() && date.year() <= kLastSupportedYear;
}

std::optional<Fields> fieldsOf(QDate date)
{
    icu::Calendar *calendar = IcuContext::local().calendar();
    if (!calendar || !inSupportedRange(date))
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    calendar->setTime(toUDate(date), status);
    const Fields fields{calendar->get(UCAL_ERA, status), calendar->get(UCAL_YEAR, status),
                        calendar->get(UCAL_MONTH, status) + 1, calendar->get(UCAL_DATE, status)};
    // Before 大化 ICU counts era 0 backwards into zero and negative years.
    if (U_FAILURE(status) || fields.year < 1)
        return std::nullopt;
    return fields;
}

std::optional<QDate> dateOf(const Fields &fields)
{
    icu::Calendar *calendar = IcuContext::local().calendar();
    if (!calendar || fields.year < 1 || fields.month < 1 || fields.month > 12 || fields.day < 1 ||
        fields.day > 31)
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    calendar->clear();
    calendar->set(UCAL_ERA, fields.era);
    calendar->set(UCAL_YEAR, fields.year);
    calendar->set(UCAL_MONTH, fields.month - 1);
    calendar->set(UCAL_DATE, fields.day);
    const int julianDay = calendar->get(UCAL_JULIAN_DAY, status);
    // ICU normalises leniently (平成32年 becomes 令和2年, 令和0年 becomes 平成30年, 2月30日 becomes 3月2日),
    // and even a non-lenient calendar accepts a year past the era's end, so only a round trip proves the
    // date exists.
    const Fields back{calendar->get(UCAL_ERA, status), calendar->get(UCAL_YEAR, status),
                      calendar->get(UCAL_MONTH, status) + 1, calendar->get(UCAL_DATE, status)};
    if (U_FAILURE(status) || back != fields)
        return std::nullopt;
    const QDate date = QDate::fromJulianDay(julianDay);
    if (!inSupportedRange(date))
        return std::nullopt;
    return date;
}

// Full-width digits, letters and punctuation become ASCII, ㋿ becomes 令和; spaces (including the
// ideographic one) may sit anywhere in hand-typed text.
QString normalizeInput(QStringView text)
{
    QString normalized = text.toString().normalized(QString::NormalizationForm_KC);
    normalized.removeIf([](QChar c) { return c.isSpace(); });
    return normalized;
}

int eraYearNumber(QStringView text)
{
    return text == u"元" ? 1 : text.toInt();
}

std::optional<QDate> fromEraToken(QStringView era, QStringView year, QStringView month, QStringView day)
{
    const auto index = eraIndexOf(era);
    if (!index)
        return std::nullopt;
    return dateOf(Fields{*index, eraYearNumber(year), month.toInt(), day.toInt()});
}

std::optional<QDate> fromGregorian(QStringView year, QStringView month, QStringView day)
{
    const QDate date(year.toInt(), month.toInt(), day.toInt());
    if (!inSupportedRange(date))
        return std::nullopt;
    return date;
}

std::optional<QDate> parseDateBody(const QString &text)
{
    static const QRegularExpression gregorianNumeric(u"^([0-9]{4})([-/.])([0-9]{1,2})\\2([0-9]{1,2})$"_s);
    static const QRegularExpression gregorianKanji(u"^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$"_s);
    static const QRegularExpression eraKanji(u"^([^0-9]+?)(元|[0-9]{1,3})年([0-9]{1,2})月([0-9]{1,2})日$"_s);
    static const QRegularExpression eraNumeric(
        u"^([^0-9./\\-]+?)(元|[0-9]{1,3})([-/.])([0-9]{1,2})\\3([0-9]{1,2})$"_s);

    if (const auto m = gregorianNumeric.match(text); m.hasMatch())
        return fromGregorian(m.capturedView(1), m.capturedView(3), m.capturedView(4));
    if (const auto m = gregorianKanji.match(text); m.hasMatch())
        return fromGregorian(m.capturedView(1), m.capturedView(2), m.capturedView(3));
    if (const auto m = eraKanji.match(text); m.hasMatch())
        return fromEraToken(m.capturedView(1), m.capturedView(2), m.capturedView(3), m.capturedView(4));
    if (const auto m = eraNumeric.match(text); m.hasMatch())
        return fromEraToken(m.capturedView(1), m.capturedView(2), m.capturedView(4), m.capturedView(5));
    return std::nullopt;
}

bool weekdayMatches(QDate date, QStringView written)
{
    const QString expected = IcuContext::local().format(Pattern::Weekday, date); // 木
    if (expected.isEmpty())
        return false;
    return written == expected || written == QString(expected % u"曜") ||
           written == QString(expected % u"曜日");
}

} // namespace

EraYear eraYearOf(QDate date)
{
    const auto fields = fieldsOf(date);
    if (!fields)
        return {};
    return {eraName(fields->era), fields->year};
}

std::optional<QDate> dateFromEra(const EraYear &eraYear, int month, int day)
{
    const auto index = eraIndexOf(eraYear.era);
    if (!index)
        return std::nullopt;
    return dateOf(Fields{*index, eraYear.year, month, day});
}

QString formatDate(QDate date, Digits digits, bool withWeekday)
{
    if (!fieldsOf(date))
        return {};
    IcuContext &icu = IcuContext::local();
    QString text = icu.format(Pattern::Date, date);
    if (withWeekday)
        text += u'(' % icu.format(Pattern::Weekday, date) % u')';
    return withDigits(std::move(text), digits);
}

QString formatYearMonth(QDate date, Digits digits)
{
    if (!fieldsOf(date))
        return {};
    return withDigits(IcuContext::local().format(Pattern::YearMonth, date), digits);
}

int fiscalYearOf(QDate date)
{
    if (!date.isValid())
        return 0;
    return date.month() >= 4 ? date.year() : date.year() - 1;
}

QString formatFiscalYear(int fiscalYear, Digits digits)
{
    const QDate yearEnd(fiscalYear, 12, 31);
    if (!fieldsOf(yearEnd))
        return {};
    return withDigits(IcuContext::local().format(Pattern::FiscalYear, yearEnd), digits);
}

QString formatTime(QTime time, Digits digits, bool omitZeroMinutes)
{
    if (!time.isValid())
        return {};
    QString text = (time.hour() < 12 ? u"午前"_s : u"午後"_s) % QString::number(time.hour() % 12) % u"時";
    if (!omitZeroMinutes || time.minute() != 0)
        text += QStringLiteral("%1").arg(time.minute(), 2, 10, QLatin1Char('0')) % u"分";
    return withDigits(std::move(text), digits);
}

QString formatTimeRange(QTime start, QTime end, Digits digits)
{
    if (!start.isValid() || !end.isValid())
        return {};
    return formatTime(start, digits) % u"から" % formatTime(end, digits) % u"まで";
}

std::optional<QDate> parseDate(QStringView text)
{
    static const QRegularExpression weekdaySuffix(u"^(.+)\\(([^()]*)\\)$"_s);

    QString body = normalizeInput(text);
    QString weekday;
    bool hasWeekday = false;
    if (const auto m = weekdaySuffix.match(body); m.hasMatch()) {
        hasWeekday = true;
        weekday = m.captured(2);
        body = m.captured(1);
    }
    const auto date = parseDateBody(body);
    if (!date || (hasWeekday && !weekdayMatches(*date, weekday)))
        return std::nullopt;
    return date;
}

std::optional<QTime> parseTime(QStringView text)
{
    static const QRegularExpression pattern(
        u"^(午前|午後)?([0-9]{1,2})(?::([0-9]{2})|時(?:([0-9]{1,2})分|(半))?)$"_s);

    const QString normalized = normalizeInput(text);
    if (normalized == u"正午")
        return QTime(12, 0);
    const auto m = pattern.match(normalized);
    if (!m.hasMatch())
        return std::nullopt;

    int hour = m.capturedView(2).toInt();
    int minute = 0;
    if (m.hasCaptured(3))
        minute = m.capturedView(3).toInt();
    else if (m.hasCaptured(4))
        minute = m.capturedView(4).toInt();
    else if (m.hasCaptured(5))
        minute = 30;

    const QStringView meridiem = m.capturedView(1);
    if (!meridiem.isEmpty()) {
        if (hour > 11)
            return std::nullopt;
        if (meridiem == u"午後")
            hour += 12;
    }
    const QTime time(hour, minute);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

std::optional<int> parseFiscalYear(QStringView text)
{
    static const QRegularExpression gregorian(u"^([0-9]{4})年度$"_s);
    static const QRegularExpression era(u"^([^0-9]+?)(元|[0-9]{1,3})年度$"_s);

    const QString normalized = normalizeInput(text);
    if (const auto m = gregorian.match(normalized); m.hasMatch()) {
        const int year = m.capturedView(1).toInt();
        if (year < 1 || year > kLastSupportedYear)
            return std::nullopt;
        return year;
    }
    const auto m = era.match(normalized);
    if (!m.hasMatch())
        return std::nullopt;
    const auto index = eraIndexOf(m.capturedView(1));
    const int eraYear = eraYearNumber(m.capturedView(2));
    if (!index || eraYear < 1)
        return std::nullopt;

    // Any day of an era year lies in one Gregorian year; take 31 December and check below that the
    // era was really in force on one of the days that name a fiscal year.
    icu::Calendar *calendar = IcuContext::local().calendar();
    if (!calendar)
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    calendar->clear();
    calendar->set(UCAL_ERA, *index);
    calendar->set(UCAL_YEAR, eraYear);
    calendar->set(UCAL_MONTH, UCAL_DECEMBER);
    calendar->set(UCAL_DATE, 31);
    const int year = calendar->get(UCAL_EXTENDED_YEAR, status);
    if (U_FAILURE(status))
        return std::nullopt;

    const auto namesYear = [&](QDate day) {
        const auto fields = fieldsOf(day);
        return fields && fields->era == *index && fields->year == eraYear;
    };
    if (namesYear(QDate(year, 12, 31)) || namesYear(QDate(year, 4, 1)))
        return year;
    return std::nullopt;
}

QString toFullWidthDigits(QString text)
{
    for (QChar &c : text) {
        if (c >= u'0' && c <= u'9')
            c = QChar(c.unicode() - u'0' + 0xFF10);
    }
    return text;
}

QString toHalfWidthDigits(QString text)
{
    for (QChar &c : text) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(c.unicode() - 0xFF10 + u'0');
    }
    return text;
}

QString formatOrdinalMeeting(int number, Digits digits)
{
    return withDigits(u"第"_s % QString::number(number) % u"回", digits);
}

} // namespace kiroku::wareki
