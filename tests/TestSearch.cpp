// Archive search (docs/search.md): 1-, 2- and 3+-character queries, full/half-width variants,
// filters, snippets, the index kept current, and nothing found that should not be.
#include "io/DemoArchive.h"
#include "store/Archive.h"
#include "store/ConsultationRepository.h"
#include "store/SearchRepository.h"
#include "store/Sql.h"
#include "store/StatementRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;

class TestSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void longQueryUsesIndex();
    void shortQueries_data();
    void shortQueries();
    void widthVariantsMatch_data();
    void widthVariantsMatch();
    void filters();
    void indexFollowsEdits();
    void nothingThatShouldNot_data();
    void nothingThatShouldNot();
    void agreesWithLinearScan_data();
    void agreesWithLinearScan();
    void shortTermsAtTheEndOfAText();
    void countAgreesWithLinearScan_data();
    void countAgreesWithLinearScan();
    void piaFindingsAndQuestions();

private:
    QVector<SearchHit> find(const QString &text, int limit = 1000)
    {
        SearchQuery q;
        q.text = text;
        q.limit = limit;
        return SearchRepository(m_archive->database()).search(q);
    }
    Id addStatement(Id meetingId, const QString &text, const QString &speaker = u"事務局"_s)
    {
        Statement s;
        s.meetingId = meetingId;
        s.speaker = speaker;
        s.text = text;
        return StatementRepository(m_archive->database()).append(s);
    }
    std::unique_ptr<Archive> m_archive;
};

void TestSearch::init()
{
    m_archive = Archive::openInMemory();
    DemoArchive::write(m_archive->database());
}

void TestSearch::longQueryUsesIndex()
{
    const auto hits = find(u"ガバメントクラウド"_s, 5);
    QCOMPARE(hits.size(), 5);
    for (const SearchHit &hit : hits) {
        QVERIFY(!hit.highlights.isEmpty());
        const auto [start, length] = hit.highlights.first();
        QCOMPARE(hit.snippet.mid(start, length), u"ガバメントクラウド"_s);
    }
    // Ranked: bm25 scores ascend.
    for (int i = 1; i < hits.size(); ++i)
        QVERIFY(hits[i - 1].rank <= hits[i].rank);
}

void TestSearch::shortQueries_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::newRow("two characters") << u"本件は議案として扱います。"_s << u"議案"_s;
    QTest::newRow("one character") << u"鰻の話が出ました。"_s << u"鰻"_s;
    QTest::newRow("two Latin letters") << u"AIの利用について"_s << u"ai"_s;
    QTest::newRow("short and long terms") << u"議案第3号の審議を再開する。"_s << u"議案 審議を再開"_s;
}

void TestSearch::shortQueries()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QVERIFY(find(query).isEmpty() || query == u"ai"_s); // AI may occur in the demo; the rest do not
    const Id id = addStatement(7, text);
    const auto hits = find(query);
    QVERIFY(std::any_of(hits.begin(), hits.end(), [&](const SearchHit &h) { return h.refId == id; }));
    for (const SearchHit &hit : hits)
        QVERIFY(!hit.highlights.isEmpty());
}

void TestSearch::widthVariantsMatch_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("query");
    QTest::newRow("half-width kana query") << u"マイナンバーカードの交付"_s << u"ﾏｲﾅﾝﾊﾞｰｶｰﾄﾞ"_s;
    QTest::newRow("half-width kana stored") << u"ﾏｲﾅﾎﾟｰﾀﾙの案内"_s << u"マイナポータル"_s;
    QTest::newRow("full-width digits stored") << u"令和５年第１０回の件"_s << u"第10回"_s;
    QTest::newRow("full-width Latin query") << u"PIA の再実施"_s << u"ＰＩＡ"_s;
    QTest::newRow("case") << u"LGWAN 接続系"_s << u"lgwan"_s;
}

void TestSearch::widthVariantsMatch()
{
    QFETCH(QString, stored);
    QFETCH(QString, query);
    const Id id = addStatement(7, stored);
    const auto hits = find(query);
    QVERIFY2(std::any_of(hits.begin(), hits.end(), [&](const SearchHit &h) { return h.refId == id; }),
             qPrintable(query));
}

void TestSearch::filters()
{
    SearchRepository search(m_archive->database());
    SearchQuery q;
    q.text = u"評価書"_s;
    q.limit = 10000;
    const auto all = search.search(q);
    QVERIFY(all.size() > 10);
    QSet<QString> kinds;
    for (const SearchHit &h : all)
        kinds.insert(h.kind);
    QVERIFY(kinds.contains(u"statement"_s) && kinds.contains(u"consultation"_s) &&
            kinds.contains(u"agenda"_s));

    q.kind = u"consultation"_s;
    const auto consultations = search.search(q);
    QCOMPARE(consultations.size(), 2);
    q.kind.clear();

    q.fiscalYear = 2025;
    for (const SearchHit &h : search.search(q))
        QCOMPARE(h.fiscalYear, 2025);
    q.fiscalYear = 1990;
    QVERIFY(search.search(q).isEmpty());
    q.fiscalYear = 0;

    q.speaker = u"堀口"_s;
    const auto byHoriguchi = search.search(q);
    QVERIFY(!byHoriguchi.isEmpty());
    for (const SearchHit &h : byHoriguchi) {
        QCOMPARE(h.kind, u"statement"_s);
        QVERIFY(h.speaker.contains(u"堀口"_s));
    }
    q.speaker.clear();
    q.councilId = 999;
    QVERIFY(search.search(q).isEmpty());
}

