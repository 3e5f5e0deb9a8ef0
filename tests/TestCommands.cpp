// The undo commands of the window, driven without it: each test builds a Document over an in-memory
// archive, pushes commands and checks the archive, the signals and the undo stack.
#include "commands/CouncilCommands.h"
#include "commands/Document.h"
#include "commands/MeetingCommands.h"
#include "model/Quorum.h"
#include "store/Archive.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/StatementRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace kiroku;

namespace {

struct Fixture
{
    Document document{Archive::openInMemory()};
    Council council;
    QVector<Member> members;

    // A council of `count` members, all in office from 令和5年4月1日.
    explicit Fixture(int count = 5)
    {
        CouncilRepository repository(document.database());
        council.name = u"情報公開・個人情報保護審議会"_s;
        council.municipality = u"みどり市"_s;
        council.quota = count;
        council.id = repository.insert(council);
        for (int i = 0; i < count; ++i) {
            Member m;
            m.councilId = council.id;
            m.name = u"委員 %1"_s.arg(i + 1);
            m.reading = u"いいん %1"_s.arg(i + 1);
            m.termStart = QDate(2023, 4, 1);
            m.sortOrder = i;
            m.id = repository.insert(m);
            members.append(m);
        }
    }

    QSqlDatabase db() { return document.database(); }
    CouncilRepository councils() { return CouncilRepository(document.database()); }
    MeetingRepository meetings() { return MeetingRepository(document.database()); }
    QUndoStack *stack() { return document.undoStack(); }

    Id addMeeting(QDate date)
    {
        Meeting m;
        m.councilId = council.id;
        m.date = date;
        auto *command = new AddMeetingCommand(&document, m);
        return document.push(command) ? command->meetingId() : 0;
    }

    QuorumState quorum(Id meetingId)
    {
        const Meeting meeting = *meetings().meeting(meetingId);
        return quorumState(*councils().council(council.id), councils().members(council.id),
                           meetings().attendance(meetingId), meeting.date);
    }

    void setStatus(Id meetingId, const Member &member, AttendanceStatus status)
    {
        Attendance a;
        a.meetingId = meetingId;
        a.memberId = member.id;
        a.status = status;
        QVERIFY(document.push(new SetAttendanceCommand(
            &document, SetAttendanceCommand::current(db(), meetingId, member.id), a)));
    }
};

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editCouncilUndoRedo();
    void addCouncilUndoRedoKeepsId();
    void removeCouncilUndo();
    void addMemberUndoRedoKeepsId();
    void editMemberMergesTyping();
    void editMemberDoesNotMergeOtherFields();
    void removeMemberUndoRestoresAttendance();
    void staffAddEditRemove();
    void staffAttendanceWithTimes();
    void addMeetingNumbersWithinFiscalYear();
    void editMeetingUndoRedo();
    void editMeetingMovesToOtherFiscalYear();
    void removeMeetingUndoRestoresEverything();
    void setAttendanceRecomputesQuorum();
    void setAttendanceUndoRemovesNewRow();
    void failedEditIsReportedAndDropped();
    void failedInsertIsReportedAndDropped();
    void failedUndoIsReportedAndDropped();
};

void TestCommands::editCouncilUndoRedo()
{
    Fixture f;
    QSignalSpy changed(&f.document, &Document::councilChanged);
    Council after = f.council;
    after.name = u"個人情報保護審議会"_s;
    after.quorumRule = QuorumRule::HalfOrMore;
    after.publicationDeadlineDays = 30;
    QVERIFY(f.document.push(new EditCouncilCommand(&f.document, f.council, after)));
    QCOMPARE(f.councils().council(f.council.id)->name, u"個人情報保護審議会"_s);
    QCOMPARE(f.councils().council(f.council.id)->quorumRule, QuorumRule::HalfOrMore);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Id>(), f.council.id);

    f.stack()->undo();
    QVERIFY(*f.councils().council(f.council.id) == f.council);
    QCOMPARE(changed.count(), 2);
    f.stack()->redo();
    QVERIFY(*f.councils().council(f.council.id) == after);
    QCOMPARE(f.stack()->count(), 1);
}

