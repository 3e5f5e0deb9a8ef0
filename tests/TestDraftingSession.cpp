// The drafting session without a window: commits stamped by the injected clock, the next expected
// speaker, type-ahead and number keys, the palette's live values, agenda headings, attendance changes
// during the meeting and the recovery of the line being typed.
#include "DraftingFixture.h"
#include "drafting/DraftedFacts.h"
#include "drafting/DraftingSession.h"
#include "store/Archive.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;

namespace {

struct Fixture
{
    Document document{Archive::openInMemory()};
    test::DraftingData data = test::writeDraftingData(document.database());
    ManualClock clock{QDateTime(QDate(2025, 8, 28), QTime(14, 0, 5))};

    std::unique_ptr<DraftingSession> open()
    {
        auto session = std::make_unique<DraftingSession>(&document, data.meeting.id, clock);
        if (!session->open())
            return nullptr;
        return session;
    }
    QVector<Statement> statements()
    {
        return StatementRepository(document.database()).statements(data.meeting.id);
    }
};

QStringList labels(const QVector<Speaker> &speakers)
{
    QStringList result;
    for (const Speaker &s : speakers)
        result << s.label;
    return result;
}

} // namespace

class TestDraftingSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commitStampsClockAndAlternates();
    void sameSpeakerMode();
    void stageDirectionLine();
    void typeAheadAndNumberKeys();
    void paletteLiveValues();
    void headingsFromAgenda();
    void attendanceDuringMeeting();
    void draftLineIsRecovered();
    void commitClearsDraftAtomically();
    void undoOfCommitIsOneStep();
    void draftedFactsRead();
    void draftedFactsCarriedInOneStep();
    void missedStatementInserted();
};

void TestDraftingSession::commitStampsClockAndAlternates()
{
    Fixture f;
    auto session = f.open();
    QVERIFY(session);
    QCOMPARE(session->entrySpeaker().label, u"議長"_s);
    QVERIFY(!session->recovery().recovered);
    session->setEntryText(u"ただいまから開会いたします。"_s);
    QVERIFY(session->commitEntry());
    QCOMPARE(f.statements().size(), 1);
    QCOMPARE(f.statements().first().spokenAt, QTime(14, 0, 5));
    QCOMPARE(f.statements().first().memberId, f.data.members.first().id);
    QVERIFY(session->entryText().isEmpty());
    // After the chair with nobody before: the secretariat.
    QCOMPARE(session->entrySpeaker().label, u"事務局"_s);
    f.clock.advance(42);
    session->setEntryText(u"本日は委員5名中4名の御出席です。"_s);
    QVERIFY(session->commitEntry());
    QCOMPARE(f.statements().last().spokenAt, QTime(14, 0, 47));
    QCOMPARE(f.statements().last().staffId, f.data.secretariat.id);
    QCOMPARE(session->entrySpeaker().label, u"議長"_s);
    session->setEntryText(u"ありがとうございました。"_s);
    QVERIFY(session->commitEntry());
    QCOMPARE(session->entrySpeaker().label, u"事務局"_s); // back to whoever spoke before the chair
    // Nothing to commit: the line stays, nothing is written.
    session->setEntryText(u"   "_s);
    QVERIFY(!session->commitEntry());
    QCOMPARE(f.statements().size(), 3);
}

void TestDraftingSession::sameSpeakerMode()
{
    Fixture f;
    auto session = f.open();
    session->setNextSpeakerMode(NextSpeaker::Same);
    session->setEntrySpeaker(session->directory().matching(u"佐々木"_s).first());
    session->setEntryText(u"一点目です。"_s);
    QVERIFY(session->commitEntry());
    QCOMPARE(session->entrySpeaker().label, u"佐々木副会長"_s);
}

void TestDraftingSession::stageDirectionLine()
{
    Fixture f;
    auto session = f.open();
    session->setEntryText(u"（全員挙手）"_s);
    QVERIFY(session->commitEntry());
    QCOMPARE(f.statements().first().kind, StatementKind::StageDirection);
    QVERIFY(f.statements().first().speaker.isEmpty());
    QCOMPARE(session->entrySpeaker().label, u"議長"_s); // the speaker waits for the next turn
}

