#include "transcript/TranscriptParser.h"

#include "transcript/TranscriptLines.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kiroku::transcript {
namespace {

// Reported line numbers of left-out text are kept for the preview, not all of them.
constexpr int MaxListedLines = 200;
// How many non-blank lines on either side of a page break may hold a running header or footer.
constexpr int PageFurnitureReach = 2;
// A parenthesis may run over this many further lines and still be one stage direction.
constexpr int DirectionReach = 3;

bool reportProgress(const Progress &progress, qsizetype done, qsizetype total, int from, int span)
{
    if (!progress || total <= 0)
        return true;
    return progress(from + int(qint64(span) * done / total));
}

QString compact(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!lines::isBlank(c))
            result.append(c);
    }
    return result;
}

bool endsSentence(QStringView text)
{
    static const QString enders = u"。．！？!?」』）)】.:："_s;
    return !text.isEmpty() && enders.contains(text.back());
}

bool startsParagraph(QStringView text)
{
    static const QString bullets = u"・●◆◇■□※＊*-－①②③④⑤⑥⑦⑧⑨⑩「『(（"_s;
    return !text.isEmpty() && bullets.contains(text.front());
}

bool isAsciiWordChar(QChar c)
{
    return c.unicode() < 0x80 && (c.isLetterOrNumber());
}

// Parenthesised words at a line start that are not speakers: (注) …, (仮称) …, (案) ….
bool isRemarkWord(QStringView label)
{
    static const QStringList words{u"注"_s,   u"※"_s,    u"仮称"_s,   u"案"_s,   u"参考"_s, u"例"_s,
                                   u"略"_s,   u"抜粋"_s, u"敬称略"_s, u"拍手"_s, u"笑"_s,   u"笑い"_s,
                                   u"休憩"_s, u"再開"_s, u"済"_s,     u"以下"_s, u"別紙"_s, u"続き"_s};
    return words.contains(label.toString()) ||
           std::any_of(label.begin(), label.end(), [](QChar c) { return c.isDigit(); });
}

// Which of the speaker marks found line by line the document really uses.
struct Styles
{
    QHash<QString, int> labelCounts;
    bool table = false;
    bool bare = false;
    // The mark most turns use: there, a label without a role word (株式会社の名, RSコネクト) is a
    // speaker too when text follows it on the line.
    Marker dominant = Marker::None;

    bool accepts(const Line &line) const
    {
        const bool known = lines::hasRoleSuffix(line.label) || labelCounts.value(line.label) >= 2;
        switch (line.marker) {
        case Marker::Maru:
        case Marker::Bracket:
        case Marker::Paren:
            if (known)
                return true;
            return line.marker == dominant && line.label.size() <= 16 && !isRemarkWord(line.label) &&
                   (!line.rest.isEmpty() || line.marker == Marker::Bracket);
        case Marker::Table:
            return table && !line.label.isEmpty() && lines::looksLikeLabel(line.label) && known;
        case Marker::Bare:
            return bare;
        case Marker::None:
            break;
        }
        return false;
    }
};

Styles detectStyles(const QVector<Line> &all)
{
    Styles styles;
    int tableRows = 0;
    bool tableHeader = false;
    for (const Line &line : all) {
        if (line.kind == LineKind::TableHeader)
            tableHeader = true;
        if ((line.kind == LineKind::Speaker && line.marker != Marker::Bare) ||
            (line.kind == LineKind::TableRow && !line.label.isEmpty()))
            ++styles.labelCounts[line.label];
        if (line.kind == LineKind::TableRow && lines::looksLikeLabel(line.label) &&
            lines::hasRoleSuffix(line.label))
            ++tableRows;
    }
    styles.table = tableHeader || tableRows >= 3;
    int strong = 0;
    QHash<Marker, int> byMarker;
    for (const Line &line : all) {
        if ((line.kind == LineKind::Speaker && line.marker != Marker::Bare) ||
            (line.kind == LineKind::TableRow && styles.table)) {
            if (styles.accepts(line)) {
                ++strong;
                ++byMarker[line.marker];
            }
        }
    }
    int most = 2; // one or two marks do not make a style
    for (auto it = byMarker.cbegin(); it != byMarker.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            styles.dominant = it.key();
        }
    }
    // Bare labels ("議長　…") are trusted only where no stronger mark is in use: in a ○ or (…) document
    // a line starting "委員 …" is more likely text than a turn.
    styles.bare = strong < 3;
    return styles;
}