void TestCommands::addCouncilUndoRedoKeepsId()
{
    Fixture f;
    Council council;
    council.name = u"防犯カメラ運用審議会"_s;
    auto *command = new AddCouncilCommand(&f.document, council);
    QVERIFY(f.document.push(command));
    const Id id = command->councilId();
    QVERIFY(id != 0);
    QCOMPARE(f.councils().councils().size(), 2);
    f.stack()->undo();
    QCOMPARE(f.councils().councils().size(), 1);
    f.stack()->redo();
    QCOMPARE(f.councils().council(id)->name, u"防犯カメラ運用審議会"_s);
}

void TestCommands::removeCouncilUndo()
{
    Fixture f;
    const Id meetingId = f.addMeeting(QDate(2025, 8, 28));
    f.setStatus(meetingId, f.members[0], AttendanceStatus::Present);
    QSignalSpy councils(&f.document, &Document::councilsChanged);
    QVERIFY(f.document.push(new RemoveCouncilCommand(&f.document, f.council.id)));
    QVERIFY(!f.councils().council(f.council.id));
    QVERIFY(!f.meetings().meeting(meetingId));
    f.stack()->undo();
    QCOMPARE(councils.count(), 2);
    QVERIFY(*f.councils().council(f.council.id) == f.council);
    QCOMPARE(f.councils().members(f.council.id).size(), f.members.size());
    QCOMPARE(f.meetings().attendance(meetingId).size(), 1);
}

void TestCommands::addMemberUndoRedoKeepsId()
{
    Fixture f;
    QSignalSpy members(&f.document, &Document::membersChanged);
    Member m;
    m.councilId = f.council.id;
    m.name = u"佐々木 一郎"_s;
    m.reading = u"ささき いちろう"_s;
    m.role = MemberRole::President;
    auto *command = new AddMemberCommand(&f.document, m);
    QVERIFY(f.document.push(command));
    const Id id = command->memberId();
    QCOMPARE(f.councils().member(id)->name, u"佐々木 一郎"_s);

    // A later edit refers to the id; undoing both and redoing both must still find the row.
    Member renamed = *f.councils().member(id);
    renamed.affiliation = u"みどり大学法学部教授"_s;
    QVERIFY(f.document.push(
        new EditMemberCommand(&f.document, *f.councils().member(id), renamed, MemberField::Affiliation)));
    f.stack()->undo();
    f.stack()->undo();
    QVERIFY(!f.councils().member(id));
    f.stack()->redo();
    f.stack()->redo();
    QCOMPARE(f.councils().member(id)->affiliation, u"みどり大学法学部教授"_s);
    QCOMPARE(f.councils().member(id)->role, MemberRole::President);
    QCOMPARE(members.count(), 6);
    QCOMPARE(f.stack()->count(), 2);
}

void TestCommands::editMemberMergesTyping()
{
    Fixture f;
    const Member original = f.members[0];
    Member current = original;
    // Typing 山田 one character after the other: three edits of one field, one undo step.
    for (const QString &name : {u"山"_s, u"山田"_s, u"山田 花子"_s}) {
        Member next = current;
        next.name = name;
        QVERIFY(f.document.push(new EditMemberCommand(&f.document, current, next, MemberField::Name)));
        current = next;
    }
    QCOMPARE(f.stack()->count(), 1);
    QCOMPARE(f.councils().member(original.id)->name, u"山田 花子"_s);
    f.stack()->undo();
    QCOMPARE(f.councils().member(original.id)->name, original.name);
    f.stack()->redo();
    QCOMPARE(f.councils().member(original.id)->name, u"山田 花子"_s);

    // Typing back to where it started leaves nothing to undo.
    f.stack()->clear();
    Member back = current;
    back.name = u"山田"_s;
    QVERIFY(f.document.push(new EditMemberCommand(&f.document, current, back, MemberField::Name)));
    QVERIFY(f.document.push(new EditMemberCommand(&f.document, back, current, MemberField::Name)));
    QCOMPARE(f.stack()->count(), 0);
    QCOMPARE(f.councils().member(original.id)->name, u"山田 花子"_s);
}

