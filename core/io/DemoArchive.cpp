#include "io/DemoArchive.h"

#include "archive/DemoSeals.h"
#include "io/DemoConsultations.h"
#include "io/DemoPia.h"
#include "io/DemoText.h"
#include "model/Quorum.h"
#include "packet/DemoMaterials.h"
#include "store/AgendaRepository.h"
#include "store/ConsultationRepository.h"
#include "store/CouncilListsRepository.h"
#include "store/CouncilRepository.h"
#include "store/MaterialRepository.h"
#include "store/MeetingRepository.h"
#include "store/SignatureRepository.h"
#include "store/Sql.h"
#include "store/StatementRepository.h"
#include "text/Wareki.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

struct DemoPerson
{
    const char16_t *name;
    const char16_t *reading;
    MemberRole role;
    const char16_t *body;
    const char16_t *affiliation;
};

// Every name here is invented.
const DemoPerson demoMembers[] = {
    {u"春日 和彦", u"かすが かずひこ", MemberRole::President, u"学識経験者", u"青葉台大学法学部教授"},
    {u"水野 理恵", u"みずの りえ", MemberRole::VicePresident, u"青葉台弁護士会", u"弁護士"},
    {u"岡部 誠", u"おかべ まこと", MemberRole::Member, u"公募", u"市民委員"},
    {u"北川 由美", u"きたがわ ゆみ", MemberRole::Member, u"青葉台市自治会連合会", u"副会長"},
    {u"島田 健一", u"しまだ けんいち", MemberRole::Member, u"青葉台商工会議所", u"常議員"},
    {u"辻本 直子", u"つじもと なおこ", MemberRole::Member, u"学識経験者",
     u"情報セキュリティ研究所 主任研究員"},
    {u"野村 博", u"のむら ひろし", MemberRole::Member, u"青葉台市民生委員児童委員協議会", u"理事"},
    {u"堀口 早苗", u"ほりぐち さなえ", MemberRole::Member, u"公募", u"市民委員"},
};

struct Context
{
    QSqlDatabase db;
    Council council;
    QVector<Member> members;
    QVector<Staff> staff;
    demo::TextGenerator text;
};

QString speakerLabel(const Member &member)
{
    return member.surname() + japaneseLabel(member.role);
}

Statement line(StatementKind kind, const QString &speaker, const QString &text, Id memberId = 0,
               Id staffId = 0)
{
    Statement s;
    s.kind = kind;
    s.speaker = speaker;
    s.text = text;
    s.memberId = memberId;
    s.staffId = staffId;
    return s;
}

// Agenda item labels in the style ア・イ・ウ under (1) 審議事項 etc.
QString itemNumber(int index)
{
    static const QString kana = u"アイウエオカキクケコ"_s;
    return QString(kana.at(index % kana.size()));
}

Id addMeeting(Context &c, QDate date, int number, MeetingStatus status, int absentIndex)
{
    MeetingRepository meetings(c.db);
    Meeting m;
    m.councilId = c.council.id;
    m.fiscalYear = wareki::fiscalYearOf(date);
    m.number = number;
    m.date = date;
    m.startTime = QTime(14, 0);
    m.endTime = QTime(15, 30);
    m.venue = u"青葉台市役所 本庁舎5階 第2会議室"_s;
    m.publicity = Publicity::Public;
    m.observersAllowed = true;
    m.observerCount = number % 3;
    m.chairMemberId = c.members.first().id;
    m.status = status;
    m.id = meetings.insert(m);
    for (int i = 0; i < c.members.size(); ++i) {
        Attendance a;
        a.meetingId = m.id;
        a.memberId = c.members[i].id;
        a.status = i == absentIndex ? AttendanceStatus::Absent : AttendanceStatus::Present;
        meetings.setAttendance(a);
    }
    QVector<Id> staffIds;
    for (const Staff &s : std::as_const(c.staff))
        staffIds << s.id;
    meetings.setStaffPresent(m.id, staffIds);
    return m.id;
}

