#include "transcript/TranscriptDecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace kiroku::transcript {
namespace {

// Decodes with ICU, failing on the first illegal or unmapped byte sequence (no silent substitutes).
std::optional<QString> strictIcu(const char *converterName, const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(converterName, &status);
    if (U_FAILURE(status))
        return std::nullopt;
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    // Every legacy Japanese byte sequence gives at most one UTF-16 unit per byte.
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

std::optional<QString> strictQt(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// Share of the non-ASCII bytes that form well-made UTF-8 sequences. Legacy Japanese text scores low;
// UTF-8 text with a pasted Shift_JIS paragraph scores high although it is not valid as a whole.
double utf8Share(const QByteArray &bytes)
{
    qint64 valid = 0;
    qint64 high = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qint64 n = bytes.size();
    for (qint64 i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
        bool ok = length > 0 && i + length <= n;
        for (int k = 1; ok && k < length; ++k)
            ok = (p[i + k] & 0xc0) == 0x80;
        if (ok) {
            valid += length;
            high += length;
            i += length;
        } else {
            ++high;
            ++i;
        }
    }
    return high == 0 ? 1.0 : double(valid) / double(high);
}

// ICU's guess among the legacy Japanese encodings (used only to break a tie between two valid decodings).
QByteArray icuGuess(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status))
        return {};
    // The detector only needs a sample; a whole 20 MB file would cost time for nothing.
    const int32_t sample = int32_t(std::min<qint64>(bytes.size(), 256 * 1024));
    ucsdet_setText(detector, bytes.constData(), sample, &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector, &count, &status);
    QByteArray result;
    for (int32_t i = 0; U_SUCCESS(status) && i < count && result.isEmpty(); ++i) {
        const QByteArray name(ucsdet_getName(matches[i], &status));
        if (name == "Shift_JIS" || name == "EUC-JP")
            result = name;
    }
    ucsdet_close(detector);
    return result;
}

// UTF-16 without a BOM shows itself by NUL bytes on one side of most ASCII characters.
std::optional<QStringConverter::Encoding> utf16ByNuls(const QByteArray &bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    const qint64 n = std::min<qint64>(bytes.size(), 8192);
    qint64 evenZeros = 0;
    qint64 oddZeros = 0;
    for (qint64 i = 0; i + 1 < n; i += 2) {
        evenZeros += bytes.at(i) == '\0';
        oddZeros += bytes.at(i + 1) == '\0';
    }
    const qint64 pairs = n / 2;
    if (oddZeros * 5 >= pairs && evenZeros * 50 < pairs)
        return QStringConverter::Utf16LE;
    if (evenZeros * 5 >= pairs && oddZeros * 50 < pairs)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

// Share of the characters that occur in Japanese minutes: ASCII, Latin punctuation, kana, kanji,
// full-width forms, circled numbers. A wrong guess at an encoding, or binary data, scores low.
double plausibleShare(const QString &text)
{
    const qsizetype n = std::min<qsizetype>(text.size(), 64 * 1024);
    if (n == 0)
        return 0.0;
    qsizetype good = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text.at(i).unicode();
        good += (u >= 0x20 && u < 0x7f) || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f' ||
                (u >= 0xa0 && u < 0x180) || (u >= 0x2000 && u < 0x27c0) || (u >= 0x3000 && u < 0x3100) ||
                (u >= 0x3400 && u < 0x4dc0) || (u >= 0x4e00 && u < 0xa000) || (u >= 0xf900 && u < 0xfb00) ||
                (u >= 0xff00 && u < 0xff61) || (u >= 0xffe0 && u < 0xfff0);
    }
    return double(good) / double(n);
}

// UTF-16 without a BOM and with little ASCII (Japanese text, a few line ends): the byte order that
// gives plausible text wins.
std::optional<QStringConverter::Encoding> utf16ByContent(const QByteArray &bytes)
{
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    const QByteArrayView sample = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 16384));
    const auto score = [&](QStringConverter::Encoding encoding) {
        const std::optional<QString> text = strictQt(encoding, sample);
        return text ? plausibleShare(*text) : 0.0;
    };
    const double le = score(QStringConverter::Utf16LE);
    const double be = score(QStringConverter::Utf16BE);
    if (std::max(le, be) < 0.95)
        return std::nullopt;
    return le >= be ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
}

bool isBinaryText(const QString &text)
{
    qint64 controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return true;
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r' && u != u'\f' && u != u'\v') || u == 0x7f)
            ++controls;
    }
    return controls > 8 && controls * 200 > text.size();
}