void TestCommands::editMemberDoesNotMergeOtherFields()
{
    Fixture f;
    const Member original = f.members[1];
    Member named = original;
    named.name = u"鈴木 次郎"_s;
    QVERIFY(f.document.push(new EditMemberCommand(&f.document, original, named, MemberField::Name)));
    Member read = named;
    read.reading = u"すずき じろう"_s;
    QVERIFY(f.document.push(new EditMemberCommand(&f.document, named, read, MemberField::Reading)));
    // Another member's name does not merge with this one's either.
    Member other = f.members[2];
    other.name = u"高橋 三郎"_s;
    QVERIFY(f.document.push(new EditMemberCommand(&f.document, f.members[2], other, MemberField::Name)));
    QCOMPARE(f.stack()->count(), 3);
    f.stack()->undo();
    f.stack()->undo();
    QCOMPARE(f.councils().member(original.id)->name, u"鈴木 次郎"_s);
    QCOMPARE(f.councils().member(original.id)->reading, original.reading);
}

void TestCommands::removeMemberUndoRestoresAttendance()
{
    Fixture f;
    const Id meetingId = f.addMeeting(QDate(2025, 8, 28));
    const Member &chair = f.members[0];
    Meeting meeting = *f.meetings().meeting(meetingId);
    Meeting withChair = meeting;
    withChair.chairMemberId = chair.id;
    QVERIFY(f.document.push(new EditMeetingCommand(&f.document, meeting, withChair)));
    Attendance late;
    late.meetingId = meetingId;
    late.memberId = chair.id;
    late.status = AttendanceStatus::Late;
    late.arrivedAt = QTime(10, 5);
    late.note = u"電車遅延"_s;
    QVERIFY(f.document.push(new SetAttendanceCommand(&f.document, QVector<Attendance>{late})));

    QVERIFY(f.document.push(new RemoveMemberCommand(&f.document, chair.id)));
    QVERIFY(!f.councils().member(chair.id));
    QVERIFY(f.meetings().attendance(meetingId).isEmpty());
    QCOMPARE(f.meetings().meeting(meetingId)->chairMemberId, Id(0));

    f.stack()->undo();
    QVERIFY(*f.councils().member(chair.id) == chair);
    const QVector<Attendance> restored = f.meetings().attendance(meetingId);
    QCOMPARE(restored.size(), 1);
    QVERIFY(restored.first() == late);
    QCOMPARE(f.meetings().meeting(meetingId)->chairMemberId, chair.id);

    f.stack()->redo();
    QVERIFY(!f.councils().member(chair.id));
}

void TestCommands::staffAddEditRemove()
{
    Fixture f;
    QSignalSpy staffChanged(&f.document, &Document::staffChanged);
    Staff s;
    s.councilId = f.council.id;
    s.kind = StaffKind::Presenter;
    s.organisation = u"情報政策課"_s;
    s.name = u"山田 太郎"_s;
    auto *add = new AddStaffCommand(&f.document, s);
    QVERIFY(f.document.push(add));
    s.id = add->staffId();
    Staff titled = s;
    titled.title = u"課長"_s;
    QVERIFY(f.document.push(new EditStaffCommand(&f.document, s, titled)));
    QCOMPARE(f.councils().staffMember(s.id)->title, u"課長"_s);

    const Id meetingId = f.addMeeting(QDate(2025, 8, 28));
    f.meetings().setStaffPresent(meetingId, {s.id});
    Statement spoken;
    spoken.meetingId = meetingId;
    spoken.speaker = u"情報政策課長"_s;
    spoken.staffId = s.id;
    spoken.text = u"御説明いたします。"_s;
    spoken.id = StatementRepository(f.document.database()).append(spoken);
    QVERIFY(f.document.push(new RemoveStaffCommand(&f.document, s.id)));
    QVERIFY(f.councils().staff(f.council.id).isEmpty());
    QCOMPARE(StatementRepository(f.document.database()).statement(spoken.id)->staffId, 0);
    f.stack()->undo();
    const QVector<Staff> back = f.councils().staff(f.council.id);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().title, u"課長"_s);
    // Same id back, so the speaker link and the older edit on the stack still fit.
    QCOMPARE(back.first().id, s.id);
    QCOMPARE(StatementRepository(f.document.database()).statement(spoken.id)->staffId, s.id);
    QCOMPARE(f.meetings().staffPresent(meetingId), QVector<Id>{back.first().id});
    QCOMPARE(staffChanged.count(), 4);
    f.stack()->undo(); // the meeting
    f.stack()->undo(); // the title edit, older than the removal
    QCOMPARE(f.councils().staffMember(s.id)->title, QString());
}

