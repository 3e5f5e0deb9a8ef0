// The transcript parser on fixtures written for the project (fictional names), one per speaker style
// of printed minutes, and on the ugly cases: masked speakers, labels that are ordinary words at a line
// start, page breaks in the middle of a turn, running headers, lines broken by PDF extraction.
#include "transcript/TranscriptLines.h"
#include "transcript/TranscriptParser.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::transcript;

namespace {

QString fixture(const QString &name)
{
    QFile file(QStringLiteral(KIROKU_FIXTURES_DIR) + u"/transcripts/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// One line per turn: kind|speaker|text, paragraphs joined by " / ".
QStringList describe(const TranscriptPlan &plan)
{
    QStringList result;
    for (const ParsedTurn &turn : plan.turns) {
        QString text = turn.text;
        text.replace(u'\n', u" / "_s);
        result << toKey(turn.kind) + u'|' + turn.speaker + u'|' + text;
    }
    return result;
}

QStringList labels(const TranscriptPlan &plan)
{
    QStringList result;
    for (const SpeakerMapping &speaker : plan.speakers)
        result << u"%1×%2"_s.arg(speaker.label).arg(speaker.turns);
    return result;
}

void compareLists(const QStringList &actual, const QStringList &expected)
{
    for (qsizetype i = 0; i < std::min(actual.size(), expected.size()); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
    QCOMPARE(actual.size(), expected.size());
}

} // namespace

class TestTranscriptParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void styles_data();
    void styles();
    void lineRecognition_data();
    void lineRecognition();
    void oneLabelPerSpeaker();
    void labelWordsAtLineStartStayText();
    void noSpeakerIsAnError();
    void progressCanCancel();
    void largeTranscriptIsLinear();
    void shuffledFragmentsKeepInvariants();
};

void TestTranscriptParser::styles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("turns");
    QTest::addColumn<QStringList>("speakers");
    QTest::addColumn<int>("unrecognised");
    QTest::addColumn<int>("dropped");

    QTest::newRow("(事務局) paragraphs, numbered header, page breaks")
        << u"paren.txt"_s
        << QStringList{u"speech|事務局|"
                       u"皆様おはようございます。定刻になりましたので、ただいまから審議会を開会いたします。 "
                       u"/ "
                       u"本日は委員8名中7名の出席をいただいており、定足数に達しておりますことを御報告いたします。"_s,
                       u"stage_direction||(会長及び副会長の選出)"_s,
                       u"speech|議長|それでは、会議録に署名していただく委員は、____委員と____"
                       u"委員にお願いしたいと思いますが、"
                       u"いかがでしょうか。"_s,
                       u"stage_direction||(委員の了承を得る。)"_s,
                       u"speech|議長|次に、諮問について情報政策課から説明願います。"_s,
                       u"stage_direction||(情報政策課 入室)"_s,
                       u"speech|情報政策課|"
                       u"はい。資料1を御覧ください。今回の評価書は、ガバメントクラウドへの移行に伴い再実施す"
                       u"るも"
                       u"のでございます。 / 委員 各位に事前に送付した資料のとおりでございます。 / "
                       u"住民基本台帳に関する事務の対象人数は30万人以上となりますので、全項目評価書を作成しております。"_s,
                       u"speech|____委員|クラウドの利用に当たり、庁内との接続はどうなりますか。"_s,
                       u"speech|情報政策課|専用の回線で接続いたします。"_s,
                       u"speech|____委員|分かりました。"_s,
                       u"speech|青葉台システムサービス|点検を担当した立場から補足いたします。"_s,
                       u"speech|議長|ほかに御意見がないようですので、質疑を終えます。"_s,
                       u"stage_direction||(情報政策課退室)"_s,
                       u"stage_direction||(全員挙手)"_s,
                       u"speech|議長|以上をもちまして、本日の審議会を閉会いたします。"_s}
        << QStringList{u"事務局×1"_s, u"議長×4"_s, u"情報政策課×2"_s, u"____委員×2"_s,
                       u"青葉台システムサービス×1"_s}
        << 9 << 5;

    QTest::newRow("【会長(議長)】 lines, table header, 別紙, signature block")
        << u"bracket.txt"_s
        << QStringList{u"speech|事務局|それでは、ただいまから審議会を開催させていただきます。"_s,
                       u"stage_direction||(配布資料の確認)"_s,
                       u"speech|春日会長(議長)|それでは、議事に入ります。 / 市民課から説明をお願いいたします。"_s,
                       u"stage_direction||（市民課 入室）"_s,
                       u"speech|市民課長|はい。それでは、住民基本台帳に関する事務の評価書について御説明いたします。"_s,
                       u"stage_direction||〔休憩〕"_s,
                       u"speech|水野副会長|評価書の12ページについて質問があります。"_s,
                       u"speech|市民課長|お答えいたします。"_s,
                       u"speech|春日会長(議長)|ほかに御質問がなければ、審議を終えます。"_s,
                       u"stage_direction||（「異議なし」の声あり）"_s}
        << QStringList{u"事務局×1"_s, u"春日会長(議長)×2"_s, u"市民課長×2"_s, u"水野副会長×1"_s} << 9 << 3;

    QTest::newRow("○会長 prefixes, headings, running headers")
        << u"maru.txt"_s
        << QStringList{u"heading||１．開　会"_s,
                       u"speech|会長|定刻になりましたので、ただいまから審議会を開会いたします。 / "
                       u"本日の出席状況について事務局から報告をお願いいたします。"_s,
                       u"speech|総務課長|"
                       u"本日は委員８名中７名の御出席をいただいておりますので、審議会が成立していることを御報"
                       u"告申"
                       u"し上げます。"_s,
                       u"heading||２．議　事"_s,
                       u"heading||（１）審議事項"_s,
                       u"heading||ア　諮問第12号"_s,
                       u"speech|会長|それでは、諮問第12号について説明をお願いいたします。"_s,
                       u"speech|情報政策課長|諮問第12号について御説明いたします。資料１を御覧ください。 / "
                       u"ガバメントクラウドへの移行に伴い、評価を再実施するものでございます。"_s,
                       u"speech|島田委員|委員の皆様に一つ確認させてください。移行の時期はいつでしょうか。"_s,
                       u"speech|情報政策課長|令和９年１月を予定しております。"_s,
                       u"speech|国保・年金課長|補足いたします。"_s,
                       u"speech|会長|ほかによろしいでしょうか。―ないようでしたら、継続審議といたします。"_s,
                       u"heading||３．閉　会"_s,
                       u"speech|会長|以上で閉会いたします。"_s}
        << QStringList{u"会長×4"_s, u"総務課長×1"_s, u"情報政策課長×2"_s, u"島田委員×1"_s,
                       u"国保・年金課長×1"_s}
        << 3 << 4;

    QTest::newRow("発言者<TAB>発言内容 table")
        << u"table.txt"_s
        << QStringList{u"speech|事務局|ただいまから令和８年度第１回青葉台市情報公開・個人情報保護審議会を開会いたします。"_s,
                       u"speech|会長|本日の議題に入ります。情報政策課から説明をお願いします。"_s,
                       u"speech|情報政策課長|資料１に基づき御説明いたします。"_s,
                       u"speech|岡部委員|対象人数は何人でしょうか。"_s,
                       u"speech|情報政策課長|約30万人でございます。"_s,
                       u"stage_direction||（全員挙手）"_s,
                       u"speech|会長|以上で閉会いたします。"_s}
        << QStringList{u"事務局×1"_s, u"会長×2"_s, u"情報政策課長×2"_s, u"岡部委員×1"_s} << 1 << 0;

    QTest::newRow("bare labels: 議長　… and 事務局 alone")
        << u"bare.txt"_s
        << QStringList{u"speech|議長|ただいまから審議会を開会いたします。"_s,
                       u"speech|事務局|本日は委員８名中６名の出席がございますので、会議は成立しております。"_s,
                       u"speech|議長|それでは、諮問第12号について説明をお願いします。"_s,
                       u"stage_direction||（市民課　入室）"_s,
                       u"speech|市民課長|資料２を御覧ください。住民基本台帳に関する事務の評価書でございます。"_s,
                       u"speech|北川委員|評価書の公表はいつですか。"_s,
                       u"speech|市民課長|来月を予定しております。"_s,
                       u"speech|議長|事務局から連絡事項はありますか。"_s,
                       u"speech|事務局|事務局からは特にございません。"_s,
                       u"speech|議長|以上で閉会いたします。"_s}
        << QStringList{u"議長×4"_s, u"事務局×2"_s, u"市民課長×2"_s, u"北川委員×1"_s} << 0 << 0;

    QTest::newRow("summary with Q&A")
        << u"summary.txt"_s
        << QStringList{u"heading||１　諮問第12号について"_s,
                       u"stage_direction||（情報政策課から資料に基づき説明）"_s,
                       u"summary||・ガバメントクラウドへの移行に伴い、評価を再実施する。 / "
                       u"・意見公募の結果、意見は０件であった。"_s,
                       u"heading||【質疑】"_s,
                       u"speech|委員|移行後のデータの保管場所はどこか。"_s,
                       u"speech|事務局|国が調達したクラウド上に保管される。"_s,
                       u"speech|委員|職員研修の内容に変更はあるか。"_s,
                       u"speech|情報政策課|来年度の研修に盛り込む予定である。"_s,
                       u"heading||２　報告事項"_s,
                       u"summary||・漏えい等の報告が１件あった。"_s,
                       u"stage_direction||（委員の了承を得る。）"_s}
        << QStringList{u"委員×2"_s, u"事務局×1"_s, u"情報政策課×1"_s} << 1 << 0;
}

void TestTranscriptParser::styles()
{
    QFETCH(QString, file);
    QFETCH(QStringList, turns);
    QFETCH(QStringList, speakers);
    QFETCH(int, unrecognised);
    QFETCH(int, dropped);
    const QString text = fixture(file);
    QVERIFY(!text.isEmpty());
    const TranscriptPlan plan = TranscriptParser::parse(text);
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    compareLists(describe(plan), turns);
    compareLists(labels(plan), speakers);
    QCOMPARE(plan.unrecognisedLines, unrecognised);
    QCOMPARE(plan.droppedPageLines, dropped);
    QCOMPARE(plan.speeches + plan.directions + plan.headings, plan.statementCount());
    QCOMPARE(plan.matchedSpeakerCount(), 0); // matching is SpeakerMatcher's business
    // Line numbers point into the source.
    const QStringList sourceLines = text.split(u'\n');
    for (const ParsedTurn &turn : plan.turns) {
        QVERIFY(turn.firstLine >= 1 && turn.firstLine <= turn.lastLine);
        QVERIFY(turn.lastLine <= sourceLines.size());
    }
}

void TestTranscriptParser::lineRecognition_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("kind");
    QTest::newRow("- 3 -") << u"- 3 -"_s << u"page"_s;
    QTest::newRow("－３－") << u"－３－"_s << u"page"_s;
    QTest::newRow("3") << u"3"_s << u"page"_s;
    QTest::newRow("3 / 12") << u"3 / 12"_s << u"page"_s;
    QTest::newRow("30万人") << u"30万人"_s << u"text"_s;
    QTest::newRow("１．開会") << u"１．開会"_s << u"heading"_s;
    QTest::newRow("(1) 審議事項") << u"(1) 審議事項"_s << u"heading"_s;
    QTest::newRow("ア 諮問第1005号") << u"ア 諮問第1005号"_s << u"heading"_s;
    QTest::newRow("・報告第361号") << u"・報告第361号"_s << u"heading"_s;
    QTest::newRow("sentence with number") << u"1つ目。しきい値判断に誤りはないか。"_s << u"text"_s;
    QTest::newRow("(全員挙手)") << u"(全員挙手)"_s << u"direction"_s;
    QTest::newRow("〔休憩〕") << u"〔休憩〕"_s << u"direction"_s;
    QTest::newRow("(事務局) alone") << u"(事務局)"_s << u"speaker:事務局"_s;
    QTest::newRow("(議長) text") << u"(議長) それでは。"_s << u"speaker:議長"_s;
    QTest::newRow("(1) text") << u"(1) 住民基本台帳に関する事務について、説明します。"_s << u"text"_s;
    QTest::newRow("【小林会長(議長)】") << u"【小林会長(議長)】"_s << u"speaker:小林会長(議長)"_s;
    QTest::newRow("【 事 務 局 】") << u"【 事 務 局 】"_s << u"speaker:事務局"_s;
    QTest::newRow("○会長 text") << u"○会長　それでは。"_s << u"speaker:会長"_s;
    QTest::newRow("○ bullet") << u"○ 個人情報の取扱いについて"_s << u"text"_s;
    QTest::newRow("○国保・年金課長") << u"○国保・年金課長 はい。"_s << u"speaker:国保・年金課長"_s;
    QTest::newRow("____委員") << u"(____委員) 質問です。"_s << u"speaker:____委員"_s;
    QTest::newRow("議長　text") << u"議長　ただいまから。"_s << u"speaker:議長"_s;
    QTest::newRow("委員会の… stays text") << u"委員会の設置について説明します。"_s << u"text"_s;
    QTest::newRow("事務局としては stays text") << u"事務局としては問題ないと考えます。"_s << u"text"_s;
    QTest::newRow("open parenthesis") << u"（デジタル推進課"_s << u"open"_s;
}