// The papers handed out for each agenda item (資料1, 資料2 …), as the record's materials list.
void addMaterials(Context &c, Id meetingId, const QVector<AgendaItem> &items)
{
    MaterialRepository materials(c.db);
    int label = 0;
    for (const AgendaItem &item : items) {
        QStringList titles;
        if (item.kind == AgendaKind::Consultation)
            titles << u"諮問書（写し）"_s << u"特定個人情報保護評価書（全項目評価書）（案）"_s
                   << u"評価書の概要"_s;
        else
            titles << item.title.chopped(item.title.endsWith(u"について"_s) ? 4 : 0) + u"（一覧）"_s;
        for (const QString &title : std::as_const(titles)) {
            Material m;
            m.meetingId = meetingId;
            m.agendaItemId = item.id;
            m.position = label;
            m.label = u"資料%1"_s.arg(++label);
            m.title = title;
            m.pageCount = 2 + 3 * (label % 4);
            m.distribution = Distribution::Both;
            materials.insert(m);
        }
    }
}

// Writes a meeting's statements: opening, each agenda item with explanation, questions and a
// decision, closing. `target` is the rough number of statements.
void writeStatements(Context &c, Id meetingId, const QVector<AgendaItem> &items, int target)
{
    const Meeting meeting = *MeetingRepository(c.db).meeting(meetingId);
    const Staff &secretariat = c.staff.first();
    const Staff &presenter = c.staff.at(2);
    const Member &chair = c.members.first();
    const QString chairLabel = u"議長"_s;
    const auto state =
        quorumState(c.council, c.members, MeetingRepository(c.db).attendance(meetingId), meeting.date);

    QVector<Statement> out;
    out << line(StatementKind::Heading, {}, u"１．開会"_s);
    out << line(StatementKind::Speech, u"事務局"_s,
                u"定刻となりましたので、ただいまから%1%2%3を開会いたします。"_s.arg(
                    wareki::formatFiscalYear(meeting.fiscalYear),
                    wareki::formatOrdinalMeeting(meeting.number), c.council.municipality + c.council.name),
                0, secretariat.id);
    out << line(StatementKind::Speech, u"事務局"_s,
                u"本日は、委員%1名中%2名の御出席をいただいており、条例の規定により会議は成立しております。"_s
                    .arg(state.inOffice)
                    .arg(state.present),
                0, secretariat.id);
    out << line(StatementKind::Speech, chairLabel,
                u"それでは、議事に入ります。本日の会議録署名委員は、"_s + speakerLabel(c.members[2]) +
                    u"と"_s + speakerLabel(c.members[3]) + u"にお願いいたします。"_s,
                chair.id);
    out << line(StatementKind::StageDirection, {}, u"（委員の了承を得る。）"_s);
    out << line(StatementKind::Heading, {}, u"２．議事"_s);

    const int perItem = std::max(6, (target - int(out.size()) - 3) / std::max<int>(1, items.size()));
    bool firstItem = true;
    for (const AgendaItem &item : items) {
        const QString topic = c.text.topic();
        Statement heading = line(StatementKind::Heading, {}, item.number + u"　"_s + item.title);
        heading.agendaItemId = item.id;
        QVector<Statement> part{heading};
        part << line(StatementKind::Speech, chairLabel,
                     // Titles mostly end in について already: 「…の点検について、所管課から」.
                     item.title + (item.title.endsWith(u"について"_s) ? u""_s : u"について"_s) +
                         u"、所管課から説明をお願いします。"_s,
                     chair.id);
        part << line(StatementKind::StageDirection, {}, u"（"_s + presenter.organisation + u"　入室）"_s);
        part << line(StatementKind::Speech, presenter.organisation + presenter.title,
                     c.text.explanation(topic), 0, presenter.id);
        if (std::exchange(firstItem, false)) {
            // A citizen named in a statement: on the masking list, so the public version hides it.
            const Member &asker = c.members.at(1);
            part << line(StatementKind::Speech, speakerLabel(asker),
                         u"先日、緑町三丁目にお住まいの山岸 聡子さんから、窓口での本人確認について"
                         "御意見を頂いたと伺っております。その後の対応を教えてください。"_s,
                         asker.id);
            part << line(StatementKind::Speech, presenter.organisation + presenter.title,
                         u"山岸さんには、担当から経緯を御説明し、御了解をいただいております。"_s, 0,
                         presenter.id);
        }
        while (part.size() < perItem - 2) {
            part << line(StatementKind::Speech, chairLabel, c.text.chairRemark(topic), chair.id);
            const Member &asker = c.members.at(c.text.bounded(1, int(c.members.size()) - 1));
            part << line(StatementKind::Speech, speakerLabel(asker), c.text.question(topic), asker.id);
            part << line(StatementKind::Speech, presenter.organisation + presenter.title,
                         c.text.answer(topic), 0, presenter.id);
            if (c.text.chance(40))
                part << line(StatementKind::Speech, speakerLabel(asker), c.text.opinion(topic), asker.id);
        }
        if (item.voteKind == VoteKind::AllHands) {
            part << line(StatementKind::Speech, chairLabel,
                         u"それでは、本件について原案のとおり答申することに"
                         "賛成の方は挙手をお願いします。"_s,
                         chair.id);
            part << line(StatementKind::StageDirection, {}, u"（全員挙手）"_s);
        } else {
            part << line(StatementKind::Speech, chairLabel, u"本件については、以上でよろしいでしょうか。"_s,
                         chair.id);
            part << line(StatementKind::StageDirection, {}, u"（異議なし）"_s);
        }
        part << line(StatementKind::StageDirection, {}, u"（"_s + presenter.organisation + u"　退室）"_s);
        for (Statement &s : part)
            s.agendaItemId = item.id;
        out += part;
    }
    out << line(StatementKind::Heading, {}, u"３．閉会"_s);
    out << line(StatementKind::Speech, chairLabel, u"以上で本日の審議会を閉会いたします。"_s, chair.id);

    QTime clock = meeting.startTime;
    for (int i = 0; i < out.size(); ++i) {
        if (out[i].kind == StatementKind::Speech) {
            clock = clock.addSecs(std::max(20, int(out[i].text.size())));
            out[i].spokenAt = clock;
        }
    }
    StatementRepository(c.db).appendAll(meetingId, out);
}

