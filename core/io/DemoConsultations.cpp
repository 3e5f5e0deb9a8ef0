#include "io/DemoConsultations.h"

#include "store/ReportRepository.h"
#include "store/SubcommitteeRepository.h"
#include "text/Wareki.h"

using namespace Qt::StringLiterals;

namespace kiroku::demo {

QVector<Report> addMeetingReports(const QSqlDatabase &db, Id councilId, int index, QDate meetingDate,
                                  int &nextNumber)
{
    // Every name and figure is invented.
    Report notices;
    notices.councilId = councilId;
    notices.fiscalYear = wareki::fiscalYearOf(meetingDate);
    notices.receivedDate = meetingDate.addDays(-14);
    notices.reportingBody = u"青葉台市長"_s;
    notices.kind = ReportKind::HandlingNotices;
    notices.department = u"総務部総務課"_s;
    notices.title = u"個人情報取扱事務の届出状況について"_s;
    notices.periodEnd = notices.receivedDate.addDays(-1);
    notices.periodStart = notices.periodEnd.addMonths(-3).addDays(1);
    notices.startedCount = 2 + index % 3;
    notices.changedCount = 4 + index;
    notices.abolishedCount = index % 2;
    QVector<Report> reports{notices};
    if (index == 3) {
        Report audit = notices;
        audit.kind = ReportKind::Audit;
        audit.department = u"デジタル推進部情報政策課"_s;
        audit.title = u"個人情報の安全管理措置に関する内部監査の結果について"_s;
        audit.periodStart = audit.periodEnd = QDate();
        audit.startedCount = audit.changedCount = audit.abolishedCount = 0;
        audit.summary = u"全課を対象に書面監査を行い、12課に実地監査を行った。重大な指摘事項はなかった。"_s;
        audit.measures = u"持ち出し簿の記載漏れ（3課）について是正を求めた。"_s;
        reports << audit;
    }
    if (index == 5) {
        Report leak = notices;
        leak.kind = ReportKind::Leak;
        leak.department = u"健康福祉部介護保険課"_s;
        leak.title = u"介護保険被保険者証の誤送付について"_s;
        leak.periodStart = leak.periodEnd = QDate();
        leak.startedCount = leak.changedCount = leak.abolishedCount = 0;
        leak.knownDate = meetingDate.addDays(-40);
        leak.receivedDate = meetingDate.addDays(-35);
        leak.affectedCount = 132;
        leak.sensitiveData = true; // the 要介護度 printed on the card
        leak.overHundred = true;
        leak.summary =
            u"被保険者証の一斉更新の際、封入作業の誤りにより、132人分の被保険者証（要介護度の記載を含む。）"
            "が別の被保険者あてに送付された。"_s;
        leak.measures =
            u"誤送付先から回収し、対象者全員に経緯を説明して謝罪した。封入時の二人一組による照合と、"
            "委託先の作業手順書の改訂を行った。個人情報保護委員会へ速報及び確報を提出した。"_s;
        reports << leak;
    }
    ReportRepository repository(db);
    for (Report &r : reports) {
        r.number = nextNumber++;
        r.id = repository.insert(r);
    }
    return reports;
}

void addSubcommittee(const QSqlDatabase &db, Id councilId, const QVector<Member> &members, Id consultationId,
                     QDate referredOn, QDate answeredOn)
{
    SubcommitteeRepository repository(db);
    Subcommittee s;
    s.councilId = councilId;
    s.name = u"評価書点検小委員会"_s;
    s.establishedDate = referredOn;
    s.notes = u"特定個人情報保護評価書の第三者点検を専門的に審査する。"_s;
    s.id = repository.insert(s);
    // The vice-president (a lawyer) chairs; the security researcher and a citizen member sit with her.
    repository.setMembers(
        s.id,
        {{s.id, members[1].id, true, 0}, {s.id, members[5].id, false, 1}, {s.id, members[2].id, false, 2}});
    repository.setReferrals(s.id, {{s.id, consultationId, referredOn}});
    const qint64 span = referredOn.daysTo(answeredOn);
    for (int n = 1; n <= 2; ++n) {
        SubcommitteeMeeting m;
        m.subcommitteeId = s.id;
        m.number = n;
        m.date = referredOn.addDays(span * n / 3);
        m.startTime = QTime(14, 0);
        m.endTime = QTime(15, 30);
        m.venue = u"青葉台市役所 本庁舎4階 第2会議室"_s;
        m.publicity = Publicity::Closed;
        m.attendees = {members[1].id, members[5].id, members[2].id};
        if (n == 1) {
            m.summary =
                u"評価書のうち、委託先の監督及びガバメントクラウドにおける特定個人情報の保管について、"
                "市民課から説明を受け、質疑を行った。"_s;
            m.items = {{consultationId, false, u"市民課に追加資料を求め、継続して審査する。"_s}};
        } else {
            m.summary = u"追加資料に基づき審査を行い、小委員会としての点検結果をまとめた。"_s;
            m.items = {{consultationId, true,
                        u"評価書は適合性及び妥当性を満たすとの点検結果をまとめ、"
                        "審議会に報告する。"_s}};
        }
        repository.insert(m);
    }
}

} // namespace kiroku::demo