void TestTranscriptParser::lineRecognition()
{
    QFETCH(QString, line);
    QFETCH(QString, kind);
    Line l;
    l.text = line;
    lines::classify(l);
    QString actual;
    switch (l.kind) {
    case LineKind::PageNumber:
        actual = u"page"_s;
        break;
    case LineKind::Heading:
        actual = u"heading"_s;
        break;
    case LineKind::Direction:
        actual = u"direction"_s;
        break;
    case LineKind::Speaker:
        actual = u"speaker:"_s + l.label;
        break;
    case LineKind::OpenParen:
        actual = u"open"_s;
        break;
    default:
        actual = u"text"_s;
        break;
    }
    QCOMPARE(actual, kind);
}

void TestTranscriptParser::oneLabelPerSpeaker()
{
    const TranscriptPlan plan =
        TranscriptParser::parse(u"【春日会長（議長）】\nはじめます。\n【春日会長(議長)"
                                u"】\n続けます。\n【春日会長（議長）】\n終わります。\n"
                                u"(___委員) 一つ目。\n(____委員) 二つ目。\n(＿＿委員) 三つ目。\n"_s);
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    compareLists(labels(plan), {u"春日会長（議長）×3"_s, u"___委員×3"_s});
    QCOMPARE(plan.turns.at(1).speaker, u"春日会長（議長）"_s);
}

