#pragma once
// Value types of the domain (brief §2). Plain data: rules live in their own units (Quorum, ...),
// persistence in store/ repositories. An id of 0 means "not stored yet".
#include "model/Enums.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QVector>

namespace kiroku {

using Id = qint64;

struct Council
{
    Id id = 0;
    QString name;         // 情報公開・個人情報保護審議会
    QString municipality; // みどり市
    int quota = 0;        // 定員
    QuorumRule quorumRule = QuorumRule::Majority;
    int signerCount = 2;
    QString recordFormat;                         // name of the record format used by default
    NamePolicy namePolicy = NamePolicy::FullName; // in the public version
    bool consultationNumberingYearly = false;     // 諮問 numbers restart every 年度
    int publicationDeadlineDays = 0;              // 0: no deadline
    AgendaNumbering agendaNumbering = AgendaNumbering::Paren;
    QString notes;

    friend bool operator==(const Council &, const Council &) = default;
};

// An entry of a council's masking list: replaced wherever it occurs in the publication version
// (a citizen's name said in a statement, an address).
struct MaskTerm
{
    Id id = 0;
    Id councilId = 0;
    QString term;
    QString replacement = QStringLiteral("○○"); // may be empty: the term is blanked
    QString note;                               // why it is masked, for the next clerk

    friend bool operator==(const MaskTerm &, const MaskTerm &) = default;
};

// An entry of a council's notation list (ご審議 -> 御審議, 下さい -> ください), applied on request.
struct NotationRule
{
    Id id = 0;
    Id councilId = 0;
    int position = 0;
    QString find;
    QString replacement;
    QString note;

    friend bool operator==(const NotationRule &, const NotationRule &) = default;
};

// A stage direction on the council's drafting palette. {department}, {quorum}, {chair} and similar
// placeholders are filled in with live values when it is dropped into the record.
struct StageDirectionTemplate
{
    Id id = 0;
    Id councilId = 0;
    int position = 0;
    QString text;

    friend bool operator==(const StageDirectionTemplate &, const StageDirectionTemplate &) = default;
};

struct Member
{
    Id id = 0;
    Id councilId = 0;
    QString name;    // 佐々木 一郎 (surname and given name separated by a space)
    QString reading; // ささき いちろう
    MemberRole role = MemberRole::Member;
    QDate termStart;
    QDate termEnd;
    QString recommendingBody; // 推薦団体
    QString affiliation;      // 所属・職
    int sortOrder = 0;

    bool inOfficeOn(QDate date) const
    {
        return (!termStart.isValid() || termStart <= date) && (!termEnd.isValid() || date <= termEnd);
    }
    // 佐々木 from 佐々木 一郎
    QString surname() const;

    friend bool operator==(const Member &, const Member &) = default;
};

struct Staff
{
    Id id = 0;
    Id councilId = 0;
    StaffKind kind = StaffKind::Secretariat;
    QString organisation; // 情報政策課, 株式会社〇〇システム
    QString name;         // empty for an organisation counted by heads
    QString title;        // 課長, 係長
    int headCount = 0;    // 株式会社〇〇システム 2名

    friend bool operator==(const Staff &, const Staff &) = default;
};

struct Meeting
{
    Id id = 0;
    Id councilId = 0;
    int fiscalYear = 0; // Gregorian year the 年度 starts in
    int number = 0;     // 第N回 within the fiscal year
    QDate date;
    QTime startTime;
    QTime endTime;
    QString venue;
    MeetingMode mode = MeetingMode::InPerson;
    Publicity publicity = Publicity::Public;
    QString closedReason;
    bool observersAllowed = true;
    int observerCount = 0;
    QString observersReason; // why observers were not allowed
    Id chairMemberId = 0;
    MeetingStatus status = MeetingStatus::Planned;
    QString notes;
    QDate publishedDate; // the public version went out (website); null until then

    friend bool operator==(const Meeting &, const Meeting &) = default;
};

struct Attendance
{
    Id meetingId = 0;
    Id memberId = 0;
    AttendanceStatus status = AttendanceStatus::Present;
    QTime arrivedAt; // for Late
    QTime leftAt;    // for LeftEarly
    QString note;