void TestCommands::staffAttendanceWithTimes()
{
    Fixture f;
    Staff clerk;
    clerk.councilId = f.council.id;
    clerk.organisation = u"総務課"_s;
    clerk.name = u"高木 花子"_s;
    clerk.id = f.councils().insert(clerk);
    Staff presenter = clerk;
    presenter.id = 0;
    presenter.kind = StaffKind::Presenter;
    presenter.organisation = u"情報政策課"_s;
    presenter.id = f.councils().insert(presenter);
    const Id meetingId = f.addMeeting(QDate(2025, 8, 28));
    QSignalSpy changed(&f.document, &Document::attendanceChanged);

    StaffAttendance late{meetingId, presenter.id, QTime(10, 15), {}};
    QVERIFY(f.document.push(new SetStaffAttendanceCommand(&f.document, meetingId, presenter.id, late)));
    QVERIFY(f.document.push(new SetStaffAttendanceCommand(&f.document, meetingId, clerk.id,
                                                          StaffAttendance{meetingId, clerk.id, {}, {}})));
    QCOMPARE(f.meetings().staffPresent(meetingId), (QVector<Id>{clerk.id, presenter.id}));
    QCOMPARE(SetStaffAttendanceCommand::current(f.db(), meetingId, presenter.id), late);
    QCOMPARE(changed.count(), 2);

    StaffAttendance left = late;
    left.leftAt = QTime(11, 0);
    QVERIFY(f.document.push(new SetStaffAttendanceCommand(&f.document, meetingId, presenter.id, left)));
    QCOMPARE(SetStaffAttendanceCommand::current(f.db(), meetingId, presenter.id)->leftAt, QTime(11, 0));
    // Marking the list present again keeps the times of those who stay.
    f.meetings().setStaffPresent(meetingId, {presenter.id, clerk.id});
    QCOMPARE(SetStaffAttendanceCommand::current(f.db(), meetingId, presenter.id), left);
    // Removing the meeting and undoing it brings the times back (the meeting's JSON snapshot).
    QVERIFY(f.document.push(new RemoveMeetingCommand(&f.document, meetingId)));
    QVERIFY(f.meetings().staffAttendance(meetingId).isEmpty());
    f.stack()->undo();
    QCOMPARE(SetStaffAttendanceCommand::current(f.db(), meetingId, presenter.id), left);
    f.stack()->undo();
    QCOMPARE(SetStaffAttendanceCommand::current(f.db(), meetingId, presenter.id), late);
    QVERIFY(f.document.push(new SetStaffAttendanceCommand(&f.document, meetingId, clerk.id, std::nullopt)));
    QCOMPARE(f.meetings().staffPresent(meetingId), QVector<Id>{presenter.id});
    f.stack()->undo();
    QCOMPARE(f.meetings().staffPresent(meetingId), (QVector<Id>{clerk.id, presenter.id}));
    f.stack()->undo();
    f.stack()->undo();
    QVERIFY(f.meetings().staffAttendance(meetingId).isEmpty());
}

void TestCommands::addMeetingNumbersWithinFiscalYear()
{
    Fixture f;
    QSignalSpy meetings(&f.document, &Document::meetingsChanged);
    const Id first = f.addMeeting(QDate(2025, 5, 20));
    const Id second = f.addMeeting(QDate(2026, 2, 10)); // still 令和7年度
    const Id third = f.addMeeting(QDate(2026, 4, 15));  // 令和8年度 starts again at 第1回
    QCOMPARE(f.meetings().meeting(first)->fiscalYear, 2025);
    QCOMPARE(f.meetings().meeting(first)->number, 1);
    QCOMPARE(f.meetings().meeting(second)->fiscalYear, 2025);
    QCOMPARE(f.meetings().meeting(second)->number, 2);
    QCOMPARE(f.meetings().meeting(third)->fiscalYear, 2026);
    QCOMPARE(f.meetings().meeting(third)->number, 1);
    QCOMPARE(meetings.count(), 3);

    f.stack()->undo();
    QVERIFY(!f.meetings().meeting(third));
    f.stack()->redo();
    QCOMPARE(f.meetings().meeting(third)->number, 1); // same id, same number
}