// Marks page numbers, and running headers and footers (short lines repeated next to page breaks).
int dropPageFurniture(QVector<Line> &all)
{
    QVector<qsizetype> breaks{0};
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).pageBreak || all.at(i).kind == LineKind::PageNumber)
            breaks << i;
    }
    QVector<bool> near(all.size(), false);
    auto mark = [&](qsizetype from, int step) {
        int seen = 0;
        for (qsizetype i = from; i >= 0 && i < all.size() && seen < PageFurnitureReach; i += step) {
            const Line &line = all.at(i);
            if (line.kind == LineKind::Blank || line.kind == LineKind::PageNumber)
                continue;
            ++seen;
            // Numbered headings (３．閉会) repeat near page breaks in a long file too: only plain text
            // is taken for a running header.
            if (line.kind == LineKind::Text)
                near[i] = true;
        }
    };
    for (const qsizetype b : std::as_const(breaks)) {
        mark(b, 1);
        mark(b - 1, -1);
    }
    QHash<QString, int> counts;
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (near.at(i) && all.at(i).text.size() <= 60)
            ++counts[compact(all.at(i).text)];
    }
    int dropped = 0;
    for (qsizetype i = 0; i < all.size(); ++i) {
        Line &line = all[i];
        if (line.kind == LineKind::PageNumber) {
            ++dropped;
            continue;
        }
        if (near.at(i) && line.text.size() <= 60 && counts.value(compact(line.text)) >= 2) {
            line.kind = LineKind::PageNumber; // furniture: left out like a page number
            ++dropped;
        }
    }
    return dropped;
}

// One spelling per speaker: 小林会長(議長) and 小林会長（議長）, ___委員 and ____委員 are one label, shown
// as first printed.
class Labels
{
public:
    QString canonical(const QString &label)
    {
        QString key;
        key.reserve(label.size());
        bool mask = false;
        for (const QChar c : label.normalized(QString::NormalizationForm_KC)) {
            if (lines::isBlank(c))
                continue;
            const bool isMask = c == u'_' || c == u'＿';
            if (!(isMask && mask))
                key.append(isMask ? QChar(u'_') : c);
            mask = isMask;
        }
        auto found = m_byKey.constFind(key);
        if (found == m_byKey.constEnd())
            found = m_byKey.insert(key, label);
        return *found;
    }

private:
    QHash<QString, QString> m_byKey;
};

class Builder
{
public:
    QVector<ParsedTurn> turns;
    QVector<int> lineCounts; // non-blank source lines per turn

    void speaker(const QString &label, const Line &line)
    {
        m_speaker = label;
        m_open = -1;
        open(StatementKind::Speech, line);
        if (!line.rest.isEmpty())
            append(line.rest, line.number, false);
    }

    void standalone(StatementKind kind, const QString &text, int firstLine, int lastLine, int lineCount)
    {
        if (kind == StatementKind::Heading)
            m_speaker.clear();
        ParsedTurn turn;
        turn.kind = kind;
        turn.text = text;
        turn.firstLine = firstLine;
        turn.lastLine = lastLine;
        turns << turn;
        lineCounts << lineCount;
        m_open = -1;
    }

    void text(QStringView text, int number)
    {
        if (m_open < 0) {
            Line line;
            line.number = number;
            open(m_speaker.isEmpty() ? StatementKind::Summary : StatementKind::Speech, line);
        }
        append(text, number, true);
    }

private:
    void open(StatementKind kind, const Line &line)
    {
        ParsedTurn turn;
        turn.kind = kind;
        turn.speaker = kind == StatementKind::Speech ? m_speaker : QString();
        turn.firstLine = line.number;
        turn.lastLine = line.number;
        turns << turn;
        lineCounts << 1;
        m_open = int(turns.size()) - 1;
    }

