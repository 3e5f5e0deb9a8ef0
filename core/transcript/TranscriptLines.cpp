#include "transcript/TranscriptLines.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiroku::transcript::lines {
namespace {

// The longest speaker label we believe: 株式会社青葉台システムサービス担当者 fits, a sentence does not.
constexpr int MaxLabelLength = 24;
constexpr int MaxHeadingLength = 40;

bool isDashLike(QChar c)
{
    static const QString dashes = u"-－‐―—–ー~〜～"_s;
    return dashes.contains(c);
}

bool isDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'０' && c <= u'９');
}

QStringView trimmed(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBlank(text.at(begin)))
        ++begin;
    while (end > begin && isBlank(text.at(end - 1)))
        --end;
    return text.sliced(begin, end - begin);
}

// Index of the character closing the parenthesis opened at 0, or -1.
qsizetype closingIndex(QStringView text)
{
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isOpening(text.at(i)))
            ++depth;
        else if (isClosing(text.at(i)) && --depth == 0)
            return i;
    }
    return -1;
}

bool isNumbering(QStringView label)
{
    if (label.isEmpty())
        return true;
    if (std::all_of(label.begin(), label.end(), isDigit))
        return true;
    if (label.size() == 1) {
        const char16_t c = label.at(0).unicode();
        return (c >= u'①' && c <= u'⑳') || (c >= u'ア' && c <= u'ン') || (c >= u'a' && c <= u'z') ||
               (c >= u'A' && c <= u'Z') || u"一二三四五六七八九十ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ"_s.contains(QChar(c));
    }
    static const QRegularExpression roman(u"^(?:[IVXivx]+|[ⅰ-ⅹⅠ-Ⅻ]+)$"_s);
    return roman.match(label.toString()).hasMatch();
}

void classifyTableRow(Line &line, QStringView raw)
{
    const QList<QStringView> cells = raw.split(u'\t');
    line.label = trimmed(cells.first()).toString();
    QStringList rest;
    for (qsizetype i = 1; i < cells.size(); ++i) {
        const QStringView cell = trimmed(cells.at(i));
        if (!cell.isEmpty())
            rest << cell.toString();
    }
    line.rest = rest.join(u'　');
    line.marker = Marker::Table;
    static const QStringList speakerHeads{u"発言者"_s, u"発言者名"_s, u"氏名"_s, u"発言者氏名"_s, u"発言"_s};
    static const QStringList textHeads{u"発言内容"_s, u"発言要旨"_s, u"内容"_s, u"発言の内容"_s, u"要旨"_s};
    if (speakerHeads.contains(line.label) && textHeads.contains(line.rest))
        line.kind = LineKind::TableHeader;
    else
        line.kind = LineKind::TableRow;
}

} // namespace

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\u3000' || c == u'\u00a0' || c == u'\v' || c == u'\f';
}

bool isOpening(QChar c)
{
    return c == u'(' || c == u'（' || c == u'〔' || c == u'［' || c == u'[';
}

bool isClosing(QChar c)
{
    return c == u')' || c == u'）' || c == u'〕' || c == u'］' || c == u']';
}

QVector<Line> split(const QString &text)
{
    QVector<Line> result;
    result.reserve(text.count(u'\n') + 1);
    int number = 1;
    bool pageBreak = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool end = i == text.size();
        const QChar c = end ? QChar(u'\n') : text.at(i);
        if (c != u'\n' && c != u'\f')
            continue;
        QStringView raw = QStringView(text).sliced(start, i - start);
        while (!raw.isEmpty() && isBlank(raw.back()) && raw.back() != u'\t')
            raw.chop(1);
        Line line;
        line.number = number;
        line.pageBreak = pageBreak;
        pageBreak = c == u'\f';
        while (line.indent < raw.size() && isBlank(raw.at(line.indent)) && raw.at(line.indent) != u'\t')
            ++line.indent;
        QStringView body = raw.sliced(line.indent);
        // Markdown list debris of some PDF extractors: "- (事務局) …".
        if (body.size() > 2 && (body.at(0) == u'-' || body.at(0) == u'*' || body.at(0) == u'•') &&
            isBlank(body.at(1))) {
            body = trimmed(body.sliced(2));
        }
        if (body.contains(u'\t') && !trimmed(body).isEmpty()) {
            line.text = trimmed(body).toString();
            classifyTableRow(line, body);
        } else {
            line.text = trimmed(body).toString();
            classify(line);
        }
        result.append(std::move(line));
        if (c == u'\n')
            ++number;
        start = i + 1;
    }
    return result;
}