void TestCommands::editMeetingUndoRedo()
{
    Fixture f;
    const Id id = f.addMeeting(QDate(2025, 8, 28));
    const Meeting before = *f.meetings().meeting(id);
    Meeting after = before;
    after.venue = u"みどり市役所 本庁舎3階 第1会議室"_s;
    after.startTime = QTime(9, 30);
    after.endTime = QTime(10, 40);
    after.publicity = Publicity::Partial;
    after.closedReason = u"個人情報を含むため"_s;
    QSignalSpy changed(&f.document, &Document::meetingChanged);
    QSignalSpy renumbered(&f.document, &Document::meetingsChanged);
    QVERIFY(f.document.push(new EditMeetingCommand(&f.document, before, after)));
    QVERIFY(*f.meetings().meeting(id) == after);
    f.stack()->undo();
    QVERIFY(*f.meetings().meeting(id) == before);
    f.stack()->redo();
    QVERIFY(*f.meetings().meeting(id) == after);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(renumbered.count(), 0);
}

void TestCommands::editMeetingMovesToOtherFiscalYear()
{
    Fixture f;
    f.addMeeting(QDate(2026, 5, 1)); // 令和8年度第1回
    const Id id = f.addMeeting(QDate(2026, 3, 20));
    const Meeting before = *f.meetings().meeting(id);
    QCOMPARE(before.fiscalYear, 2025);
    Meeting after = before;
    after.date = QDate(2026, 6, 2);
    QSignalSpy renumbered(&f.document, &Document::meetingsChanged);
    QVERIFY(f.document.push(new EditMeetingCommand(&f.document, before, after)));
    QCOMPARE(f.meetings().meeting(id)->fiscalYear, 2026);
    QCOMPARE(f.meetings().meeting(id)->number, 2);
    QCOMPARE(renumbered.count(), 1);
    f.stack()->undo();
    QVERIFY(*f.meetings().meeting(id) == before);
}

void TestCommands::removeMeetingUndoRestoresEverything()
{
    Fixture f;
    const Id id = f.addMeeting(QDate(2025, 8, 28));
    f.setStatus(id, f.members[0], AttendanceStatus::Present);
    f.setStatus(id, f.members[1], AttendanceStatus::Absent);
    const Meeting before = *f.meetings().meeting(id);
    QVERIFY(f.document.push(new RemoveMeetingCommand(&f.document, id)));
    QVERIFY(!f.meetings().meeting(id));
    f.stack()->undo();
    QVERIFY(*f.meetings().meeting(id) == before);
    QCOMPARE(f.meetings().attendance(id).size(), 2);
    f.stack()->redo();
    QVERIFY(!f.meetings().meeting(id));
}

void TestCommands::setAttendanceRecomputesQuorum()
{
    Fixture f(5); // 過半数: 3 of 5
    const Id id = f.addMeeting(QDate(2025, 8, 28));
    QSignalSpy attendance(&f.document, &Document::attendanceChanged);
    QCOMPARE(f.quorum(id).present, 0);
    QVERIFY(!f.quorum(id).met());
    for (int i = 0; i < 3; ++i)
        f.setStatus(id, f.members[i], AttendanceStatus::Present);
    QCOMPARE(attendance.count(), 3);
    QCOMPARE(attendance.last().at(0).value<Id>(), id);
    QVERIFY(f.quorum(id).met());
    QCOMPARE(quorumLine(f.quorum(id)), u"定員5名中3名出席、定足数を満たしています"_s);

    f.setStatus(id, f.members[2], AttendanceStatus::Absent);
    QVERIFY(!f.quorum(id).met());
    f.stack()->undo();
    QVERIFY(f.quorum(id).met());

    // Everyone present in one step.
    QVector<Attendance> all;
    for (const Member &m : f.members) {
        Attendance a;
        a.meetingId = id;
        a.memberId = m.id;
        all.append(a);
    }
    const int steps = f.stack()->index();
    QVERIFY(f.document.push(new SetAttendanceCommand(&f.document, all)));
    QCOMPARE(f.stack()->index(), steps + 1);
    QCOMPARE(f.quorum(id).present, 5);
    f.stack()->undo();
    QCOMPARE(f.quorum(id).present, 3);
}

