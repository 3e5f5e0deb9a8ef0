// Letters from formats: the 諮問書 and 答申書 of the demo's 諮問第12号 and the 次第 and 開催通知 of its
// last meeting, read back with pdftotext (和暦 dates, history, agenda); formats with mistakes refused
// with the file and key named; a user format beside the archive used instead of the shipped one.
#include "io/DemoArchive.h"
#include "letters/Letter.h"
#include "model/AgendaNumbering.h"
#include "record/RecordBuilder.h"
#include "store/AgendaRepository.h"
#include "store/Archive.h"
#include "store/ConsultationRepository.h"
#include "store/MeetingRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::letters;

class TestLetters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Archive> m_archive;
    Id m_council = 0;
    Id m_twelve = 0; // 諮問第12号: received 令和8年5月21日, continued twice, answered 令和8年11月12日
    Id m_meeting = 0; // its last meeting

    static QString textOf(const QString &path)
    {
        QProcess p;
        // -layout keeps each printed line whole (right-aligned and indented lines included).
        p.start(u"pdftotext"_s, {u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput()).remove(u'\n').remove(u' ').remove(u'\u3000');
    }

    QString write(LetterRequest request, const QString &name, LetterOutcome *outcome = nullptr)
    {
        const QString path = m_dir.filePath(name);
        const LetterOutcome o = writeLetter(m_archive->database(), request, path);
        if (outcome)
            *outcome = o;
        return o.error.isEmpty() ? textOf(path) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_archive = Archive::openInMemory();
        m_council = DemoArchive::write(m_archive->database());
        for (const Consultation &c : ConsultationRepository(m_archive->database()).consultations(m_council)) {
            if (c.number == 12)
                m_twelve = c.id;
        }
        QVERIFY(m_twelve);
        m_meeting = ConsultationRepository(m_archive->database()).responses(m_twelve).constLast().meetingId;
        QVERIFY(m_meeting);
    }

    void consultationRequest()
    {
        LetterRequest r;
        r.kind = LetterKind::ConsultationRequest;
        r.consultationId = m_twelve;
        LetterOutcome outcome;
        const QString text = write(r, u"shimon.pdf"_s, &outcome);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QCOMPARE(outcome.pageCount, 1);
        QVERIFY2(text.contains(u"諮問第12号"_s), qPrintable(text));
        QVERIFY(text.contains(u"令和8年5月21日"_s)); // the date received
        QVERIFY(text.contains(u"青葉台市長"_s));
        QVERIFY(text.contains(u"（諮問）"_s));
        QVERIFY(text.contains(u"会長春日和彦様"_s));
        // A date given on request replaces it.
        r.date = {2026, 5, 20};
        QVERIFY(write(r, u"shimon2.pdf"_s).contains(u"令和8年5月20日"_s));
    }

    void response()
    {
        LetterRequest r;
        r.kind = LetterKind::Response;
        r.consultationId = m_twelve;
        LetterOutcome outcome;
        const QString text = write(r, u"toshin.pdf"_s, &outcome);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(text.contains(u"答申第12号"_s));
        QVERIFY(text.contains(u"令和8年11月12日"_s));
        QVERIFY(text.contains(u"令和8年5月21日付け諮問第12号で諮問のあった"_s));
        QVERIFY(text.contains(u"妥当であると認められる"_s));
        // The history of the three meetings and the subcommittee's two, in order, with outcome and vote.
        const qsizetype first = text.indexOf(u"令和8年5月21日令和8年度第1回継続審議（異議なし）"_s);
        const qsizetype second = text.indexOf(u"令和8年8月27日令和8年度第2回小委員会付託（異議なし）"_s);
        const qsizetype sub = text.indexOf(u"審査終了"_s);
        const qsizetype third = text.indexOf(u"令和8年11月12日令和8年度第3回答申（全員挙手）"_s);
        QVERIFY2(first > 0 && second > first && sub > second && third > sub, qPrintable(text));
        QVERIFY(text.contains(u"評価書点検小委員"_s)); // the name may wrap in its narrow column
        QCOMPARE(outcome.values.value(u"chair"_s), u"春日 和彦"_s);

        // Without opinions (付帯意見) their heading goes too.
        ConsultationRepository repository(m_archive->database());
        Response last = repository.responses(m_twelve).constLast();
        const QString opinions = last.opinions;
        last.opinions.clear();
        repository.update(last);
        const QString without = write(r, u"toshin2.pdf"_s);
        last.opinions = opinions;
        repository.update(last);
        QVERIFY(!without.isEmpty());
        QCOMPARE(without.contains(u"付帯意見"_s), false);
        QCOMPARE(text.contains(u"付帯意見"_s), !opinions.isEmpty());
    }

    void agendaAndNotice()
    {
        LetterRequest r;
        r.kind = LetterKind::AgendaSheet;
        r.meetingId = m_meeting;
        const QString sheet = write(r, u"shidai.pdf"_s);
        QVERIFY2(sheet.contains(u"次第"_s), qPrintable(sheet));
        QVERIFY(sheet.contains(u"令和8年度第3回青葉台市情報公開・個人情報保護審議会"_s));
        QVERIFY(sheet.contains(u"令和8年11月12日(木)"_s));
        QVERIFY(sheet.indexOf(u"1開会"_s) < sheet.indexOf(u"(1)諮問第12号"_s));
        QVERIFY(sheet.indexOf(u"(1)諮問第12号"_s) < sheet.indexOf(u"3閉会"_s));
        QVERIFY(sheet.contains(u"配布資料資料1諮問書（写し）"_s));

        r.kind = LetterKind::MeetingNotice;
        r.date = {2026, 10, 30};
        const QString notice = write(r, u"tsuchi.pdf"_s);
        QVERIFY(notice.startsWith(u"令和8年10月30日"_s));
        QVERIFY(notice.contains(u"の開催について（通"_s));
        QVERIFY(notice.contains(u"１日時令和8年11月12日(木)午後2時00分から"_s));
    }

    // The record of each meeting that dealt with 諮問第12号 shows that meeting's outcome and vote.
    void recordsShowOutcomes()
    {
        const QSqlDatabase db = m_archive->database();
        const auto format = record::FormatLibrary().format(u"form-table"_s);
        QVERIFY(format);
        const QVector<AgendaItem> items = AgendaRepository(db).itemsOfConsultation(m_twelve);
        QCOMPARE(items.size(), 3);
        int continued = 0, referred = 0, answered = 0;
        for (const AgendaItem &item : items) {
            const auto data = record::RecordData::load(db, item.meetingId);
            QVERIFY(data);
            const QString text = record::RecordBuilder::build(*data, *format).document->toPlainText();
            // Agenda rows are numbered by the council's style: (1) here.
            const QString line = agendaLine(data->council.agendaNumbering, item.position, item);
            QVERIFY(line.startsWith(u"(1)　諮問第12号"_s));
            if (text.contains(line + u"（継続審議・異議なし）"_s))
                ++continued;
            else if (text.contains(line + u"（小委員会付託・異議なし）"_s))
                ++referred;
            else if (text.contains(line + u"（答申・全員挙手）"_s))
                ++answered;
            else
                QFAIL(qPrintable(u"no outcome for "_s + line));
        }
        QCOMPARE(continued, 1);
        QCOMPARE(referred, 1);
        QCOMPARE(answered, 1);
    }

    void refusals()
    {
        // No response yet: the 答申書 is refused with the reason, and nothing is written.
        ConsultationRepository repository(m_archive->database());
        Consultation fresh;
        fresh.councilId = m_council;
        fresh.number = 13;
        fresh.fiscalYear = 2026;
        fresh.receivedDate = {2026, 11, 20};
        fresh.subject = u"新しい件名"_s;
        fresh.id = repository.insert(fresh);
        LetterRequest r;
        r.kind = LetterKind::Response;
        r.consultationId = fresh.id;
        LetterOutcome outcome;
        QVERIFY(write(r, u"none.pdf"_s, &outcome).isEmpty());
        QVERIFY2(outcome.error.contains(u"no response yet"_s), qPrintable(outcome.error));
        QVERIFY(!QFile::exists(m_dir.filePath(u"none.pdf"_s)));
        r.consultationId = 9999;
        QVERIFY(write(r, u"none.pdf"_s, &outcome).isEmpty());
        QVERIFY(outcome.error.contains(u"9999"_s));
        r.kind = LetterKind::AgendaSheet;
        r.meetingId = m_meeting;
        r.format = u"shimon"_s; // a format of another kind
        QVERIFY(write(r, u"none.pdf"_s, &outcome).isEmpty());
        QVERIFY(outcome.error.contains(u"agenda_sheet"_s));
    }

    void formatErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addRow("not json") << QByteArray("{") << u"not valid JSON"_s;
        QTest::addRow("unknown key") << QByteArray(
                                            R"({"kind":"response","blocks":[{"text":"x"}],"colour":1})")
                                     << u"colour: unknown key"_s;
        QTest::addRow("unknown kind")
            << QByteArray(R"({"kind":"memo","blocks":[{"text":"x"}]})") << u"kind:"_s;
        QTest::addRow("unknown placeholder")
            << QByteArray(R"({"kind":"consultation_request","blocks":[{"text":"{conclusion}"}]})")
            << u"blocks[0].text: unknown placeholder {conclusion}"_s;
        QTest::addRow("part of another kind")
            << QByteArray(R"({"kind":"consultation_request","blocks":[{"generated":"agenda"}]})")
            << u"blocks[0].generated"_s;
        QTest::addRow("both text and part")
            << QByteArray(R"({"kind":"agenda_sheet","blocks":[{"text":"a","generated":"agenda"}]})")
            << u"blocks[0]: needs either text or generated"_s;
        QTest::addRow("bad align") << QByteArray(
                                          R"({"kind":"agenda_sheet","blocks":[{"text":"a","align":"up"}]})")
                                   << u"blocks[0].align"_s;
        QTest::addRow("no blocks") << QByteArray(R"({"kind":"agenda_sheet","blocks":[]})") << u"blocks:"_s;
    }

    void formatErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const LetterFormatLoad load = parseLetterFormat(json, u"mine"_s, u"letters/mine.json"_s);
        QVERIFY(!load.format);
        QVERIFY2(load.errors.join(u'\n').contains(expected), qPrintable(load.errors.join(u'\n')));
        QVERIFY(load.errors.first().startsWith(u"letters/mine.json"_s));
    }

    void shippedFormatsAreValid()
    {
        const LetterLibrary library;
        QVERIFY2(library.problems().isEmpty(), qPrintable(library.problems().join(u'\n')));
        QCOMPARE(library.names().size(), 6);
        for (LetterKind kind :
             {LetterKind::ConsultationRequest, LetterKind::Response, LetterKind::AgendaSheet,
              LetterKind::MeetingNotice, LetterKind::PiaResultSheet, LetterKind::PiaResponseParagraph})
            QVERIFY(library.defaultFor(kind));
    }

    void userFormatOverrides()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(u"letters"_s));
        QFile file(m_dir.filePath(u"letters/shidai.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"label":"次第（当市）","kind":"agenda_sheet","blocks":[
            {"text":"{meeting}　会議次第","align":"center"},{"generated":"agenda"}]})");
        file.close();
        LetterRequest r;
        r.kind = LetterKind::AgendaSheet;
        r.meetingId = m_meeting;
        r.formatFolders << m_dir.filePath(u"letters"_s);
        const QString text = write(r, u"own.pdf"_s);
        QVERIFY2(text.startsWith(u"令和8年度第3回会議次第"_s), qPrintable(text));
        QVERIFY(!text.contains(u"配布資料"_s));
    }
};

// Not GUILESS: laying out and embedding fonts needs a QGuiApplication (offscreen in the tests).
QTEST_MAIN(TestLetters)
#include "TestLetters.moc"