void TestTranscriptParser::labelWordsAtLineStartStayText()
{
    // In a ○ document "委員 …" and "会長 …" at a line start are words of the running turn.
    const TranscriptPlan plan = TranscriptParser::parse(
        u"○会長　はじめます。\n○事務局　説明します。\n委員 各位に資料を送付しております。\n"
        u"○岡部委員　質問です。\n会長 の御指摘のとおりです。\n○会長　終わります。\n"_s);
    compareLists(describe(plan), {u"speech|会長|はじめます。"_s,
                                  u"speech|事務局|説明します。 / 委員 各位に資料を送付しております。"_s,
                                  u"speech|岡部委員|質問です。 / 会長 の御指摘のとおりです。"_s,
                                  u"speech|会長|終わります。"_s});
}

void TestTranscriptParser::noSpeakerIsAnError()
{
    const TranscriptPlan plan =
        TranscriptParser::parse(u"本日は晴天なり。\n特に記載すべきことはない。\n- 1 -\n"_s);
    QVERIFY(!plan.error.isEmpty());
    QVERIFY(plan.error.contains(u"No speaker"_s));
    QCOMPARE(plan.speakerCount(), 0);
}

void TestTranscriptParser::progressCanCancel()
{
    QString text;
    for (int i = 0; i < 3000; ++i)
        text += u"○会長　発言%1です。\n○事務局　答えます。\n"_s.arg(i);
    QVector<int> seen;
    const TranscriptPlan done = TranscriptParser::parse(text, [&](int percent) {
        seen << percent;
        return true;
    });
    QCOMPARE(done.statementCount(), 6000);
    QVERIFY(!done.cancelled);
    QCOMPARE(seen.first(), 0);
    QCOMPARE(seen.last(), 100);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));

    const TranscriptPlan cancelled = TranscriptParser::parse(text, [](int percent) { return percent < 40; });
    QVERIFY(cancelled.cancelled);
    QVERIFY(cancelled.turns.isEmpty());
}