// Word's manual line break (\v) ends a line; a page break (\f) stays for the parser, which drops it;
// other control characters are stray bytes of the source that no record, export or web page may
// carry (docs/archive-json.md refuses them).
QString dropControls(QString text)
{
    qsizetype out = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == u'\v')
            text[out++] = u'\n';
        else if ((u >= 0x20 && u != 0x7f) || u == u'\t' || u == u'\n' || u == u'\f')
            text[out++] = text.at(i);
    }
    text.truncate(out);
    return text;
}

QString normaliseLineEnds(QString text)
{
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text;
}

} // namespace

DecodedText TranscriptDecoder::decode(const QByteArray &bytes)
{
    DecodedText result;
    if (bytes.isEmpty() || bytes.trimmed().isEmpty()) {
        result.error = tr("The transcript is empty.");
        return result;
    }
    if (bytes.size() > MaxTranscriptBytes) {
        result.error = tr("The transcript is %1 MB (%2 bytes); at most %3 MB (%4 bytes) can be imported at "
                          "once. Split it into parts.")
                           .arg(bytes.size() / (1024 * 1024))
                           .arg(QLocale().toString(qint64(bytes.size())))
                           .arg(MaxTranscriptBytes / (1024 * 1024))
                           .arg(QLocale().toString(MaxTranscriptBytes));
        return result;
    }

    std::optional<QString> text;
    const QByteArrayView view(bytes);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        text = strictQt(QStringConverter::Utf8, view.sliced(3));
        result.encoding = u"UTF-8"_s;
    } else if (bytes.startsWith("\xFF\xFE")) {
        text = strictQt(QStringConverter::Utf16LE, view.sliced(2));
        result.encoding = u"UTF-16LE"_s;
    } else if (bytes.startsWith("\xFE\xFF")) {
        text = strictQt(QStringConverter::Utf16BE, view.sliced(2));
        result.encoding = u"UTF-16BE"_s;
    } else if (bytes.contains('\0')) {
        std::optional<QStringConverter::Encoding> encoding = utf16ByNuls(bytes);
        if (!encoding)
            encoding = utf16ByContent(bytes);
        if (encoding) {
            text = strictQt(*encoding, view);
            result.encoding = *encoding == QStringConverter::Utf16LE ? u"UTF-16LE"_s : u"UTF-16BE"_s;
        }
    } else if ((text = strictQt(QStringConverter::Utf8, view))) {
        result.encoding = u"UTF-8"_s;
    } else if (utf8Share(bytes) >= 0.5) {
        result.error = tr("The transcript mixes text encodings (mostly UTF-8, with parts in another "
                          "encoding). Save it again in one encoding and import it once more.");
        return result;
    } else {
        std::optional<QString> sjis = strictIcu("windows-31j", bytes);
        std::optional<QString> eucJp;
        if (!sjis || icuGuess(bytes) == "EUC-JP")
            eucJp = strictIcu("EUC-JP", bytes);
        if (eucJp) {
            text = std::move(eucJp);
            result.encoding = u"EUC-JP"_s;
        } else if (sjis) {
            text = std::move(sjis);
            result.encoding = u"Shift_JIS"_s;
        }
    }

    if (!text) {
        result.encoding.clear();
        result.error = bytes.contains('\0')
                           ? tr("The file is not a text file (it holds binary data).")
                           : tr("The transcript is not valid text in UTF-8, UTF-16 or Shift_JIS, or it mixes "
                                "encodings. Save it again as UTF-8 and import it once more.");
        return result;
    }
    // Legacy encodings accept many byte strings: a decoding that is mostly symbols and half-width
    // katakana is a binary file, not a transcript.
    if (isBinaryText(*text) || plausibleShare(*text) < 0.85) {
        result.encoding.clear();
        result.error = tr("The file is not a text file (it holds binary data).");
        return result;
    }
    result.text = dropControls(normaliseLineEnds(std::move(*text)));
    if (result.text.trimmed().isEmpty()) {
        result.text.clear();
        result.encoding.clear();
        result.error = tr("The transcript is empty.");
    }
    return result;
}

DecodedText TranscriptDecoder::readFile(const QString &path)
{
    DecodedText result;
    const QFileInfo info(path);
    if (info.exists() && info.isFile() && info.size() > MaxTranscriptBytes) {
        // The bytes too: a file just over the limit is "10 MB" in whole megabytes, like the limit.
        result.error =
            tr("%1 is %2 MB (%3 bytes); at most %4 MB (%5 bytes) can be imported at once. Split "
               "the transcript into parts.")
                .arg(info.fileName(), QString::number(info.size() / (1024 * 1024)),
                     QLocale().toString(info.size()), QString::number(MaxTranscriptBytes / (1024 * 1024)),
                     QLocale().toString(MaxTranscriptBytes));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    // Read one byte more than allowed: a file that grew after the check is still refused.
    const QByteArray bytes = file.read(MaxTranscriptBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    return decode(bytes);
}

} // namespace kiroku::transcript
