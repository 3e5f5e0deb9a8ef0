#include "pia/QuestionTable.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <unicode/ucnv.h>

#include <map>

using namespace Qt::StringLiterals;

namespace kiroku::pia {
namespace {

// Tables of a few hundred questions are a few hundred KB at most.
constexpr qint64 MaxTableBytes = 8 * 1024 * 1024;

QString normalised(const QString &text)
{
    QString n = text.normalized(QString::NormalizationForm_KC).toLower();
    n.remove(QRegularExpression(u"[\\s・()（）\\[\\]【】「」]"_s));
    return n;
}

enum Column
{
    Number,
    Section,
    Page,
    Question,
    First,
    Answer,
    Second,
    Final,
    ColumnCount
};

// Header names accepted per column, normalised (NFKC, lower case, without spaces and brackets).
const std::array<QStringList, ColumnCount> &columnAliases()
{
    static const std::array<QStringList, ColumnCount> aliases{
        QStringList{u"番号"_s, u"no"_s, u"no."_s, u"質問番号"_s, u"項番"_s, u"#"_s, u"番"_s, u"通番"_s},
        QStringList{u"該当箇所"_s, u"該当項目"_s, u"評価書の該当箇所"_s, u"箇所"_s, u"項目"_s, u"該当部分"_s},
        QStringList{u"頁"_s, u"ページ"_s, u"該当頁"_s, u"該当ページ"_s, u"page"_s, u"p."_s, u"p"_s},
        QStringList{u"質問"_s, u"質問内容"_s, u"質問事項"_s, u"確認事項"_s, u"内容"_s},
        QStringList{u"一次判定"_s, u"1次判定"_s, u"第一次判定"_s, u"一次"_s, u"判定"_s, u"判定結果"_s},
        QStringList{u"回答"_s, u"所管課回答"_s, u"所管課の回答"_s, u"担当課回答"_s, u"担当課の回答"_s,
                    u"回答内容"_s},
        QStringList{u"二次確認"_s, u"2次確認"_s, u"二次"_s, u"再確認"_s, u"二次確認結果"_s, u"確認結果"_s},
        QStringList{u"最終判定"_s, u"最終"_s, u"最終結果"_s, u"最終判定結果"_s, u"二次判定"_s, u"2次判定"_s}};
    return aliases;
}

std::optional<QString> decodeIcu(const char *converterName, const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(converterName, &status);
    if (U_FAILURE(status))
        return std::nullopt;
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString text(bytes.size() + 1, Qt::Uninitialized);
    const int32_t length =
        ucnv_toUChars(converter, reinterpret_cast<UChar *>(text.data()), int32_t(text.size()),
                      bytes.constData(), int32_t(bytes.size()), &status);
    ucnv_close(converter);
    if (U_FAILURE(status) || length < 0 || length > text.size())
        return std::nullopt;
    text.resize(length);
    return text;
}

std::optional<QString> decodeQt(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QByteArray encodeShiftJis(const QString &text, bool *ok)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open("windows-31j", &status);
    QByteArray out;
    if (U_SUCCESS(status)) {
        ucnv_setFromUCallBack(converter, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
        out.resize(text.size() * 2 + 16);
        const int32_t length =
            ucnv_fromUChars(converter, out.data(), int32_t(out.size()),
                            reinterpret_cast<const UChar *>(text.constData()), int32_t(text.size()), &status);
        ucnv_close(converter);
        out.resize(U_SUCCESS(status) ? length : 0);
    }
    *ok = U_SUCCESS(status);
    return out;
}

// Splits delimited text into records of fields (RFC 4180 quoting; quoted fields may span lines).
QVector<QStringList> splitRecords(const QString &text, QChar delimiter, QVector<int> *lines)
{
    QVector<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1, recordLine = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = fieldStarted = true;
        } else if (c == delimiter) {
            fields << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            fields << field;
            records << fields;
            lines->append(recordLine);
            fields.clear();
            field.clear();
            fieldStarted = false;
            recordLine = ++line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !fields.isEmpty() || !field.isEmpty()) {
        fields << field;
        records << fields;
        lines->append(recordLine);
    }
    return records;
}

QString quoteCsv(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString q = field;
    q.replace(u"\""_s, u"\"\""_s);
    return u'"' + q + u'"';
}

QString quoteTsv(const QString &field)
{
    if (!field.contains(u'\t') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString q = field;
    q.replace(u"\""_s, u"\"\""_s);
    return u'"' + q + u'"';
}

std::optional<int> parseNumber(const QString &text)
{
    static const QRegularExpression pattern(u"^(?:質問|q|no\\.?)?(\\d{1,6})\\.?$"_s);
    const QRegularExpressionMatch m = pattern.match(normalised(text));
    if (!m.hasMatch())
        return std::nullopt;
    const int n = m.captured(1).toInt();
    return n > 0 ? std::optional<int>(n) : std::nullopt;
}

} // namespace

QuestionCounts countQuestions(const QVector<PiaQuestion> &questions)
{
    QuestionCounts counts;
    counts.total = int(questions.size());
    const auto add = [](JudgmentCount &c, PiaJudgment j) {
        switch (j) {
        case PiaJudgment::Conforming:
            ++c.conforming;
            break;
        case PiaJudgment::NeedsImprovement:
            ++c.needsImprovement;
            break;
        case PiaJudgment::Observation:
            ++c.observation;
            break;
        case PiaJudgment::None:
            ++c.none;
            break;
        }
    };
    for (const PiaQuestion &q : questions) {
        add(counts.first, q.firstJudgment);
        add(counts.final, q.finalJudgment);
    }
    return counts;
}

QString countText(const JudgmentCount &c)
{
    QStringList parts;
    if (c.conforming)
        parts << u"適合%1"_s.arg(c.conforming);
    if (c.needsImprovement)
        parts << u"要改善%1"_s.arg(c.needsImprovement);
    if (c.observation)
        parts << u"観察事項%1"_s.arg(c.observation);
    if (c.none)
        parts << u"未判定%1"_s.arg(c.none);
    return parts.join(u"・"_s);
}

QString questionSummary(const QVector<PiaQuestion> &questions)
{
    if (questions.isEmpty())
        return {};
    const QuestionCounts c = countQuestions(questions);
    return u"%1問: 一次 %2 → 最終 %3"_s.arg(c.total).arg(countText(c.first), countText(c.final));
}

std::optional<PiaJudgment> parseJudgment(const QString &text)
{
    const QString n = normalised(text);
    if (n.isEmpty() || n == u"-"_s || n == u"ー"_s || n == u"―"_s || n == u"未判定"_s || n == u"none"_s)
        return PiaJudgment::None;
    if (n == u"適合"_s || n == u"conforming"_s || n == u"適"_s)
        return PiaJudgment::Conforming;
    if (n == u"要改善"_s || n == u"経過観察要改善"_s || n == u"needs_improvement"_s || n == u"改善"_s)
        return PiaJudgment::NeedsImprovement;
    if (n == u"観察事項"_s || n == u"経過観察観察事項"_s || n == u"observation"_s || n == u"観察"_s)
        return PiaJudgment::Observation;
    return std::nullopt;
}

QStringList QuestionTable::columnNames()
{
    return {u"番号"_s,     u"該当箇所"_s, u"頁"_s,       u"質問"_s,
            u"一次判定"_s, u"回答"_s,     u"二次確認"_s, u"最終判定"_s};
}

QuestionTableRead QuestionTable::readFile(const QString &path)
{
    QuestionTableRead result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors << tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    if (file.size() > MaxTableBytes) {
        result.errors
            << tr("%1 is too large for a question table (%2 MB at most).").arg(path).arg(MaxTableBytes >> 20);
        return result;
    }
    return read(file.readAll());
}

QuestionTableRead QuestionTable::read(const QByteArray &bytes)
{
    QuestionTableRead result;
    std::optional<QString> text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        text = decodeQt(QStringConverter::Utf8, QByteArrayView(bytes).sliced(3));
        result.encoding = u"UTF-8 (BOM)"_s;
    } else if (bytes.startsWith("\xFF\xFE")) {
        text = decodeQt(QStringConverter::Utf16LE, QByteArrayView(bytes).sliced(2));
        result.encoding = u"UTF-16LE"_s;
    } else if ((text = decodeQt(QStringConverter::Utf8, bytes))) {
        result.encoding = u"UTF-8"_s;
    } else if ((text = decodeIcu("windows-31j", bytes))) {
        result.encoding = u"Shift_JIS"_s;
    }
    if (!text || text->contains(QChar(0))) {
        result.errors << tr("The table is not text in UTF-8 or Shift_JIS. Save it from the spreadsheet as "
                            "CSV (UTF-8) and import it again.");
        return result;
    }
    if (text->trimmed().isEmpty()) {
        result.errors << tr("The table is empty.");
        return result;
    }
    const qsizetype firstLineEnd = text->indexOf(u'\n');
    const QString header = text->left(firstLineEnd < 0 ? text->size() : firstLineEnd);
    result.format = header.contains(u'\t') ? TableFormat::Tsv : TableFormat::Csv;
    QVector<int> lines;
    const QVector<QStringList> records =
        splitRecords(*text, result.format == TableFormat::Tsv ? u'\t' : u',', &lines);