AgendaItem addItem(Context &c, Id meetingId, int position, AgendaKind kind, const QString &number,
                   const QString &title, Outcome outcome, VoteKind vote, Id consultationId = 0)
{
    AgendaItem item;
    item.meetingId = meetingId;
    item.position = position;
    item.kind = kind;
    item.number = number;
    item.title = title;
    item.outcome = outcome;
    item.voteKind = vote;
    item.consultationId = consultationId;
    item.id = AgendaRepository(c.db).insert(item);
    return item;
}

void designateSigners(Context &c, Id meetingId, bool signedAlready)
{
    SignatureRepository signatures(c.db);
    signatures.designate(meetingId, {c.members[2].id, c.members[3].id});
    if (!signedAlready)
        return;
    const Meeting meeting = *MeetingRepository(c.db).meeting(meetingId);
    for (Signature s : signatures.signatures(meetingId)) {
        s.method = SignatureMethod::Paper;
        s.signedAt = QDateTime(meeting.date.addDays(14), QTime(10, 0), QTimeZone(9 * 3600));
        signatures.update(s);
    }
}

Id addConsultation(Context &c, int number, QDate received, const QString &subject, ConsultationKind kind)
{
    Consultation k;
    k.councilId = c.council.id;
    k.number = number;
    k.fiscalYear = wareki::fiscalYearOf(received);
    k.receivedDate = received;
    k.consultingBody = u"青葉台市長"_s;
    k.department = u"デジタル推進部情報政策課"_s;
    k.subject = subject;
    k.kind = kind;
    return ConsultationRepository(c.db).insert(k);
}

// A full-size year of meetings for benchmarks: 4–6 meetings of 300–900 statements.
void writeLargeYear(Context &c, int fiscalYear)
{
    const int meetings = c.text.bounded(4, 6);
    for (int n = 1; n <= meetings; ++n) {
        const QDate date = QDate(fiscalYear, 4, 1).addDays(n * (330 / meetings) + c.text.bounded(0, 14));
        const Id id = addMeeting(c, date, n, MeetingStatus::Finalised, n % int(c.members.size()));
        QVector<AgendaItem> items;
        const int count = c.text.bounded(2, 4);
        for (int i = 0; i < count; ++i)
            items << addItem(c, id, i, i == 0 ? AgendaKind::Consultation : AgendaKind::Report, itemNumber(i),
                             u"報告事項 "_s + c.text.topic() + u"について"_s,
                             i == 0 ? Outcome::Response : Outcome::ReportReceived,
                             i == 0 ? VoteKind::AllHands : VoteKind::NoObjection);
        addMaterials(c, id, items);
        writeStatements(c, id, items, c.text.bounded(300, 900));
        designateSigners(c, id, true);
    }
}

} // namespace