    friend bool operator==(const Attendance &, const Attendance &) = default;
};

// A secretariat clerk or presenter (説明員) present at a meeting (meeting_staff). Times are set only for
// someone who came late or left early, as for members.
struct StaffAttendance
{
    Id meetingId = 0;
    Id staffId = 0;
    QTime arrivedAt;
    QTime leftAt;

    friend bool operator==(const StaffAttendance &, const StaffAttendance &) = default;
};

struct AgendaItem
{
    Id id = 0;
    Id meetingId = 0;
    int position = 0;
    AgendaKind kind = AgendaKind::Deliberation;
    QString number; // 諮問第1005号, 議案第1号, (1)
    QString title;
    Publicity publicity = Publicity::Public;
    QString closedReason;
    Outcome outcome = Outcome::None;
    VoteKind voteKind = VoteKind::None;
    int votesFor = 0;
    int votesAgainst = 0;
    int votesAbstain = 0;
    Id consultationId = 0;
    Id reportId = 0; // the report (報告) the item takes up

    friend bool operator==(const AgendaItem &, const AgendaItem &) = default;
};

struct Statement
{
    Id id = 0;
    Id meetingId = 0;
    Id agendaItemId = 0;
    int position = 0;
    StatementKind kind = StatementKind::Speech;
    QString speaker; // as printed: 佐々木委員, 事務局, 情報政策課長
    Id memberId = 0;
    Id staffId = 0;
    QString text;
    QTime spokenAt;

    friend bool operator==(const Statement &, const Statement &) = default;
};

struct Consultation
{
    Id id = 0;
    Id councilId = 0;
    int number = 0;     // 諮問第1005号
    int fiscalYear = 0; // for yearly numbering
    QDate receivedDate;
    QString consultingBody; // 市長, 教育委員会
    QString department;
    QString subject;
    ConsultationKind kind = ConsultationKind::Other;
    QDate withdrawnDate;
    QString notes;

    friend bool operator==(const Consultation &, const Consultation &) = default;
};

struct Response
{
    Id id = 0;
    Id consultationId = 0;
    Id meetingId = 0;
    QDate date;
    QString conclusion;
    QString body;
    QString opinions; // 付帯意見

    friend bool operator==(const Response &, const Response &) = default;
};

// A subcommittee (小委員会, 部会) of a council: some of its members, one of them chairing, examining the
// consultations the council referred to it in meetings of its own.
struct Subcommittee
{
    Id id = 0;
    Id councilId = 0;
    QString name; // 第一小委員会
    QDate establishedDate;
    QDate dissolvedDate;
    QString notes;

    friend bool operator==(const Subcommittee &, const Subcommittee &) = default;
};

struct SubcommitteeMember
{
    Id subcommitteeId = 0;
    Id memberId = 0;
    bool isChair = false; // 小委員長
    int position = 0;

    friend bool operator==(const SubcommitteeMember &, const SubcommitteeMember &) = default;
};

struct SubcommitteeReferral
{
    Id subcommitteeId = 0;
    Id consultationId = 0;
    QDate referredDate;

    friend bool operator==(const SubcommitteeReferral &, const SubcommitteeReferral &) = default;
};

// A consultation examined at a subcommittee meeting, and whether the examination ended there
// (the subcommittee's report to the council was settled).
struct SubcommitteeItem
{
    Id consultationId = 0;
    bool concluded = false;
    QString result; // 継続して審議する / 答申案をまとめた

    friend bool operator==(const SubcommitteeItem &, const SubcommitteeItem &) = default;
};

struct SubcommitteeMeeting
{
    Id id = 0;
    Id subcommitteeId = 0;
    int number = 0; // 第N回 of the subcommittee
    QDate date;
    QTime startTime;
    QTime endTime;
    QString venue;
    Publicity publicity = Publicity::Closed;
    QString summary;
    QString notes;
    QVector<Id> attendees; // member ids
    QVector<SubcommitteeItem> items;