void TestDraftingSession::typeAheadAndNumberKeys()
{
    Fixture f;
    auto session = f.open();
    const SpeakerDirectory &d = session->directory();
    QCOMPARE(labels(d.matching(u"ささき"_s)), QStringList{u"佐々木副会長"_s});
    QCOMPARE(labels(d.matching(u"佐々木"_s)), QStringList{u"佐々木副会長"_s});
    QCOMPARE(labels(d.matching(u"情報"_s)), QStringList{u"情報政策課長"_s});
    QCOMPARE(labels(d.matching(u"じむ"_s)), QStringList{u"事務局"_s});
    // The member who chairs is reached as 議長 only, by any of their keys.
    QCOMPARE(labels(d.matching(u"会長"_s)), (QStringList{u"佐々木副会長"_s, u"議長"_s}));
    QCOMPARE(labels(d.matching(u"こばやし"_s)), QStringList{u"議長"_s});
    QVERIFY(labels(d.matching(u"たかはし"_s)).isEmpty());  // absent: not offered
    QCOMPARE(labels(d.matching(u"ｻｻｷ"_s)), QStringList()); // katakana is not the reading

    // The chair, the secretariat, the presenting department, then the members but the chair in the
    // council's order (高橋, absent, keeps a key for a late arrival).
    const QStringList seats{u"議長"_s,     u"事務局"_s,   u"情報政策課長"_s, u"佐々木副会長"_s,
                            u"田中委員"_s, u"鈴木委員"_s, u"高橋委員"_s};
    QCOMPARE(labels(session->numberKeys()), seats);
    // Nothing renumbers them: not who speaks most, not an arrival.
    const Speaker suzuki = d.matching(u"鈴木"_s).first();
    for (int i = 0; i < 3; ++i) {
        session->setEntrySpeaker(suzuki);
        session->setEntryText(u"質問です。"_s);
        QVERIFY(session->commitEntry());
    }
    QVERIFY(session->recordArrival(f.data.members.last().id, true));
    QCOMPARE(labels(session->numberKeys()), seats);
}

void TestDraftingSession::paletteLiveValues()
{
    Fixture f;
    auto session = f.open();
    const QStringList palette = session->palette();
    QVERIFY(palette.contains(u"（情報政策課 入室）"_s));
    QVERIFY(palette.contains(u"（定員5名中4名出席、定足数を満たしています）"_s));
    QCOMPARE(session->liveValues().chair, u"小林会長"_s);
    QCOMPARE(fillPlaceholders(u"{chair}、{time}、{other}"_s, session->liveValues()),
             u"小林会長、午後2時、{other}"_s);
    QVERIFY(session->insertStageDirection(palette.first()));
    QCOMPARE(f.statements().first().kind, StatementKind::StageDirection);
    QCOMPARE(f.statements().first().text, palette.first());
}

void TestDraftingSession::headingsFromAgenda()
{
    Fixture f;
    auto session = f.open();
    const QVector<HeadingChoice> headings = session->headings();
    QStringList texts;
    for (const HeadingChoice &h : headings)
        texts << h.text;
    QCOMPARE(texts,
             (QStringList{u"１．開会"_s, u"２．議事"_s, u"(1) 審議事項"_s,
                          u"ア　諮問第1005号　住民基本台帳事務における特定個人情報保護評価について"_s,
                          u"(2) 報告事項"_s, u"ア　個人情報取扱事務の届出状況について"_s, u"３．閉会"_s}));
    QVERIFY(session->insertHeading(headings.at(3)));
    QCOMPARE(session->currentItemId(), f.data.agenda.first().id);
    QCOMPARE(f.statements().first().kind, StatementKind::Heading);
    QCOMPARE(f.statements().first().agendaItemId, f.data.agenda.first().id);
    session->setEntryText(u"説明をお願いします。"_s);
    QVERIFY(session->commitEntry());
    QCOMPARE(f.statements().last().agendaItemId, f.data.agenda.first().id);
}

