// The publication version never carries a masked string, anywhere in the file: every name policy ×
// every record format × PDF, ODT and HTML, with a surname, a given name and a full name masked
// (by --mask and by the council's masking list). The files themselves are read back: the text layer
// and the metadata of the PDF (pdftotext, pdfinfo, XMP), every part of the ODT, the HTML source.
#include "io/DemoArchive.h"
#include "record/Publication.h"
#include "record/RecordExport.h"
#include "store/Archive.h"
#include "store/CouncilListsRepository.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/StatementRepository.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::record;

Q_DECLARE_METATYPE(kiroku::NamePolicy)

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return u"<%1 failed: %2>"_s.arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Everything a reader or a program could take out of the file, as text.
QString everythingIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    if (path.endsWith(u".html"_s))
        return QString::fromUtf8(bytes);
    if (path.endsWith(u".odt"_s))
        return run(u"unzip"_s, {u"-p"_s, path}); // content, styles, meta and manifest
    // PDF: the text layer (what search, copy and screen readers get), the Info dictionary and the XMP
    // packet. (Raw bytes are not scanned: a single kanji's two bytes occur by chance in compressed
    // streams, and the text itself is stored as glyph ids, which pdftotext maps back.)
    QString text = run(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    text += run(u"pdfinfo"_s, {u"-enc"_s, u"UTF-8"_s, path});
    text += run(u"pdfinfo"_s, {u"-meta"_s, path});
    return text;
}

} // namespace

class TestPublicLeaks : public QObject
{
    Q_OBJECT

    std::unique_ptr<Archive> m_archive;
    QTemporaryDir m_dir;
    Id m_meetingId = 0;
    Id m_councilId = 0;
    Member m_okabe;

    // The numbered format of the meeting as HTML under `policy`; `error` says why nothing was written.
    QString printHtml(NamePolicy policy, const QString &name, bool publicVersion, QString &error,
                      const QStringList &mask = {})
    {
        setPolicy(policy);
        PrintRequest request;
        request.meetingId = m_meetingId;
        request.format = u"numbered"_s;
        request.publicVersion = publicVersion;
        request.maskTerms = mask;
        const QString path = m_dir.filePath(name);
        error = printRecord(m_archive->database(), request, path).error;
        return everythingIn(path);
    }

    void setPolicy(NamePolicy policy)
    {
        CouncilRepository councils(m_archive->database());
        Council council = *councils.council(m_councilId);
        council.namePolicy = policy;
        councils.update(council);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_archive = Archive::openInMemory();
        m_councilId = DemoArchive::write(m_archive->database());
        // The meeting where 岡部 speaks most: his name is in the attendee list, the speaker labels and
        // (added below) inside statements and the signature block.
        for (const Member &m : CouncilRepository(m_archive->database()).members(m_councilId)) {
            if (m.name == u"岡部 誠"_s)
                m_okabe = m;
        }
        QVERIFY(m_okabe.id != 0);
        int best = 0;
        const MeetingRepository meetings(m_archive->database());
        for (const Meeting &meeting : meetings.meetings(m_councilId)) {
            if (meeting.status == MeetingStatus::Sealed)
                continue; // a statement is added below
            int spoken = 0;
            for (const Statement &s : StatementRepository(m_archive->database()).statements(meeting.id))
                spoken += s.memberId == m_okabe.id;
            if (spoken > best) {
                best = spoken;
                m_meetingId = meeting.id;
            }
        }
        QVERIFY2(best > 0, "the demo has a meeting where 岡部委員 speaks");
        // Named inside a statement, the way a chair calls on a member.
        StatementRepository statements(m_archive->database());
        Statement said;
        said.meetingId = m_meetingId;
        said.kind = StatementKind::Speech;
        said.speaker = u"議長"_s;
        said.text = u"岡部委員、お願いします。岡部 誠委員の御意見を伺います。岡部さん、どうぞ。"_s;
        statements.append(said);
    }

    void noMaskedStringInAnyOutput_data()
    {
        QTest::addColumn<NamePolicy>("policy");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QString>("masked");
        QTest::addColumn<bool>("onList"); // the council's masking list, else --mask
        const QList<std::pair<const char *, NamePolicy>> policies{{"full", NamePolicy::FullName},
                                                                  {"surname", NamePolicy::Surname},
                                                                  {"blank", NamePolicy::Blank},
                                                                  {"role", NamePolicy::RoleOnly},
                                                                  {"letters", NamePolicy::Letters}};
        const QStringList formats{u"numbered"_s, u"form-table"_s, u"form-sheet"_s, u"maru"_s, u"summary"_s};
        const QList<std::tuple<const char *, QString, bool>> masks{
            {"surname", u"岡部"_s, false}, {"given", u"誠"_s, false}, {"full-list", u"岡部 誠"_s, true}};
        for (const auto &[policyName, policy] : policies) {
            for (const QString &format : formats) {
                for (const QString &extension : {u"pdf"_s, u"odt"_s, u"html"_s}) {
                    for (const auto &[maskName, term, onList] : masks) {
                        QTest::addRow("%s/%s/%s/%s", policyName, qPrintable(format), qPrintable(extension),
                                      maskName)
                            << policy << format << extension << term << onList;
                    }
                }
            }
        }
    }