    void append(QStringView text, int number, bool countLine)
    {
        ParsedTurn &turn = turns[m_open];
        if (countLine && number != turn.firstLine)
            ++lineCounts[m_open];
        turn.lastLine = number;
        if (turn.text.isEmpty()) {
            turn.text = text.toString();
        } else if (endsSentence(turn.text) || startsParagraph(text)) {
            // A new paragraph. An indented line after an unfinished sentence is not one: PDF extraction
            // often indents continuation lines ("そういっ" / " た費用…").
            turn.text += u'\n' + text;
        } else if (isAsciiWordChar(turn.text.back()) && isAsciiWordChar(text.front())) {
            turn.text += u' ' + text;
        } else {
            // A line broken by the PDF's layout, not by the speaker: join it back.
            turn.text += text;
        }
    }

    QString m_speaker;
    int m_open = -1;
};

// Drops what comes before the statements (the header sheet) and after them (the signature block).
void trimToBody(TranscriptPlan &plan, QVector<int> &lineCounts, const QVector<bool> &bodyMarkerBefore)
{
    qsizetype firstSpeech = -1;
    for (qsizetype i = 0; i < plan.turns.size() && firstSpeech < 0; ++i) {
        if (plan.turns.at(i).kind == StatementKind::Speech)
            firstSpeech = i;
    }
    if (firstSpeech < 0)
        return;
    // The body starts at its marker (発言の内容, 会議の経過, 別紙) when there is one: a summary record
    // opens with headings, notes and directions before its first Q&A. A title line right under the
    // marker is left out. Without a marker, headings and stage directions right before the first turn
    // belong to the body (１．開会).
    qsizetype start = firstSpeech;
    while (start > 0 && !bodyMarkerBefore.at(start))
        --start;
    if (bodyMarkerBefore.at(start)) {
        while (start < firstSpeech && plan.turns.at(start).kind == StatementKind::Summary)
            ++start;
    } else {
        start = firstSpeech;
        while (start > 0 && (plan.turns.at(start - 1).kind == StatementKind::Heading ||
                             plan.turns.at(start - 1).kind == StatementKind::StageDirection))
            --start;
    }
    for (qsizetype i = 0; i < start; ++i) {
        plan.unrecognisedLines += lineCounts.at(i);
        if (plan.unrecognised.size() < MaxListedLines)
            plan.unrecognised << plan.turns.at(i).firstLine;
    }
    plan.turns.remove(0, start);
    lineCounts.remove(0, start);
}

} // namespace