void TestDraftingSession::attendanceDuringMeeting()
{
    Fixture f;
    auto session = f.open();
    QSignalSpy changed(session.get(), &DraftingSession::attendanceChanged);
    QCOMPARE(session->quorum().present, 4);
    f.clock.set(QDateTime(QDate(2025, 8, 28), QTime(14, 20)));
    QVERIFY(session->recordArrival(f.data.members.last().id, true));
    QCOMPARE(session->quorum().present, 5);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(f.statements().last().text, u"（高橋委員　入室）"_s);
    const Attendance a = MeetingRepository(f.document.database()).attendance(f.data.meeting.id).last();
    QCOMPARE(a.status, AttendanceStatus::Late);
    QCOMPARE(a.arrivedAt, QTime(14, 20));
    f.clock.set(QDateTime(QDate(2025, 8, 28), QTime(15, 5)));
    QVERIFY(session->recordDeparture(f.data.members.at(1).id, false));
    QCOMPARE(session->quorum().present, 4);
    QCOMPARE(f.statements().size(), 1);
    // Arrival and its stage direction are one undo step.
    f.document.undoStack()->undo();
    f.document.undoStack()->undo();
    QCOMPARE(session->quorum().present, 4);
    QCOMPARE(f.statements().size(), 0);
    QCOMPARE(session->quorumLine(), u"定員5名中4名出席、定足数を満たしています"_s);
}

void TestDraftingSession::draftLineIsRecovered()
{
    Fixture f;
    {
        auto session = f.open();
        session->setEntryText(u"最初の発言"_s);
        QVERIFY(session->commitEntry());
        session->setEntrySpeaker(session->directory().matching(u"田中"_s).first());
        session->setEntryText(u"途中まで入力した"_s);
        QVERIFY(session->draftDirty());
        session->saveDraft();
        QVERIFY(!session->draftDirty());
    }
    auto session = f.open();
    QVERIFY(session->recovery().recovered);
    QCOMPARE(session->recovery().statementCount, 1);
    QCOMPARE(session->entryText(), u"途中まで入力した"_s);
    QCOMPARE(session->entrySpeaker().label, u"田中委員"_s);
    QVERIFY(session->recovery().message().contains(u"田中委員"_s));
}

void TestDraftingSession::commitClearsDraftAtomically()
{
    Fixture f;
    auto session = f.open();
    session->setEntryText(u"入力中"_s);
    session->saveDraft();
    QCOMPARE(StatementRepository(f.document.database()).draftLine(f.data.meeting.id)->text, u"入力中"_s);
    QVERIFY(session->commitEntry());
    const auto draft = StatementRepository(f.document.database()).draftLine(f.data.meeting.id);
    QVERIFY(draft);
    QVERIFY(draft->text.isEmpty());
    QCOMPARE(draft->speaker, u"事務局"_s); // the next expected speaker is kept for the next start
    session.reset();
    session = f.open();
    QVERIFY(!session->recovery().recovered);
    QCOMPARE(session->entrySpeaker().label, u"事務局"_s);
}

void TestDraftingSession::undoOfCommitIsOneStep()
{
    Fixture f;
    auto session = f.open();
    QSignalSpy reloaded(session.get(), &DraftingSession::statementsReloaded);
    QSignalSpy appended(session.get(), &DraftingSession::statementsAppended);
    session->setEntryText(u"一"_s);
    QVERIFY(session->commitEntry());
    // The session's own commit is taken as written, without reading the record again.
    QCOMPARE(appended.count(), 1);
    QCOMPARE(reloaded.count(), 0);
    QCOMPARE(session->statements(), f.statements());
    QCOMPARE(f.document.undoStack()->count(), 1);
    f.document.undoStack()->undo();
    QCOMPARE(session->statements().size(), 0);
    QCOMPARE(reloaded.count(), 1);
    f.document.undoStack()->redo();
    QCOMPARE(session->statements(), f.statements());
}