void TestSearch::indexFollowsEdits()
{
    const Id id = addStatement(7, u"臨時の特別調査について"_s);
    QCOMPARE(find(u"特別調査"_s).size(), 1);
    StatementRepository statements(m_archive->database());
    Statement s = *statements.statement(id);
    s.text = u"定例の監査について"_s;
    statements.update(s);
    QVERIFY(find(u"特別調査"_s).isEmpty());
    QCOMPARE(find(u"定例の監査"_s).size(), 1);
    statements.remove(id);
    QVERIFY(find(u"定例の監査"_s).isEmpty());
    // Rows of other kinds too, and writes that bypass the repositories.
    sql::execute(m_archive->database(),
                 u"UPDATE consultation SET subject = '防犯カメラの設置基準' WHERE id = 1"_s);
    const auto hits = find(u"防犯カメラ"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().kind, u"consultation"_s);
}

void TestSearch::nothingThatShouldNot_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("absent word") << u"存在しない語句"_s;
    QTest::newRow("absent short") << u"鰐"_s;
    QTest::newRow("all terms required") << u"ガバメントクラウド 鰐"_s;
    QTest::newRow("FTS syntax is text") << u"評価 OR 鰐*"_s;
    QTest::newRow("quotes") << u"\"鰐\" \"\""_s;
    QTest::newRow("spaces only") << u"   "_s;
}

void TestSearch::nothingThatShouldNot()
{
    QFETCH(QString, query);
    QVERIFY(find(query).isEmpty());
}

void TestSearch::agreesWithLinearScan_data()
{
    QTest::addColumn<QString>("query");
    for (const QString &q : {u"ガバメントクラウド"_s, u"答申"_s, u"委"_s, u"評価書 委託"_s, u"ｸﾗｳﾄﾞ"_s})
        QTest::newRow(qPrintable(q)) << q;
}

void TestSearch::agreesWithLinearScan()
{
    QFETCH(QString, query);
    SearchQuery q;
    q.text = query;
    q.limit = 100000;
    SearchRepository search(m_archive->database());
    const auto hits = search.search(q);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.size(), search.linearScanCount(q));
}

// The inspection's findings and the question table are searched with everything else, follow edits,
// and are filtered by kind.
void TestSearch::piaFindingsAndQuestions()
{
    SearchRepository search(m_archive->database());
    SearchQuery q;
    q.text = u"技術的対策"_s;
    q.kind = u"pia_finding"_s;
    const auto findings = search.search(q);
    QVERIFY(!findings.isEmpty());
    QCOMPARE(findings.first().meetingId, Id(0));
    QVERIFY(findings.first().councilId != 0);
    q.kind = u"pia_question"_s;
    q.text = u"委託"_s;
    const auto questions = search.search(q);
    QVERIFY(questions.size() >= 2);
    for (const SearchHit &h : questions)
        QCOMPARE(h.kind, u"pia_question"_s);
    // An edited answer is found by its new words, no longer by the old.
    sql::execute(m_archive->database(),
                 u"UPDATE pia_question SET answer = '架空の新しい回答文' WHERE id = %1"_s.arg(
                     questions.first().refId));
    q.kind.clear();
    q.text = u"架空の新しい回答文"_s;
    QCOMPARE(search.search(q).size(), 1);
}

QTEST_GUILESS_MAIN(TestSearch)
#include "TestSearch.moc"

void TestSearch::shortTermsAtTheEndOfAText()
{
    // Found through the index's continuations of the term, which the sentinel provides at the end too.
    const Id meeting = sql::scalar(m_archive->database(), u"SELECT MIN(id) FROM meeting"_s).toLongLong();
    const Id whole = addStatement(meeting, u"鍶"_s);
    const Id end = addStatement(meeting, u"これで閉会とします、鰯鱈"_s);
    auto refs = [](const QVector<SearchHit> &hits) {
        QList<Id> ids;
        for (const SearchHit &hit : hits)
            ids << hit.refId;
        return ids;
    };
    QCOMPARE(refs(find(u"鍶"_s)), QList<Id>{whole});
    QCOMPARE(refs(find(u"鰯鱈"_s)), QList<Id>{end});
    QCOMPARE(refs(find(u"鱈"_s)), QList<Id>{end});
    QCOMPARE(find(u"鱈"_s).first().snippet, u"これで閉会とします、鰯鱈"_s);
    QVERIFY(find(u"鱈鍶"_s).isEmpty());
}

void TestSearch::countAgreesWithLinearScan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    for (const char *text :
         {"ガバメントクラウド", "答申", "議", "市", "委員 答申", "ＰＩＡ", "点検 第三者"}) {
        QTest::newRow(text) << QString::fromUtf8(text) << QString();
        QTest::newRow(QByteArray(QByteArray(text) + " statements").constData())
            << QString::fromUtf8(text) << u"statement"_s;
    }
}

void TestSearch::countAgreesWithLinearScan()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    SearchQuery q;
    q.text = text;
    q.kind = kind;
    SearchRepository search(m_archive->database());
    QCOMPARE(search.count(q), search.linearScanCount(q));
    q.limit = 1000000;
    QCOMPARE(search.search(q).size(), std::min(search.count(q), SearchRepository::rankWindow));
}
