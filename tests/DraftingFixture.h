#pragma once
// A small council for the drafting tests: five members (the first presides), a secretariat, one
// presenting department, a meeting on 令和7年8月28日 where everyone but the last member attends, and an
// agenda of a consultation and a report. Written straight through the repositories.
#include "commands/Document.h"
#include "store/AgendaRepository.h"
#include "store/CouncilListsRepository.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/StatementRepository.h"

namespace kiroku::test {

struct DraftingData
{
    Council council;
    QVector<Member> members;
    Staff secretariat;
    Staff presenter;
    Meeting meeting;
    QVector<AgendaItem> agenda;
};

inline DraftingData writeDraftingData(const QSqlDatabase &db)
{
    using namespace Qt::StringLiterals;
    DraftingData d;
    CouncilRepository councils(db);
    d.council.name = u"情報公開・個人情報保護審議会"_s;
    d.council.municipality = u"みどり市"_s;
    d.council.quota = 5;
    d.council.id = councils.insert(d.council);
    const QList<std::pair<QString, QString>> names{{u"小林 正"_s, u"こばやし ただし"_s},
                                                   {u"佐々木 一郎"_s, u"ささき いちろう"_s},
                                                   {u"田中 花子"_s, u"たなか はなこ"_s},
                                                   {u"鈴木 次郎"_s, u"すずき じろう"_s},
                                                   {u"高橋 美咲"_s, u"たかはし みさき"_s}};
    for (int i = 0; i < names.size(); ++i) {
        Member m;
        m.councilId = d.council.id;
        m.name = names.at(i).first;
        m.reading = names.at(i).second;
        m.role = i == 0 ? MemberRole::President : i == 1 ? MemberRole::VicePresident : MemberRole::Member;
        m.termStart = QDate(2024, 4, 1);
        m.sortOrder = i;
        m.id = councils.insert(m);
        d.members.append(m);
    }
    d.secretariat.councilId = d.council.id;
    d.secretariat.kind = StaffKind::Secretariat;
    d.secretariat.organisation = u"総務部総務課"_s;
    d.secretariat.name = u"林 伸也"_s;
    d.secretariat.title = u"課長"_s;
    d.secretariat.id = councils.insert(d.secretariat);
    d.presenter.councilId = d.council.id;
    d.presenter.kind = StaffKind::Presenter;
    d.presenter.organisation = u"情報政策課"_s;
    d.presenter.name = u"西田 隆"_s;
    d.presenter.title = u"課長"_s;
    d.presenter.id = councils.insert(d.presenter);

    MeetingRepository meetings(db);
    d.meeting.councilId = d.council.id;
    d.meeting.fiscalYear = 2025;
    d.meeting.number = 1;
    d.meeting.date = QDate(2025, 8, 28);
    d.meeting.startTime = QTime(14, 0);
    d.meeting.chairMemberId = d.members.first().id;
    d.meeting.id = meetings.insert(d.meeting);
    for (int i = 0; i < d.members.size(); ++i) {
        Attendance a;
        a.meetingId = d.meeting.id;
        a.memberId = d.members.at(i).id;
        a.status = i == d.members.size() - 1 ? AttendanceStatus::Absent : AttendanceStatus::Present;
        meetings.setAttendance(a);
    }
    meetings.setStaffPresent(d.meeting.id, {d.secretariat.id, d.presenter.id});

    AgendaRepository agenda(db);
    AgendaItem first;
    first.meetingId = d.meeting.id;
    first.position = 0;
    first.kind = AgendaKind::Consultation;
    first.number = u"諮問第1005号"_s;
    first.title = u"住民基本台帳事務における特定個人情報保護評価について"_s;
    first.id = agenda.insert(first);
    AgendaItem second;
    second.meetingId = d.meeting.id;
    second.position = 1;
    second.kind = AgendaKind::Report;
    second.title = u"個人情報取扱事務の届出状況について"_s;
    second.id = agenda.insert(second);
    d.agenda = {first, second};

    CouncilListsRepository lists(db);
    lists.setStageDirections(d.council.id, CouncilListsRepository::defaultStageDirections());
    lists.setNotationRules(d.council.id, CouncilListsRepository::defaultNotationRules());
    return d;
}

} // namespace kiroku::test