Id DemoArchive::write(const QSqlDatabase &db, const DemoOptions &options)
{
    sql::Transaction transaction(db);
    Context c{db, {}, {}, {}, demo::TextGenerator(options.seed)};
    CouncilRepository councils(db);
    c.council.name = u"情報公開・個人情報保護審議会"_s;
    c.council.municipality = u"青葉台市"_s;
    c.council.quota = int(std::size(demoMembers));
    c.council.quorumRule = QuorumRule::Majority;
    c.council.signerCount = 2;
    c.council.recordFormat = u"numbered"_s;
    c.council.namePolicy = NamePolicy::Surname;
    c.council.publicationDeadlineDays = 45;
    c.council.notes = u"架空の自治体によるデモ用の審議会です。"_s;
    c.council.id = councils.insert(c.council);
    CouncilListsRepository lists(db);
    lists.setStageDirections(c.council.id, CouncilListsRepository::defaultStageDirections());
    lists.setNotationRules(c.council.id, CouncilListsRepository::defaultNotationRules());
    QVector<MaskTerm> masks;
    for (const auto &[term, note] :
         {std::pair{u"山岸 聡子"_s, u"市民の氏名"_s}, std::pair{u"山岸"_s, u"市民の氏名（姓のみ）"_s},
          std::pair{u"緑町三丁目"_s, u"市民の住所"_s}}) {
        MaskTerm t;
        t.term = term;
        t.note = note;
        masks << t;
    }
    lists.setMaskTerms(c.council.id, masks);

    const int currentYear = wareki::fiscalYearOf(options.today);
    const QDate termStart(currentYear - 1, 4, 1);
    int order = 0;
    for (const DemoPerson &p : demoMembers) {
        Member m;
        m.councilId = c.council.id;
        m.name = QString::fromUtf16(p.name);
        m.reading = QString::fromUtf16(p.reading);
        m.role = p.role;
        m.termStart = termStart;
        m.termEnd = QDate(currentYear + 1, 3, 31);
        m.recommendingBody = QString::fromUtf16(p.body);
        m.affiliation = QString::fromUtf16(p.affiliation);
        m.sortOrder = order++;
        m.id = councils.insert(m);
        c.members << m;
    }
    const std::tuple<StaffKind, const char16_t *, const char16_t *, const char16_t *, int> staffRows[] = {
        {StaffKind::Secretariat, u"総務部総務課", u"林 伸也", u"課長", 0},
        {StaffKind::Secretariat, u"総務部総務課", u"松本 彩", u"係長", 0},
        {StaffKind::Presenter, u"デジタル推進部情報政策課", u"西田 隆", u"課長", 0},
        {StaffKind::Presenter, u"市民部市民課", u"大森 涼子", u"課長", 0},
        {StaffKind::Presenter, u"株式会社青葉台システムサービス", u"", u"", 2},
    };
    for (const auto &[kind, organisation, name, title, heads] : staffRows) {
        Staff s;
        s.councilId = c.council.id;
        s.kind = kind;
        s.organisation = QString::fromUtf16(organisation);
        s.name = QString::fromUtf16(name);
        s.title = QString::fromUtf16(title);
        s.headCount = heads;
        s.id = councils.insert(s);
        c.staff << s;
    }

    for (int i = options.extraYears; i >= 1; --i)
        writeLargeYear(c, currentYear - 1 - i);
    if (options.longMeeting) {
        const int year = currentYear - 2;
        const int number = MeetingRepository(db).nextNumber(c.council.id, year);
        const Id id = addMeeting(c, QDate(year + 1, 3, 25), number, MeetingStatus::Finalised, -1);
        QVector<AgendaItem> items;
        for (int i = 0; i < 6; ++i)
            items << addItem(c, id, i, AgendaKind::Deliberation, itemNumber(i),
                             c.text.topic() + u"に関する審議"_s, Outcome::Approved, VoteKind::AllHands);
        addMaterials(c, id, items);
        writeStatements(c, id, items, 3000);
    }

    // Two fiscal years of ordinary meetings up to the demo's "today".
    const Id earlier =
        addConsultation(c, 11, QDate(currentYear - 1, 6, 12),
                        u"特定個人情報保護評価書（全項目評価書）の第三者点検について（市民税に関する事務）"_s,
                        ConsultationKind::PiaInspection);
    const Id gov = addConsultation(c, 12, QDate(currentYear, 5, 21),
                                   u"特定個人情報保護評価書（全項目評価書）の第三者点検について"
                                   "（住民基本台帳に関する事務のガバメントクラウドへの移行）"_s,
                                   ConsultationKind::PiaInspection);
    struct Plan
    {
        QDate date;
        MeetingStatus status;
    };
    const Plan plans[] = {
        {QDate(currentYear - 1, 6, 12), MeetingStatus::Signed},
        {QDate(currentYear - 1, 9, 18), MeetingStatus::Signed},
        {QDate(currentYear - 1, 12, 11), MeetingStatus::Signed},
        {QDate(currentYear, 2, 19), MeetingStatus::Signed},
        {QDate(currentYear, 5, 21), MeetingStatus::Signed},
        {QDate(currentYear, 8, 27), MeetingStatus::Finalised},
        {QDate(currentYear, 11, 12), MeetingStatus::Drafted},
        {QDate(currentYear + 1, 2, 18), MeetingStatus::Planned},
    };
    int index = 0;
    int reportNumber = 361;
    QDate referredOn;
    QDate answeredOn;
    for (const Plan &plan : plans) {
        if (plan.date > options.today.addYears(1))
            continue;
        const int year = wareki::fiscalYearOf(plan.date);
        const int number = MeetingRepository(db).nextNumber(c.council.id, year);
        const Id id = addMeeting(c, plan.date, number, plan.status, index == 2 ? 5 : -1);
        QVector<AgendaItem> items;
        if (index == 0) {
            items << addItem(c, id, 0, AgendaKind::Consultation, u"諮問第11号"_s,
                             u"市民税に関する事務の全項目評価書の第三者点検について"_s, Outcome::Response,
                             VoteKind::AllHands, earlier);
        } else if (index >= 4 && index <= 6) {
            // Received and continued, referred to the subcommittee, answered.
            const Outcome outcome = index == 6   ? Outcome::Response
                                    : index == 5 ? Outcome::Referred
                                                 : Outcome::Continued;
            items << addItem(c, id, 0, AgendaKind::Consultation, u"諮問第12号"_s,
                             u"住民基本台帳に関する事務の全項目評価書の第三者点検について"_s, outcome,
                             index == 6 ? VoteKind::AllHands : VoteKind::NoObjection, gov);
        }
        for (const Report &report :
             demo::addMeetingReports(db, c.council.id, index, plan.date, reportNumber)) {
            AgendaItem item =
                addItem(c, id, int(items.size()), AgendaKind::Report, u"報告第%1号"_s.arg(report.number),
                        report.title, Outcome::ReportReceived, VoteKind::NoObjection);
            item.reportId = report.id;
            AgendaRepository(db).update(item);
            items << item;
        }
        addMaterials(c, id, items);
        if (plan.status != MeetingStatus::Planned) {
            writeStatements(c, id, items, 40 + 10 * index);
            designateSigners(c, id, plan.status == MeetingStatus::Signed);
        }
        if (plan.status == MeetingStatus::Signed && plan.date.addDays(40) <= options.today) {
            Meeting published = *MeetingRepository(db).meeting(id);
            published.publishedDate = plan.date.addDays(40);
            MeetingRepository(db).update(published);
        }
        if (index == 5)
            referredOn = plan.date;
        if (index == 6)
            answeredOn = plan.date;
        if (index == 0 || index == 6) {
            Response r;
            r.consultationId = index == 0 ? earlier : gov;
            r.meetingId = id;
            r.date = plan.date;
            r.conclusion = u"評価書の内容は、特定個人情報保護評価指針に定める実施手続等に適合し、"
                           "その内容は妥当であると認められる。"_s;
            r.body = u"当審議会は、諮問のあった評価書について、適合性及び妥当性の観点から点検を行った。"_s;
            r.opinions = u"委託先に対する監督の状況について、定期的に確認し、その結果を記録すること。"_s;
            ConsultationRepository(db).insert(r);
        }
        ++index;
    }

    if (referredOn.isValid() && answeredOn.isValid())
        demo::addSubcommittee(db, c.council.id, c.members, gov, referredOn, answeredOn);

    writeDemoPia(db, c.council.id, gov, earlier, currentYear);
    packet::attachDemoMaterialFiles(db, c.council.id);
    attachDemoPiaDocument(db, c.council.id);
    if (options.sealOne)
        addDemoSignaturesAndSeal(db, c.council.id);

    transaction.commit();
    return c.council.id;
}

} // namespace kiroku