TranscriptPlan TranscriptParser::parse(const QString &text, const Progress &progress)
{
    TranscriptPlan plan;
    auto cancel = [&] {
        TranscriptPlan cancelled;
        cancelled.cancelled = true;
        return cancelled;
    };
    if (progress && !progress(0))
        return cancel();
    QVector<Line> all = lines::split(text);
    if (!reportProgress(progress, 1, 1, 0, 20))
        return cancel();
    const Styles styles = detectStyles(all);
    plan.droppedPageLines = dropPageFurniture(all);
    if (!reportProgress(progress, 1, 1, 0, 30))
        return cancel();

    Builder builder;
    Labels labels;
    // Per turn: whether a body marker (発言の内容, 別紙) came between it and the turn before.
    QVector<bool> markerBefore;
    bool markerPending = false;
    bool trailer = false;
    int trailerLines = 0;
    int trailerFirst = 0;
    auto sync = [&] {
        while (markerBefore.size() < builder.turns.size()) {
            markerBefore << markerPending;
            markerPending = false;
        }
    };
    for (qsizetype i = 0; i < all.size(); ++i) {
        if ((i & 4095) == 0 && !reportProgress(progress, i, all.size(), 30, 60))
            return cancel();
        const Line &line = all.at(i);
        if (line.kind == LineKind::Blank || line.kind == LineKind::PageNumber)
            continue;
        if (trailer || lines::isSignatureFormula(line.text)) {
            // The signature block closes the record: nothing after it is a statement.
            trailer = true;
            if (trailerFirst == 0)
                trailerFirst = line.number;
            ++trailerLines;
            continue;
        }
        if (lines::isBodyMarker(line.text)) {
            markerPending = true;
            ++plan.unrecognisedLines;
            continue;
        }
        switch (line.kind) {
        case LineKind::Speaker:
            if (styles.accepts(line))
                builder.speaker(labels.canonical(line.label), line);
            else if (line.marker == Marker::Bracket && line.rest.isEmpty())
                builder.standalone(StatementKind::Heading, line.text, line.number, line.number,
                                   1); // 【質疑】
            else
                builder.text(line.text, line.number);
            break;
        case LineKind::TableRow:
            if (styles.table && line.label.isEmpty())
                builder.text(line.rest, line.number); // a cell running over several rows
            else if (styles.accepts(line))
                builder.speaker(labels.canonical(line.label), line);
            else
                builder.text(QString(line.text).replace(u'\t', u'　'), line.number);
            break;
        case LineKind::TableHeader:
            ++plan.unrecognisedLines;
            break;
        case LineKind::Direction:
            builder.standalone(StatementKind::StageDirection, line.text, line.number, line.number, 1);
            break;
        case LineKind::Heading:
            builder.standalone(StatementKind::Heading, line.text, line.number, line.number, 1);
            break;
        case LineKind::OpenParen: {
            // A stage direction broken over lines: （デジタルイノベーション課
            // 諮問書を朗読し、\n会長に手渡す。）
            QString joined = line.text;
            qsizetype j = i + 1;
            int taken = 0;
            bool closed = false;
            for (; j < all.size() && taken < DirectionReach; ++j) {
                if (all.at(j).kind == LineKind::Blank || all.at(j).kind == LineKind::PageNumber)
                    continue;
                joined += all.at(j).text;
                ++taken;
                if (lines::isWholeParenthesis(joined)) {
                    closed = true;
                    break;
                }
                if (all.at(j).kind != LineKind::Text && all.at(j).kind != LineKind::OpenParen)
                    break;
            }
            if (closed) {
                builder.standalone(StatementKind::StageDirection, joined, line.number, all.at(j).number,
                                   taken + 1);
                i = j;
            } else {
                builder.text(line.text, line.number);
            }
            break;
        }
        case LineKind::Text:
            builder.text(line.text, line.number);
            break;
        case LineKind::Blank:
        case LineKind::PageNumber:
            break;
        }
        sync();
    }
    sync();
    plan.turns = std::move(builder.turns);
    QVector<int> lineCounts = std::move(builder.lineCounts);
    trimToBody(plan, lineCounts, markerBefore);
    // A label with no words of its own (【事務局】 then only a stage direction) adds no statement.
    plan.turns.removeIf([](const ParsedTurn &turn) {
        return turn.kind == StatementKind::Speech && turn.text.trimmed().isEmpty();
    });
    plan.unrecognisedLines += trailerLines;
    if (trailerFirst > 0 && plan.unrecognised.size() < MaxListedLines)
        plan.unrecognised << trailerFirst;

    QHash<QString, int> speakerIndex;
    for (const ParsedTurn &turn : std::as_const(plan.turns)) {
        switch (turn.kind) {
        case StatementKind::Speech:
        case StatementKind::Summary:
            ++plan.speeches;
            break;
        case StatementKind::StageDirection:
            ++plan.directions;
            break;
        case StatementKind::Heading:
            ++plan.headings;
            break;
        }
        if (turn.kind != StatementKind::Speech || turn.speaker.isEmpty())
            continue;
        auto found = speakerIndex.constFind(turn.speaker);
        if (found == speakerIndex.constEnd()) {
            found = speakerIndex.insert(turn.speaker, int(plan.speakers.size()));
            SpeakerMapping mapping;
            mapping.label = turn.speaker;
            plan.speakers.append(mapping);
        }
        ++plan.speakers[*found].turns;
    }
    if (plan.speakers.isEmpty()) {
        plan.error = tr("No speaker was recognised in the transcript. Speakers should be marked as in "
                        "printed minutes: (事務局) …, 【会長】, ○会長 …, or a speaker and a text column.");
    }
    if (progress && !progress(100))
        return cancel();
    return plan;
}

} // namespace kiroku::transcript