    void noMaskedStringInAnyOutput()
    {
        QFETCH(NamePolicy, policy);
        QFETCH(QString, format);
        QFETCH(QString, extension);
        QFETCH(QString, masked);
        QFETCH(bool, onList);
        setPolicy(policy);
        CouncilListsRepository lists(m_archive->database());
        QVector<MaskTerm> terms;
        if (onList) {
            MaskTerm entry;
            entry.councilId = m_councilId;
            entry.term = masked;
            terms << entry;
        }
        lists.setMaskTerms(m_councilId, terms);

        PrintRequest request;
        request.meetingId = m_meetingId;
        request.format = format;
        request.publicVersion = true;
        if (!onList)
            request.maskTerms << masked;
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u'/', u'-');
        const QString path = m_dir.filePath(u"public-%1.%2"_s.arg(tag, extension));
        const PrintOutcome outcome = printRecord(m_archive->database(), request, path);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        const QString contents = everythingIn(path);
        QVERIFY2(contents.size() > 1000, qPrintable(contents.left(200)));
        QVERIFY2(!contents.contains(u"failed:"_s), qPrintable(contents.left(300)));
        // Whatever its width or spacing, the masked string is nowhere in the file.
        const QString found = Masker({masked}).firstFound(contents);
        QVERIFY2(found.isEmpty(), qPrintable(u"%1 found in %2"_s.arg(found, path)));
        QVERIFY(!outcome.hits.isEmpty());
        lists.setMaskTerms(m_councilId, {});
    }

    // The same file without the mask does carry the name: the check above can fail.
    void internalVersionCarriesTheName()
    {
        setPolicy(NamePolicy::Surname);
        PrintRequest request;
        request.meetingId = m_meetingId;
        request.format = u"numbered"_s;
        for (const QString &extension : {u"pdf"_s, u"odt"_s, u"html"_s}) {
            const QString path = m_dir.filePath(u"internal."_s + extension);
            const PrintOutcome outcome = printRecord(m_archive->database(), request, path);
            QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
            const QString contents = everythingIn(path);
            QVERIFY2(!Masker({u"岡部"_s}).firstFound(contents).isEmpty(), qPrintable(extension));
            QVERIFY2(!Masker({u"誠"_s}).firstFound(contents).isEmpty(), qPrintable(extension));
        }
    }

    // A masking entry wins over the name policy: the surname policy's 岡部委員 becomes ○○委員.
    void maskingEntryWinsOverThePolicy()
    {
        QString error;
        const QString html = printHtml(NamePolicy::Surname, u"wins.html"_s, true, error, {u"岡部"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(html.contains(u"○○委員"_s));
        QVERIFY(html.contains(u"春日会長"_s) || html.contains(u"春日議長"_s) || html.contains(u"議長"_s));
    }

    // The policy's label carries the role: the attendee list does not repeat it (春日会長（会長）).
    void roleIsNotRepeated()
    {
        QString error;
        const QString html = printHtml(NamePolicy::Surname, u"roles.html"_s, true, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(html.contains(u"春日会長"_s));
        QVERIFY(!html.contains(u"春日会長（会長）"_s));
        QVERIFY(!html.contains(u"水野副会長（副会長）"_s));
        // The internal version names the person and then the role.
        const QString internal = printHtml(NamePolicy::Surname, u"roles.html"_s, false, error);
        QVERIFY(error.isEmpty());
        QVERIFY(internal.contains(u"春日 和彦（会長）"_s));
    }

    // Under a policy that hides surnames, a surname with another title (岡部さん, 春日議長) goes too.
    void surnameWithAnyTitleFollowsThePolicy()
    {
        QString error;
        const QString html = printHtml(NamePolicy::Blank, u"blank.html"_s, true, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &name : {u"岡部"_s, u"春日"_s, u"水野"_s})
            QVERIFY2(Masker({name}).firstFound(html).isEmpty(), qPrintable(name));
        QVERIFY(html.contains(u"____さん"_s));
    }

    // The file's own name may not carry a masked string either, under any policy but full names.
    void fileNameIsChecked()
    {
        setPolicy(NamePolicy::RoleOnly);
        PrintRequest request;
        request.meetingId = m_meetingId;
        request.publicVersion = true;
        const PrintOutcome outcome =
            printRecord(m_archive->database(), request, m_dir.filePath(u"岡部誠委員の発言.html"_s));
        QVERIFY(outcome.error.contains(u"岡部誠"_s));
        QVERIFY(!QFile::exists(m_dir.filePath(u"岡部誠委員の発言.html"_s)));
    }
};

QTEST_MAIN(TestPublicLeaks)
#include "TestPublicLeaks.moc"
