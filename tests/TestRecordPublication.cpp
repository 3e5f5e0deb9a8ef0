// The publication version's masking: width and spacing variants, the report of every place, and
// the masked strings absent from the built document.
#include "io/DemoArchive.h"
#include "record/Publication.h"
#include "record/RecordBuilder.h"
#include "store/Archive.h"
#include "store/MeetingRepository.h"
#include "store/StatementRepository.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::record;

class TestRecordPublication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variants_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("same") << u"山田 太郎"_s << u"山田 太郎さん"_s << u"○○さん"_s;
        QTest::newRow("no space") << u"山田 太郎"_s << u"山田太郎さん"_s << u"○○さん"_s;
        QTest::newRow("ideographic space") << u"山田太郎"_s << u"山田　太郎さん"_s << u"○○さん"_s;
        QTest::newRow("spaced out") << u"山田太郎"_s << u"故 山 田 太 郎 氏"_s << u"故 ○○ 氏"_s;
        QTest::newRow("half-width kana") << u"ヤマダ タロウ"_s << u"ﾔﾏﾀﾞﾀﾛｳ名義"_s << u"○○名義"_s;
        QTest::newRow("full-width latin") << u"Yamada Taro"_s << u"ＹＡＭＡＤＡ　Ｔａｒｏ氏"_s << u"○○氏"_s;
        QTest::newRow("address digits")
            << u"緑町1-2-3"_s << u"青葉台市緑町１－２－３です"_s << u"青葉台市○○です"_s;
        QTest::newRow("twice") << u"山田"_s << u"山田と山田"_s << u"○○と○○"_s;
        QTest::newRow("not inside a voiced kana") << u"カ"_s << u"ガス"_s << u"ガス"_s;
        QTest::newRow("nothing") << u"山田"_s << u"本日は晴天"_s << u"本日は晴天"_s;
    }

    void variants()
    {
        QFETCH(QString, term);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(Masker({term}).apply(text), expected);
    }

    void longestTermWins()
    {
        const Masker masker({u"山田"_s, u"山田 太郎"_s});
        QVector<MaskHit> hits;
        QCOMPARE(masker.apply(u"山田 太郎さんと山田さん"_s, u"発言 1"_s, &hits), u"○○さんと○○さん"_s);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).term, u"山田 太郎"_s);
        QCOMPARE(hits.at(0).found, u"山田 太郎"_s);
        QCOMPARE(hits.at(0).replacement, u"○○"_s);
        QCOMPARE(hits.at(1).term, u"山田"_s);
    }

    void reportNamesEveryPlace()
    {
        QFile file(QStringLiteral(KIROKU_FIXTURES_DIR) + u"/record/masking.txt"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        const Masker masker({u"山田 太郎"_s, u"ヤマダタロウ"_s, u"Yamada Taro"_s, u"緑町1-2-3"_s});
        QVector<MaskHit> hits;
        for (int i = 0; i < lines.size(); ++i) {
            const QString out = masker.apply(lines.at(i), u"発言 %1"_s.arg(i + 1), &hits);
            for (const QString &leak :
                 {u"山田"_s, u"太郎"_s, u"ﾔﾏﾀﾞ"_s, u"ヤマダ"_s, u"ＹＡＭＡＤＡ"_s, u"緑町"_s})
                QVERIFY2(!out.contains(leak), qPrintable(out));
        }
        QCOMPARE(hits.size(), 6);
        QCOMPARE(hits.at(0).where, u"発言 1"_s);
        QCOMPARE(hits.at(3).where, u"発言 2"_s);
        for (const MaskHit &hit : std::as_const(hits)) {
            QVERIFY(hit.context.contains(u"○○"_s));
            QVERIFY2(!Masker::key(hit.context).contains(Masker::key(u"山田"_s)), qPrintable(hit.context));
        }
    }

    // A name printed as it stood (岡部委員 under the surname policy) is no place for the clerk to check.
    void unchangedIsNoHit()
    {
        Masker masker;
        masker.add(u"岡部委員"_s, u"岡部委員"_s);
        masker.add(u"岡部"_s, u"岡部委員"_s);
        QVector<MaskHit> hits;
        QCOMPARE(masker.apply(u"岡部委員と岡部さん"_s, u"発言 1"_s, &hits), u"岡部委員と岡部委員さん"_s);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().found, u"岡部"_s);
    }

    void namePolicies()
    {
        Member okabe{3, 1, u"岡部 誠"_s, {}, MemberRole::Member, {}, {}, {}, {}, 0};
        Member kitagawa{4, 1, u"北川 由美"_s, {}, MemberRole::Member, {}, {}, {}, {}, 0};
        Member kasuga{1, 1, u"春日 和彦"_s, {}, MemberRole::President, {}, {}, {}, {}, 0};
        QCOMPARE(MemberNamer(NamePolicy::FullName, u"____"_s).label(okabe), u"岡部誠委員"_s);
        QCOMPARE(MemberNamer(NamePolicy::Surname, u"____"_s).label(okabe), u"岡部委員"_s);
        QCOMPARE(MemberNamer(NamePolicy::Blank, u"____"_s).label(okabe), u"____委員"_s);
        QCOMPARE(MemberNamer(NamePolicy::RoleOnly, u"____"_s).label(kasuga), u"会長"_s);
        MemberNamer letters(NamePolicy::Letters, u"____"_s);
        QCOMPARE(letters.label(kitagawa), u"委員A"_s);
        QCOMPARE(letters.label(okabe), u"委員B"_s);
        QCOMPARE(letters.label(kitagawa), u"委員A"_s); // consistent within the record
        QCOMPARE(letters.label(kasuga), u"会長"_s);
    }

    void publicDocumentHasNoMaskedString()
    {
        auto archive = Archive::openInMemory();
        const Id council = DemoArchive::write(archive->database());
        const Meeting meeting = MeetingRepository(archive->database()).meetings(council).at(5);
        QFile file(QStringLiteral(KIROKU_FIXTURES_DIR) + u"/record/masking.txt"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        StatementRepository statements(archive->database());
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
            Statement s;
            s.meetingId = meeting.id;
            s.kind = StatementKind::Speech;
            s.speaker = u"事務局"_s;
            s.text = line;
            statements.append(s);
        }
        const auto data = RecordData::load(archive->database(), meeting.id);
        QVERIFY(data);
        const auto format = FormatLibrary().format(u"numbered"_s);
        RecordOptions options;
        options.publicVersion = true;
        options.maskTerms = {u"山田 太郎"_s, u"ヤマダタロウ"_s, u"Yamada Taro"_s, u"緑町1-2-3"_s,
                             u"水野 理恵"_s};
        const BuiltRecord built = RecordBuilder::build(*data, *format, options);
        const QString text = built.document->toPlainText();
        const QString key = Masker::key(text);
        for (const QString &term : options.maskTerms)
            QVERIFY2(!key.contains(Masker::key(term)), qPrintable(term));
        QVERIFY(built.hits.size() >= 6);
        // The internal version keeps them.
        const BuiltRecord internal = RecordBuilder::build(*data, *format, {});
        QVERIFY(internal.document->toPlainText().contains(u"山田　太郎"_s));
        QVERIFY(internal.hits.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRecordPublication)
#include "TestRecordPublication.moc"