    friend bool operator==(const SubcommitteeMeeting &, const SubcommitteeMeeting &) = default;
};

// A report (報告第N号) received by the council: handling-notice counts for a period, an audit or the
// state of security, a leak report under 個人情報保護法 第68条, or anything else.
struct Report
{
    Id id = 0;
    Id councilId = 0;
    int number = 0;
    int fiscalYear = 0;
    QDate receivedDate;
    QString reportingBody; // 市長
    QString department;
    QString title;
    ReportKind kind = ReportKind::Other;
    // Handling notices (開始・変更・廃止) in a period
    QDate periodStart;
    QDate periodEnd;
    int startedCount = 0;
    int changedCount = 0;
    int abolishedCount = 0;
    // Leak reports (漏えい等)
    QDate knownDate; // 覚知
    int affectedCount = 0;
    bool sensitiveData = false;   // 要配慮個人情報
    bool financialDamage = false; // 財産的被害のおそれ
    bool wrongfulPurpose = false; // 不正の目的
    bool overHundred = false;     // 100人超
    QString summary;
    QString measures;
    QString notes;

    friend bool operator==(const Report &, const Report &) = default;
};

struct Material
{
    Id id = 0;
    Id meetingId = 0;
    Id agendaItemId = 0;
    int position = 0;
    QString label; // 資料1, 資料10-1
    QString title;
    QString fileName;
    Id fileId = 0; // stored file (material_file)
    int pageCount = 0;
    Distribution distribution = Distribution::Both;
    bool isPublic = true;

    friend bool operator==(const Material &, const Material &) = default;
};

// A file a material had before it was replaced (material_file_version), oldest first.
struct MaterialFileVersion
{
    Id materialId = 0;
    int version = 0; // 1 = the first file the material had
    Id fileId = 0;
    QString fileName;
    int pageCount = 0;
    QString replacedAt; // ISO 8601, when the next file took its place

    friend bool operator==(const MaterialFileVersion &, const MaterialFileVersion &) = default;
};

struct StoredFile
{
    Id id = 0;
    QString sha256;
    QByteArray data;

    friend bool operator==(const StoredFile &, const StoredFile &) = default;
};

struct Signature
{
    Id id = 0;
    Id meetingId = 0;
    Id memberId = 0;
    int position = 0; // order of the signer lines
    QDateTime signedAt;
    SignatureMethod method = SignatureMethod::None;
    QByteArray strokes; // pad strokes, JSON
    Id scanFileId = 0;

    friend bool operator==(const Signature &, const Signature &) = default;
};

struct PiaEvaluation
{
    Id id = 0;
    Id councilId = 0;
    Id consultationId = 0;
    QString affair;         // 事務の名称
    QString evaluatingBody; // 評価実施機関
    QString department;
    QString evaluationNumber;
    int version = 1;
    PiaType declaredType = PiaType::BasicFull;
    // The threshold judgment's three inputs, each with the day it was counted and where it comes from
    // (住民基本台帳 as of …, 人事課の照会回答 …): the inspection checks them, not only the numbers.
    int targetCount = 0; // 対象人数
    QDate targetCountDate;
    QString targetCountSource;
    int handlerCount = 0; // 取扱者数 (委託先を含む)
    QDate handlerCountDate;
    QString handlerCountSource;
    bool seriousIncident = false; // 重大事故 in the year before the judgment
    QDate incidentCheckDate;
    QString incidentSource;
    PiaTrigger trigger = PiaTrigger::New;
    QString changeDescription;
    QDate publicCommentStart;
    QDate publicCommentEnd;
    QString publicCommentReason; // why shorter than 30 days
    QDate inspectionDate;
    QDate submissionDate;
    QDate publicationDate;
    Id documentFileId = 0; // the 評価書 PDF (stored_file)
    QString documentFileName;
    int documentPageCount = 0;
    QDate lastReviewDate; // the last yearly review (見直し); the next one is due a year later
    QString notes;

    friend bool operator==(const PiaEvaluation &, const PiaEvaluation &) = default;
};

} // namespace kiroku

#include "model/PiaTypes.h"