void TestTranscriptParser::largeTranscriptIsLinear()
{
    // About 5 MB of minutes (a hundred long meetings): parsed in one pass, every turn kept.
    const QString page = fixture(u"maru.txt"_s);
    QVERIFY(!page.isEmpty());
    QString text;
    const int copies = 2000;
    text.reserve(page.size() * copies);
    for (int i = 0; i < copies; ++i)
        text += page;
    const TranscriptPlan plan = TranscriptParser::parse(text);
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    QCOMPARE(plan.speeches, 9 * copies);
    QCOMPARE(plan.headings, 5 * copies);
}

void TestTranscriptParser::shuffledFragmentsKeepInvariants()
{
    // Lines and pieces of lines of every fixture, shuffled and cut at random places (parentheses left
    // open, tabs, form feeds): the parser never fails its invariants, whatever it makes of them.
    QStringList pieces;
    for (const QString &name :
         {u"paren.txt"_s, u"bracket.txt"_s, u"maru.txt"_s, u"table.txt"_s, u"bare.txt"_s, u"summary.txt"_s}) {
        for (const QString &line : fixture(name).split(u'\n'))
            pieces << line << line.left(line.size() / 2) << line.mid(line.size() / 3);
    }
    pieces << u"\f"_s << u"("_s << u"）"_s << u"【"_s << u"\t"_s << u"○"_s << u"- 1 -"_s << QString();
    QRandomGenerator random(3);
    for (int round = 0; round < 300; ++round) {
        QString text;
        const int count = int(random.bounded(1, 80));
        for (int i = 0; i < count; ++i) {
            text += pieces.at(random.bounded(int(pieces.size())));
            text += random.bounded(4) == 0 ? u" "_s : u"\n"_s;
        }
        const TranscriptPlan plan = TranscriptParser::parse(text);
        const int lineCount = int(text.count(u'\n')) + 1;
        QCOMPARE(plan.speeches + plan.directions + plan.headings, plan.statementCount());
        QCOMPARE(plan.error.isEmpty(), !plan.speakers.isEmpty());
        int turns = 0;
        for (const SpeakerMapping &speaker : plan.speakers)
            turns += speaker.turns;
        for (const ParsedTurn &turn : plan.turns) {
            QVERIFY(!turn.text.trimmed().isEmpty() || turn.kind != StatementKind::Speech);
            QVERIFY(turn.firstLine >= 1 && turn.firstLine <= turn.lastLine && turn.lastLine <= lineCount);
            QCOMPARE(turn.speaker.isEmpty(), turn.kind != StatementKind::Speech);
            turns -= turn.kind == StatementKind::Speech ? 1 : 0;
        }
        QCOMPARE(turns, 0);
    }
}

QTEST_GUILESS_MAIN(TestTranscriptParser)
#include "TestTranscriptParser.moc"