void classify(Line &line)
{
    const QStringView t = line.text;
    line.marker = Marker::None;
    line.label.clear();
    line.rest.clear();
    if (t.isEmpty()) {
        line.kind = LineKind::Blank;
        return;
    }
    if (isPageNumber(t)) {
        line.kind = LineKind::PageNumber;
        return;
    }
    line.kind = LineKind::Text;
    const QChar first = t.at(0);
    if (first == u'○' || first == u'◯' || first == u'◎') {
        qsizetype end = 1;
        while (end < t.size() && !isBlank(t.at(end)))
            ++end;
        const QStringView label = t.sliced(1, end - 1);
        // "○ 個人情報の…" is a bullet, not a speaker.
        if (looksLikeLabel(label)) {
            line.kind = LineKind::Speaker;
            line.marker = Marker::Maru;
            line.label = label.toString();
            line.rest = trimmed(t.sliced(end)).toString();
        }
        return;
    }
    if (first == u'【') {
        const qsizetype close = t.indexOf(u'】');
        if (close > 0) {
            QString label = t.sliced(1, close - 1).toString();
            label.remove(u' ');
            label.remove(u'\u3000');
            if (looksLikeLabel(label)) {
                line.kind = LineKind::Speaker;
                line.marker = Marker::Bracket;
                line.label = label;
                line.rest = trimmed(t.sliced(close + 1)).toString();
            }
        }
        return;
    }
    if (isOpening(first)) {
        if (isWholeParenthesis(t)) {
            const QStringView inner = trimmed(t.sliced(1, t.size() - 2));
            // "(事務局)" alone on its line names the speaker of the lines below; "(全員挙手)" is a remark.
            if (looksLikeLabel(inner) && hasRoleSuffix(inner)) {
                line.kind = LineKind::Speaker;
                line.marker = Marker::Paren;
                line.label = inner.toString();
            } else {
                line.kind = LineKind::Direction;
            }
            return;
        }
        const qsizetype close = closingIndex(t);
        if (close < 0) {
            line.kind = LineKind::OpenParen;
            return;
        }
        const QStringView label = trimmed(t.sliced(1, close - 1));
        if (!isNumbering(label) && looksLikeLabel(label)) {
            line.kind = LineKind::Speaker;
            line.marker = Marker::Paren;
            line.label = label.toString();
            line.rest = trimmed(t.sliced(close + 1)).toString();
            return;
        }
    }
    if (isHeading(t)) {
        line.kind = LineKind::Heading;
        return;
    }
    qsizetype end = 0;
    while (end < t.size() && !isBlank(t.at(end)))
        ++end;
    const QStringView token = t.sliced(0, end);
    // 議長　… or 事務局 alone; "委員会の…" and "事務局としては" run on without a blank and stay text.
    if (token.size() <= 16 && looksLikeLabel(token) && hasRoleSuffix(token)) {
        line.kind = LineKind::Speaker;
        line.marker = Marker::Bare;
        line.label = token.toString();
        line.rest = trimmed(t.sliced(end)).toString();
    }
}

bool isPageNumber(QStringView text)
{
    QStringView t = trimmed(text);
    if (t.isEmpty() || t.size() > 16)
        return false;
    // "3 / 12"
    const qsizetype slash = t.indexOf(u'/');
    if (slash > 0) {
        const QStringView a = trimmed(t.sliced(0, slash));
        const QStringView b = trimmed(t.sliced(slash + 1));
        return !a.isEmpty() && !b.isEmpty() && a.size() <= 4 && b.size() <= 4 &&
               std::all_of(a.begin(), a.end(), isDigit) && std::all_of(b.begin(), b.end(), isDigit);
    }
    // "- 3 -", "－３－", "3"
    while (!t.isEmpty() && (isDashLike(t.front()) || isBlank(t.front())))
        t = t.sliced(1);
    while (!t.isEmpty() && (isDashLike(t.back()) || isBlank(t.back())))
        t.chop(1);
    return !t.isEmpty() && t.size() <= 4 && std::all_of(t.begin(), t.end(), isDigit);
}

