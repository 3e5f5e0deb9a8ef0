#pragma once
// Turns the bytes of a transcript file into text: UTF-8 (with or without BOM), UTF-16 (BOM, or a clear
// NUL pattern), Shift_JIS (Windows code page 932, as municipal PCs write it) or EUC-JP. Anything that
// is not valid in one encoding as a whole (binary files, mixed encodings) is refused with a message.
#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kiroku::transcript {

// Larger files are refused: a 110-minute meeting is well under 1 MB of text (60,000 characters).
inline constexpr qint64 MaxTranscriptBytes = 10 * 1024 * 1024;

struct DecodedText
{
    QString text;     // line ends normalised to \n; form feeds kept (page breaks)
    QString encoding; // "UTF-8", "UTF-16LE", "Shift_JIS" ...
    QString error;    // empty on success; a message for the clerk otherwise
    bool ok() const { return error.isEmpty(); }
};

class TranscriptDecoder
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::TranscriptDecoder)
public:
    static DecodedText decode(const QByteArray &bytes);
    // Checks the size before reading, so a huge file is never loaded.
    static DecodedText readFile(const QString &path);
};

} // namespace kiroku::transcript
