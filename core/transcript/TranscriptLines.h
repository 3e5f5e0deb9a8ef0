#pragma once
// Line-level recognition for the transcript parser: what one line of extracted minutes looks like
// (a speaker mark, a stage direction, a heading, a page number, plain text). The parser decides from
// the whole document which of the candidates it believes.
#include <QString>
#include <QStringView>
#include <QVector>

namespace kiroku::transcript {

enum class LineKind
{
    Blank,
    PageNumber,
    Speaker,     // a speaker mark, perhaps with text after it
    TableHeader, // 発言者<TAB>発言内容
    TableRow,    // label<TAB>text (a speaker row when the label passes)
    Direction,   // a whole line in parentheses
    OpenParen,   // starts a parenthesis that closes on a later line
    Heading,
    Text
};

enum class Marker
{
    None,
    Maru,    // ○会長 …
    Bracket, // 【小林会長(議長)】
    Paren,   // (事務局) …
    Table,   // 事務局<TAB>…
    Bare     // 議長　… / 事務局 (alone)
};

struct Line
{
    QString text;   // without surrounding blanks and list debris ("- ")
    int number = 0; // 1-based line of the source
    int indent = 0; // leading blanks (a new paragraph in many layouts)
    bool pageBreak = false;
    LineKind kind = LineKind::Blank;
    Marker marker = Marker::None;
    QString label; // speaker label candidate
    QString rest;  // text after the label on the same line
};

namespace lines {

// Splits into lines; a form feed ends a line and flags the next as the start of a page.
QVector<Line> split(const QString &text);
// Fills kind/marker/label/rest from the text alone.
void classify(Line &line);

bool isPageNumber(QStringView text);
bool isHeading(QStringView text);
// The whole text is one parenthesised remark: (全員挙手), （「異議なし」の声あり）, 〔休憩〕.
bool isWholeParenthesis(QStringView text);
// Could be a speaker label at all: short, no sentence punctuation, not a bare number.
bool looksLikeLabel(QStringView label);
// Ends in a role or an office word (委員, 会長, 議長, 事務局, …課長, …課): a speaker, not a phrase.
bool hasRoleSuffix(QStringView label);
// 発言の内容, 会議の経過, 別紙: the statements begin after this line.
bool isBodyMarker(QStringView text);
// The closing formula of the signature block.
bool isSignatureFormula(QStringView text);
bool isOpening(QChar c);
bool isClosing(QChar c);
bool isBlank(QChar c);

} // namespace lines
} // namespace kiroku::transcript