    // Which field holds which column.
    std::array<int, ColumnCount> at;
    at.fill(-1);
    const QStringList &head = records.first();
    for (int i = 0; i < head.size(); ++i) {
        const QString name = normalised(head.at(i));
        for (int c = 0; c < ColumnCount; ++c) {
            if (at[c] < 0 && columnAliases()[c].contains(name)) {
                at[c] = i;
                break;
            }
        }
    }
    QStringList missing;
    for (int c : {Number, Section, First, Final}) {
        if (at[c] < 0)
            missing << columnNames().at(c);
    }
    if (!missing.isEmpty()) {
        result.errors
            << tr("The header row lacks the column(s) %1. The first line must name the columns: %2.")
                   .arg(missing.join(u", "_s), columnNames().join(u", "_s));
        return result;
    }
    const auto field = [&](const QStringList &record, int column) {
        return at[column] >= 0 ? record.value(at[column]).trimmed() : QString();
    };
    std::map<int, PiaQuestion> byNumber;
    QHash<int, int> lineOf;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &record = records.at(r);
        const int line = lines.at(r);
        if (std::all_of(record.begin(), record.end(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue;
        PiaQuestion q;
        const QString numberText = field(record, Number);
        const std::optional<int> number = parseNumber(numberText);
        if (!number) {
            result.errors << tr("Line %1: \"%2\" is not a question number.").arg(line).arg(numberText);
            continue;
        }
        q.number = *number;
        if (lineOf.contains(q.number)) {
            result.errors << tr("Line %1: question %2 appears twice (also on line %3).")
                                 .arg(line)
                                 .arg(q.number)
                                 .arg(lineOf.value(q.number));
            continue;
        }
        lineOf.insert(q.number, line);
        q.section = field(record, Section);
        const QString pageText = field(record, Page).normalized(QString::NormalizationForm_KC);
        if (!pageText.isEmpty()) {
            static const QRegularExpression page(u"^(?:p\\.?|P\\.?)?\\s*(\\d{1,5})$"_s);
            const QRegularExpressionMatch m = page.match(pageText);
            if (!m.hasMatch()) {
                result.errors << tr("Line %1: \"%2\" is not a page number.").arg(line).arg(pageText);
                continue;
            }
            q.page = m.captured(1).toInt();
        }
        q.question = field(record, Question);
        q.answer = field(record, Answer);
        q.secondCheck = field(record, Second);
        bool judged = true;
        for (const auto &[column, target] :
             {std::pair{First, &q.firstJudgment}, std::pair{Final, &q.finalJudgment}}) {
            const QString value = field(record, column);
            const std::optional<PiaJudgment> j = parseJudgment(value);
            if (!j) {
                result.errors << tr("Line %1, %2: \"%3\" is not a judgment (適合, 要改善 or 観察事項).")
                                     .arg(line)
                                     .arg(columnNames().at(column), value);
                judged = false;
                continue;
            }
            *target = *j;
        }
        if (judged)
            byNumber.emplace(q.number, q);
    }
    if (result.errors.isEmpty() && byNumber.empty())
        result.errors << tr("The table has a header row but no questions.");
    if (!result.errors.isEmpty())
        return result;
    for (const auto &[number, q] : byNumber)
        result.questions << q;
    return result;
}

QByteArray QuestionTable::write(const QVector<PiaQuestion> &questions, TableFormat format,
                                TableEncoding encoding)
{
    QVector<PiaQuestion> sorted = questions;
    std::sort(sorted.begin(), sorted.end(),
              [](const PiaQuestion &a, const PiaQuestion &b) { return a.number < b.number; });
    const QString delimiter = format == TableFormat::Tsv ? u"\t"_s : u","_s;
    const auto quote = format == TableFormat::Tsv ? quoteTsv : quoteCsv;
    QString text;
    QStringList head;
    for (const QString &name : columnNames())
        head << quote(name);
    text += head.join(delimiter) + u"\r\n"_s;
    for (const PiaQuestion &q : std::as_const(sorted)) {
        const QStringList fields{QString::number(q.number),
                                 q.section,
                                 q.page > 0 ? QString::number(q.page) : QString(),
                                 q.question,
                                 japaneseLabel(q.firstJudgment),
                                 q.answer,
                                 q.secondCheck,
                                 japaneseLabel(q.finalJudgment)};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << quote(f);
        text += quoted.join(delimiter) + u"\r\n"_s;
    }
    switch (encoding) {
    case TableEncoding::Utf8:
        return text.toUtf8();
    case TableEncoding::Utf8Bom:
        return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    case TableEncoding::ShiftJis:
        break;
    }
    bool ok = false;
    const QByteArray sjis = encodeShiftJis(text, &ok);
    // A character outside Shift_JIS (a rare kanji, an emoji) cannot be written: fall back to UTF-8
    // with a BOM, which Excel also opens, rather than lose it.
    return ok ? sjis : QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace kiroku::pia