bool isHeading(QStringView text)
{
    const QStringView t = trimmed(text);
    if (t.isEmpty() || t.size() > MaxHeadingLength || t.contains(u'。') || t.contains(u'、') ||
        t.contains(u'，'))
        return false;
    static const QRegularExpression numbered(
        uR"(^(?:[0-9０-９]{1,2}[．.]\s*[^\s0-9０-９．.]|[(（][0-9０-９]{1,2}[)）]\s*\S|[①-⑳]\s*\S)"
        uR"(|[ア-ン](?:\s+\S|諮問|報告|議案|審議|協議|その他)|・?(?:諮問|報告|議案)第[0-9０-９]+号))"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    if (numbered.match(t.toString()).hasMatch())
        return true;
    // "9 発言の内容", "第2 議事": a number, a blank and a short title.
    static const QRegularExpression spaced(
        uR"(^(?:第[0-9０-９一二三四五六七八九十]+|[0-9０-９]{1,2})\s+\S)"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return t.size() <= 24 && spaced.match(t.toString()).hasMatch();
}

bool isWholeParenthesis(QStringView text)
{
    const QStringView t = trimmed(text);
    return t.size() >= 2 && isOpening(t.front()) && isClosing(t.back()) && closingIndex(t) == t.size() - 1;
}

bool looksLikeLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > MaxLabelLength || isNumbering(label))
        return false;
    static const QString forbidden = u"。、，,．「」『』：:；;！？!?…"_s;
    // 国保・年金課長 is a label; "・次第" and "収集・" are list items and fragments.
    if (label.front() == u'・' || label.back() == u'・')
        return false;
    return std::none_of(label.begin(), label.end(),
                        [](QChar c) { return isBlank(c) || forbidden.contains(c) || c == u'$'; });
}

bool hasRoleSuffix(QStringView label)
{
    QStringView main = label;
    // 小林会長(議長): judge 小林会長; 諮問実施機関(新型コロナウイルス対策課): judge both parts.
    if (!main.isEmpty() && isClosing(main.back())) {
        qsizetype open = main.size() - 1;
        while (open > 0 && !isOpening(main.at(open)))
            --open;
        if (open > 0 && hasRoleSuffix(main.sliced(open + 1, main.size() - open - 2)))
            return true;
        if (open > 0)
            main = main.sliced(0, open);
    }
    static const QStringList suffixes{
        u"委員"_s, u"会長"_s, u"議長"_s, u"事務局"_s,   u"長"_s,     u"課"_s,    u"部"_s,
        u"室"_s,   u"係"_s,   u"局"_s,   u"員"_s,       u"主幹"_s,   u"主査"_s,  u"主任"_s,
        u"参事"_s, u"担当"_s, u"機関"_s, u"センター"_s, u"事務所"_s, u"庁"_s,    u"さん"_s,
        u"氏"_s,   u"君"_s,   u"理事"_s, u"監"_s,       u"補佐"_s,   u"審議官"_s};
    return std::any_of(suffixes.begin(), suffixes.end(),
                       [&](const QString &s) { return main.size() >= s.size() && main.endsWith(s); });
}

bool isBodyMarker(QStringView text)
{
    QString t;
    for (const QChar c : text) {
        if (!isBlank(c))
            t.append(c);
    }
    // Drop a leading number: "9 発言の内容", "(9)会議の経過".
    qsizetype i = 0;
    while (i < t.size() && (isDigit(t.at(i)) || isOpening(t.at(i)) || isClosing(t.at(i)) || t.at(i) == u'.' ||
                            t.at(i) == u'．'))
        ++i;
    t = t.mid(i);
    static const QStringList markers{u"発言の内容"_s, u"発言内容"_s,   u"発言要旨"_s,   u"会議の経過"_s,
                                     u"会議経過"_s,   u"議事の経過"_s, u"議事経過"_s,   u"審議の経過"_s,
                                     u"審議経過"_s,   u"議事の内容"_s, u"会議の内容"_s, u"審議の内容"_s,
                                     u"審議内容"_s,   u"別紙"_s,       u"会議録本文"_s, u"議事録"_s};
    return markers.contains(t);
}

bool isSignatureFormula(QStringView text)
{
    return text.contains(u"相違ないことを証明"_s) || text.contains(u"相違ないことを確認"_s) ||
           trimmed(text).startsWith(u"ここに署名"_s);
}

} // namespace kiroku::transcript::lines
