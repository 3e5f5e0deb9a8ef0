// The transcript import through the store: speakers matched against the demo council's people, the
// import applied as one undoable step (undo removes exactly its statements, redo brings them back with
// their ids), headings that name agenda items, and refusals that leave the archive untouched.
#include "commands/Document.h"
#include "commands/TranscriptCommands.h"
#include "io/DemoArchive.h"
#include "store/AgendaRepository.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/StatementRepository.h"
#include "transcript/TranscriptImport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;
using namespace kiroku::transcript;

namespace {

QString fixture(const QString &name)
{
    QFile file(QStringLiteral(KIROKU_FIXTURES_DIR) + u"/transcripts/"_s + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

struct Fixture
{
    Document document{Archive::openInMemory()};
    Id councilId = 0;
    Id meetingId = 0; // the demo's last meeting: no statements yet
    QVector<Member> members;
    QVector<Staff> staff;

    Fixture()
    {
        councilId = DemoArchive::write(document.database());
        const QVector<Meeting> meetings = MeetingRepository(db()).meetings(councilId);
        for (const Meeting &m : meetings) {
            if (StatementRepository(db()).count(m.id) == 0)
                meetingId = m.id;
        }
        members = CouncilRepository(db()).members(councilId);
        staff = CouncilRepository(db()).staff(councilId);
    }
    QSqlDatabase db() const { return document.database(); }
    int count() const { return StatementRepository(db()).count(meetingId); }
    Id member(const QString &surname) const
    {
        for (const Member &m : members) {
            if (m.surname() == surname)
                return m.id;
        }
        return 0;
    }
    Id staffOf(const QString &organisation, const QString &title = {}) const
    {
        for (const Staff &s : staff) {
            if (s.organisation == organisation && (title.isEmpty() || s.title == title))
                return s.id;
        }
        return 0;
    }
};

const SpeakerMapping *mappingOf(const TranscriptPlan &plan, const QString &label)
{
    for (const SpeakerMapping &s : plan.speakers) {
        if (s.label == label)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestTranscriptImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void speakersAreMatched();
    void importIsOneUndoStep();
    void correctedMappingIsApplied();
    void headingsChooseAgendaItems();
    void refusalsChangeNothing();
    void unknownMeeting();
};

void TestTranscriptImport::speakersAreMatched()
{
    Fixture f;
    QVERIFY(f.meetingId != 0);
    const TranscriptPlan plan = TranscriptImport::plan(f.db(), f.meetingId, fixture(u"paren.txt"_s));
    QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
    QCOMPARE(plan.speakerCount(), 5);
    QCOMPARE(plan.matchedSpeakerCount(), 4);
    QCOMPARE(mappingOf(plan, u"事務局"_s)->staffId, f.staffOf(u"総務部総務課"_s, u"課長"_s));
    QCOMPARE(mappingOf(plan, u"議長"_s)->memberId, f.member(u"春日"_s)); // the president chairs
    QCOMPARE(mappingOf(plan, u"情報政策課"_s)->staffId, f.staffOf(u"デジタル推進部情報政策課"_s));
    QCOMPARE(mappingOf(plan, u"青葉台システムサービス"_s)->staffId,
             f.staffOf(u"株式会社青葉台システムサービス"_s));
    QVERIFY(!mappingOf(plan, u"____委員"_s)->matched()); // a masked name is nobody in particular
    // The mapping is on every turn of the label.
    for (const ParsedTurn &turn : plan.turns) {
        if (turn.speaker == u"議長"_s)
            QCOMPARE(turn.memberId, f.member(u"春日"_s));
    }

    const TranscriptPlan maru = TranscriptImport::plan(f.db(), f.meetingId, fixture(u"maru.txt"_s));
    QCOMPARE(mappingOf(maru, u"会長"_s)->memberId, f.member(u"春日"_s));
    QCOMPARE(mappingOf(maru, u"島田委員"_s)->memberId, f.member(u"島田"_s));
    QCOMPARE(mappingOf(maru, u"総務課長"_s)->staffId, f.staffOf(u"総務部総務課"_s, u"課長"_s));
    QCOMPARE(mappingOf(maru, u"情報政策課長"_s)->staffId, f.staffOf(u"デジタル推進部情報政策課"_s));
    QVERIFY(!mappingOf(maru, u"国保・年金課長"_s)->matched());

    const TranscriptPlan bracket = TranscriptImport::plan(f.db(), f.meetingId, fixture(u"bracket.txt"_s));
    QCOMPARE(mappingOf(bracket, u"春日会長(議長)"_s)->memberId, f.member(u"春日"_s));
    QCOMPARE(mappingOf(bracket, u"水野副会長"_s)->memberId, f.member(u"水野"_s));
    QCOMPARE(mappingOf(bracket, u"市民課長"_s)->staffId, f.staffOf(u"市民部市民課"_s));
    QCOMPARE(bracket.matchedSpeakerCount(), 4);
}

void TestTranscriptImport::importIsOneUndoStep()
{
    Fixture f;
    const TranscriptPlan plan = TranscriptImport::plan(f.db(), f.meetingId, fixture(u"paren.txt"_s));
    QCOMPARE(plan.statementCount(), 15);
    QSignalSpy changed(&f.document, &Document::statementsChanged);
    auto *command = new ImportTranscriptCommand(&f.document, f.meetingId, plan);
    QVERIFY(f.document.push(command));
    QCOMPARE(f.document.undoStack()->count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<Id>(), f.meetingId);

    const QVector<Statement> imported = StatementRepository(f.db()).statements(f.meetingId);
    QCOMPARE(imported.size(), 15);
    QCOMPARE(command->statementIds().size(), 15);
    for (qsizetype i = 0; i < imported.size(); ++i) {
        QCOMPARE(imported.at(i).id, command->statementIds().at(i));
        QCOMPARE(imported.at(i).position, int(i));
        QCOMPARE(imported.at(i).kind, plan.turns.at(i).kind);
        QCOMPARE(imported.at(i).text, plan.turns.at(i).text);
        QCOMPARE(imported.at(i).speaker, plan.turns.at(i).speaker);
    }
    QCOMPARE(imported.at(0).staffId, f.staffOf(u"総務部総務課"_s, u"課長"_s));
    QCOMPARE(imported.at(2).memberId, f.member(u"春日"_s));
    QCOMPARE(imported.at(1).kind, StatementKind::StageDirection);
    QCOMPARE(imported.at(1).text, u"(会長及び副会長の選出)"_s);
    QCOMPARE(imported.at(7).speaker, u"____委員"_s);
    QCOMPARE(imported.at(7).memberId, Id(0));

    f.document.undoStack()->undo();
    QCOMPARE(f.count(), 0);
    QCOMPARE(changed.count(), 2);
    f.document.undoStack()->redo();
    const QVector<Statement> again = StatementRepository(f.db()).statements(f.meetingId);
    QCOMPARE(again, imported); // same ids, positions and texts
    f.document.undoStack()->undo();
    QCOMPARE(f.count(), 0);
    QCOMPARE(f.document.undoStack()->count(), 1);

    // Appended after what is there already: a second import in the same meeting.
    f.document.undoStack()->redo();
    QVERIFY(f.document.push(new ImportTranscriptCommand(
        &f.document, f.meetingId, TranscriptImport::plan(f.db(), f.meetingId, fixture(u"table.txt"_s)))));
    QCOMPARE(f.count(), 22);
    QCOMPARE(StatementRepository(f.db()).statements(f.meetingId).at(15).speaker, u"事務局"_s);
    f.document.undoStack()->undo();
    QCOMPARE(StatementRepository(f.db()).statements(f.meetingId), imported);
}

void TestTranscriptImport::correctedMappingIsApplied()
{
    Fixture f;
    TranscriptPlan plan = TranscriptImport::plan(f.db(), f.meetingId, fixture(u"maru.txt"_s));
    // The clerk knows 国保・年金課長 was the 市民課 presenter today, and 島田委員 was really 野村.
    for (SpeakerMapping &s : plan.speakers) {
        if (s.label == u"国保・年金課長"_s)
            s.staffId = f.staffOf(u"市民部市民課"_s);
        if (s.label == u"島田委員"_s)
            s.memberId = f.member(u"野村"_s);
    }
    QVERIFY(f.document.push(new ImportTranscriptCommand(&f.document, f.meetingId, plan)));
    int checked = 0;
    for (const Statement &s : StatementRepository(f.db()).statements(f.meetingId)) {
        if (s.speaker == u"国保・年金課長"_s) {
            QCOMPARE(s.staffId, f.staffOf(u"市民部市民課"_s));
            ++checked;
        }
        if (s.speaker == u"島田委員"_s) {
            QCOMPARE(s.memberId, f.member(u"野村"_s));
            ++checked;
        }
    }
    QCOMPARE(checked, 2);
}

void TestTranscriptImport::headingsChooseAgendaItems()
{
    Fixture f;
    AgendaRepository agenda(f.db());
    for (const AgendaItem &item : agenda.items(f.meetingId))
        agenda.remove(item.id);
    AgendaItem opening;
    opening.meetingId = f.meetingId;
    opening.kind = AgendaKind::Other;
    opening.number = u"(1)"_s;
    opening.title = u"開会"_s;
    opening.id = agenda.insert(opening);
    AgendaItem consultation;
    consultation.meetingId = f.meetingId;
    consultation.kind = AgendaKind::Consultation;
    consultation.position = 1;
    consultation.number = u"諮問第12号"_s;
    consultation.title = u"住民基本台帳に関する事務の評価書について"_s;
    consultation.id = agenda.insert(consultation);

    const TranscriptPlan plan = TranscriptImport::plan(f.db(), f.meetingId, fixture(u"maru.txt"_s));
    QVERIFY(f.document.push(new ImportTranscriptCommand(&f.document, f.meetingId, plan, opening.id)));
    const QVector<Statement> statements = StatementRepository(f.db()).statements(f.meetingId);
    QCOMPARE(statements.size(), 14);
    // Up to the heading "ア　諮問第12号" everything goes to the chosen item, from there on to 諮問第12号.
    for (qsizetype i = 0; i < statements.size(); ++i) {
        QCOMPARE(statements.at(i).agendaItemId, i < 5 ? opening.id : consultation.id);
    }
    QCOMPARE(statements.at(5).text, u"ア　諮問第12号"_s);
}

void TestTranscriptImport::refusalsChangeNothing()
{
    Fixture f;
    QSignalSpy failed(&f.document, &Document::failed);
    const TranscriptPlan plan = TranscriptImport::plan(f.db(), f.meetingId, fixture(u"bare.txt"_s));

    // An agenda item of another meeting.
    QVERIFY(!f.document.push(new ImportTranscriptCommand(&f.document, f.meetingId, plan, 999999)));
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.last().first().toString().contains(u"agenda item"_s));

    // A plan that found nothing.
    const TranscriptPlan empty = TranscriptImport::plan(f.db(), f.meetingId, u"ただの文章です。\n"_s);
    QVERIFY(!empty.error.isEmpty());
    QVERIFY(!f.document.push(new ImportTranscriptCommand(&f.document, f.meetingId, empty)));
    QCOMPARE(failed.last().first().toString(), empty.error);

    // A signed record.
    Meeting meeting = *MeetingRepository(f.db()).meeting(f.meetingId);
    meeting.status = MeetingStatus::Signed;
    MeetingRepository(f.db()).update(meeting);
    QVERIFY(!f.document.push(new ImportTranscriptCommand(&f.document, f.meetingId, plan)));
    QVERIFY(failed.last().first().toString().contains(u"signed"_s));

    QCOMPARE(f.count(), 0);
    QCOMPARE(f.document.undoStack()->count(), 0);
}

void TestTranscriptImport::unknownMeeting()
{
    Fixture f;
    QVERIFY_THROWS_EXCEPTION(StoreError, TranscriptImport::plan(f.db(), 424242, fixture(u"bare.txt"_s)));
    try {
        TranscriptImport::plan(f.db(), 424242, fixture(u"bare.txt"_s));
    } catch (const StoreError &error) {
        QVERIFY2(error.message().contains(u"424242"_s), qPrintable(error.message()));
    }
}

QTEST_GUILESS_MAIN(TestTranscriptImport)
#include "TestTranscriptImport.moc"