void TestCommands::setAttendanceUndoRemovesNewRow()
{
    Fixture f;
    const Id id = f.addMeeting(QDate(2025, 8, 28));
    Attendance a;
    a.meetingId = id;
    a.memberId = f.members[0].id;
    QVERIFY(f.document.push(new SetAttendanceCommand(&f.document, QVector<Attendance>{a})));
    QCOMPARE(f.meetings().attendance(id).size(), 1);
    f.stack()->undo();
    QVERIFY(f.meetings().attendance(id).isEmpty()); // back to "no row", not an explicit absence
    QCOMPARE(SetAttendanceCommand::current(f.db(), id, f.members[0].id).status, AttendanceStatus::Absent);
}

void TestCommands::failedEditIsReportedAndDropped()
{
    Fixture f;
    QVERIFY(f.document.push(new RemoveMemberCommand(&f.document, f.members[0].id)));
    f.stack()->clear();
    QSignalSpy failed(&f.document, &Document::failed);
    QSignalSpy members(&f.document, &Document::membersChanged);
    Member after = f.members[0];
    after.name = u"存在しない委員"_s;
    QVERIFY(!f.document.push(new EditMemberCommand(&f.document, f.members[0], after, MemberField::Name)));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(members.count(), 0);
    QCOMPARE(f.stack()->count(), 0);

    // Merge candidates must not swallow a failed edit either.
    Member ok = f.members[1];
    ok.name = u"山"_s;
    QVERIFY(f.document.push(new EditMemberCommand(&f.document, f.members[1], ok, MemberField::Name)));
    Member gone = f.members[0];
    gone.name = u"山田"_s;
    QVERIFY(!f.document.push(new EditMemberCommand(&f.document, f.members[0], gone, MemberField::Name)));
    QCOMPARE(f.stack()->count(), 1);
    QVERIFY(f.document.push(new EditMeetingCommand(&f.document, Meeting{}, Meeting{})) == false);
    QCOMPARE(failed.count(), 3);
    QCOMPARE(f.stack()->count(), 1);
}

void TestCommands::failedInsertIsReportedAndDropped()
{
    Fixture f;
    QSignalSpy failed(&f.document, &Document::failed);
    // Attendance of a meeting that does not exist: the foreign key refuses it.
    Attendance a;
    a.meetingId = 999;
    a.memberId = f.members[0].id;
    QVERIFY(!f.document.push(new SetAttendanceCommand(&f.document, Attendance{}, a)));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(f.stack()->count(), 0);
    Member orphan;
    orphan.councilId = 999;
    orphan.name = u"所属のない委員"_s;
    QVERIFY(!f.document.push(new AddMemberCommand(&f.document, orphan)));
    QCOMPARE(failed.count(), 2);
    QCOMPARE(f.stack()->count(), 0);
    QCOMPARE(f.councils().members(f.council.id).size(), f.members.size());
}

void TestCommands::failedUndoIsReportedAndDropped()
{
    Fixture f;
    Member after = f.members[0];
    after.name = u"佐藤 花子"_s;
    QVERIFY(f.document.push(new EditMemberCommand(&f.document, f.members[0], after, MemberField::Name)));
    QCOMPARE(f.stack()->count(), 1);
    // The row goes away behind the stack's back (another window, a script): undo cannot write.
    f.councils().removeMember(f.members[0].id);
    QSignalSpy failed(&f.document, &Document::failed);
    f.stack()->undo();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(f.stack()->count(), 0);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "TestCommands.moc"
