// The council's masking list drives the publication version in every output: PDF, ODT and HTML hold
// none of its strings in any width or spacing, the internal version keeps them, and a public file
// may not carry one in its own name.
#include "io/DemoArchive.h"
#include "record/RecordExport.h"
#include "store/Archive.h"
#include "store/CouncilListsRepository.h"
#include "store/MeetingRepository.h"
#include "store/StatementRepository.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::record;

class TestPublicationList : public QObject
{
    Q_OBJECT

    std::unique_ptr<Archive> m_archive;
    Id m_council = 0;
    Id m_meeting = 0;
    QTemporaryDir m_dir;

    static QString run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            return u"<failed %1>"_s.arg(program);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // Every character a reader or a program could get out of the file.
    static QString everything(const QString &path)
    {
        if (path.endsWith(u".pdf"_s))
            return run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s}) +
                   run(u"pdfinfo"_s, {u"-meta"_s, path}) + run(u"pdfinfo"_s, {path}) +
                   run(u"qpdf"_s, {u"--qdf"_s, u"--object-streams=disable"_s, path, u"-"_s});
        if (path.endsWith(u".odt"_s))
            return run(u"unzip"_s, {u"-p"_s, path});
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_archive = Archive::openInMemory();
        m_council = DemoArchive::write(m_archive->database());
        m_meeting = MeetingRepository(m_archive->database()).meetings(m_council).at(2).id;
        // The list as a clerk keeps it, and the record saying its entries in other spellings.
        CouncilListsRepository lists(m_archive->database());
        QVector<MaskTerm> terms = lists.maskTerms(m_council);
        MaskTerm blank;
        blank.term = u"090-1234-5678"_s;
        blank.replacement.clear(); // blanked, not ○○
        terms << blank;
        MaskTerm reading; // a name's reading is an entry of its own; any width of it is masked
        reading.term = u"ヤマギシ"_s;
        terms << reading;
        lists.setMaskTerms(m_council, terms);
        Statement s;
        s.meetingId = m_meeting;
        s.speaker = u"事務局"_s;
        s.text =
            u"ﾔﾏｷﾞｼ様ではなく山岸聡子様、山岸　聡子様とも書かれ、住所は緑町三丁目、電話は０９０−１２３４−５６７８です。"_s;
        StatementRepository(m_archive->database()).append(s);
    }

    void noOutputHoldsAListedString_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("pdf") << u".pdf"_s;
        QTest::newRow("odt") << u".odt"_s;
        QTest::newRow("html") << u".html"_s;
    }

    void noOutputHoldsAListedString()
    {
        QFETCH(QString, suffix);
        PrintRequest request;
        request.meetingId = m_meeting;
        const QString internalPath = m_dir.filePath(u"internal"_s + suffix);
        PrintOutcome outcome = printRecord(m_archive->database(), request, internalPath);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        const QString internal = everything(internalPath);
        // The check below could pass on an empty file: the internal version does say the names.
        QVERIFY(internal.contains(u"山岸"_s));
        QVERIFY(internal.contains(u"緑町三丁目"_s));

        request.publicVersion = true;
        const QString publicPath = m_dir.filePath(u"public"_s + suffix);
        outcome = printRecord(m_archive->database(), request, publicPath);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        const QString published = everything(publicPath);
        QVERIFY(published.contains(u"○○"_s));
        const QString key = Masker::key(published);
        for (const QString &term :
             {u"山岸"_s, u"ヤマギシ"_s, u"緑町三丁目"_s, u"090-1234-5678"_s, u"09012345678"_s})
            QVERIFY2(!key.contains(Masker::key(term)), qPrintable(term));
        for (const QString &raw : {u"山岸"_s, u"ﾔﾏｷﾞｼ"_s, u"緑町"_s, u"０９０"_s})
            QVERIFY2(!published.contains(raw), qPrintable(raw));
    }

    void everyPlaceIsReported()
    {
        PrintRequest request;
        request.meetingId = m_meeting;
        request.publicVersion = true;
        PrintOutcome outcome;
        const auto prepared = prepareRecord(m_archive->database(), request, outcome);
        QVERIFY(prepared);
        QStringList found;
        for (const MaskHit &hit : outcome.hits) {
            found << hit.found;
            QVERIFY(!hit.where.isEmpty());
            QVERIFY(!Masker::key(hit.context).contains(Masker::key(u"山岸"_s)));
        }
        // The demo's two statements and the one added here, each spelling on its own.
        QVERIFY2(found.contains(u"山岸 聡子"_s), qPrintable(found.join(u'|')));
        QVERIFY(found.contains(u"山岸聡子"_s));
        QVERIFY(found.contains(u"山岸　聡子"_s));
        QVERIFY(found.contains(u"０９０−１２３４−５６７８"_s));
        QVERIFY(found.count(u"緑町三丁目"_s) >= 2);
    }

    void fileNameMayNotLeak()
    {
        PrintRequest request;
        request.meetingId = m_meeting;
        request.publicVersion = true;
        const QString path = m_dir.filePath(u"山岸聡子様の件.pdf"_s);
        const PrintOutcome outcome = printRecord(m_archive->database(), request, path);
        QVERIFY(outcome.error.contains(u"file name"_s));
        QVERIFY(!QFile::exists(path));
        // The internal version may be named as the clerk likes.
        request.publicVersion = false;
        QVERIFY(printRecord(m_archive->database(), request, path).error.isEmpty());
        QVERIFY(QFile::exists(path));
    }
};

QTEST_MAIN(TestPublicationList)
#include "TestPublicationList.moc"