void TestDraftingSession::draftedFactsRead()
{
    const auto direction = [](const QString &text, Id item = 7) {
        Statement s;
        s.kind = StatementKind::StageDirection;
        s.text = text;
        s.agendaItemId = item;
        return s;
    };
    QCOMPARE(draftedVote(direction(u"（全員挙手）"_s)), VoteKind::AllHands);
    QCOMPARE(draftedVote(direction(u"(異議なし)"_s)), VoteKind::NoObjection);
    QCOMPARE(draftedVote(direction(u"（「異議なし」の声あり）"_s)), VoteKind::NoObjection);
    QCOMPARE(draftedVote(direction(u"（委員の了承を得る。）"_s)), VoteKind::None);
    Statement speech = direction(u"異議なし"_s);
    speech.kind = StatementKind::Speech;
    QCOMPARE(draftedVote(speech), VoteKind::None); // someone saying it is not the record stating it
    QCOMPARE(draftedObserversEntering(direction(u"（傍聴人入室）"_s)), 1);
    QCOMPARE(draftedObserversEntering(direction(u"（傍聴人３名入室）"_s)), 3);
    QCOMPARE(draftedObserversEntering(direction(u"（傍聴人二名入室）"_s)), 2);
    QCOMPARE(draftedObserversEntering(direction(u"（傍聴人退室）"_s)), 0);
    const DraftedFacts facts =
        draftedFacts({direction(u"（傍聴人入室）"_s, 0), direction(u"（全員挙手）"_s),
                      direction(u"（傍聴人2名入室）"_s), direction(u"(異議なし)"_s, 0)});
    QCOMPARE(facts.observers, 3);
    QCOMPARE(facts.votes.value(7), QVector<VoteKind>{VoteKind::AllHands});
    QVERIFY(!facts.votes.contains(0)); // outside the agenda: no item to fill
}

void TestDraftingSession::draftedFactsCarriedInOneStep()
{
    Fixture f;
    auto session = f.open();
    QVERIFY(session->factOffer().isEmpty());
    session->setCurrentItem(f.data.agenda.first().id);
    session->setEntryText(u"（全員挙手）"_s);
    QVERIFY(session->commitEntry());
    QVERIFY(session->insertStageDirection(u"（傍聴人2名入室）"_s));
    const FactOffer offer = session->factOffer();
    QCOMPARE(offer.items.size(), 1);
    QCOMPARE(offer.items.first().id, f.data.agenda.first().id);
    QCOMPARE(offer.items.first().voteKind, VoteKind::AllHands);
    QVERIFY(offer.meeting);
    QCOMPARE(offer.meeting->observerCount, 2);

    const int steps = f.document.undoStack()->count();
    QVERIFY(session->carryFacts(offer));
    QCOMPARE(f.document.undoStack()->count(), steps + 1);
    QCOMPARE(AgendaRepository(f.document.database()).item(f.data.agenda.first().id)->voteKind,
             VoteKind::AllHands);
    QCOMPARE(MeetingRepository(f.document.database()).meeting(f.data.meeting.id)->observerCount, 2);
    QVERIFY(session->factOffer().isEmpty());
    // The record gained no second （全員挙手）.
    QCOMPARE(f.statements().size(), 2);
    f.document.undoStack()->undo();
    QCOMPARE(AgendaRepository(f.document.database()).item(f.data.agenda.first().id)->voteKind,
             VoteKind::None);
    QCOMPARE(MeetingRepository(f.document.database()).meeting(f.data.meeting.id)->observerCount, 0);
    QCOMPARE(session->factOffer(), offer);
}

void TestDraftingSession::missedStatementInserted()
{
    Fixture f;
    auto session = f.open();
    for (const QString &text : {u"一"_s, u"二"_s, u"三"_s}) {
        session->setEntryText(text);
        QVERIFY(session->commitEntry());
        f.clock.advance(60);
    }
    // Between 一 (議長) and 二 (事務局): the expected speaker there is the one after the chair.
    QCOMPARE(session->expectedSpeakerAt(1).label, u"事務局"_s);
    const Speaker tanaka = session->directory().matching(u"田中"_s).first();
    QVERIFY(session->insertStatement(1, 0, tanaka, u"聞き漏らした発言"_s));
    QCOMPARE(session->statements().size(), 4);
    QCOMPARE(f.statements().at(1).text, u"聞き漏らした発言"_s);
    QCOMPARE(f.statements().at(1).speaker, u"田中委員"_s);
    QCOMPARE(f.statements().at(1).spokenAt, f.statements().at(0).spokenAt);
    QCOMPARE(f.statements().at(2).text, u"二"_s);
    f.document.undoStack()->undo();
    QCOMPARE(f.statements().size(), 3);
    QCOMPARE(f.statements().at(1).text, u"二"_s);
    f.document.undoStack()->redo();
    QCOMPARE(f.statements().at(1).text, u"聞き漏らした発言"_s);
}

QTEST_GUILESS_MAIN(TestDraftingSession)
#include "TestDraftingSession.moc"
