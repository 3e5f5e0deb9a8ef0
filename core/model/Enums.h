#pragma once
// The domain's closed vocabularies. Each enum is stored and exported by a stable ASCII key
// (the key tables live in Enums.cpp), never by its integer value.
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace kiroku {

enum class QuorumRule
{
    Majority,
    HalfOrMore
}; // 過半数 / 半数以上
enum class MemberRole
{
    President,
    VicePresident,
    Member
}; // 会長 / 副会長 / 委員
enum class StaffKind
{
    Secretariat,
    Presenter
}; // 事務局 / 説明員・所管課
enum class MeetingMode
{
    InPerson,
    Online,
    Hybrid
};
enum class Publicity
{
    Public,
    Closed,
    Partial
}; // 公開 / 非公開 / 一部公開
enum class MeetingStatus
{
    Planned,
    Drafting,
    Drafted,
    Finalised,
    Signed,
    Sealed
};
enum class AttendanceStatus
{
    Present,
    Absent,
    Late,
    LeftEarly
};
enum class AgendaKind
{
    Deliberation,
    Consultation,
    Bill,
    Report,
    Other
};
enum class Outcome
{
    None,
    Response,
    Approved,
    Acknowledged,
    ReportReceived,
    Continued,
    Referred
};
enum class VoteKind
{
    None,
    AllHands,
    NoObjection,
    Counts
};
enum class StatementKind
{
    Speech,
    StageDirection,
    Heading,
    Summary
};
enum class ConsultationKind
{
    PiaInspection,
    Other
};
enum class Distribution
{
    Paper,
    Tablet,
    Both
};
enum class SignatureMethod
{
    None,
    Pad,
    Paper
};
enum class PiaType
{
    NotRequired,
    Basic,
    BasicFocused,
    BasicFull
};
enum class PiaTrigger
{
    New,
    ImportantChange,
    FiveYear,
    Voluntary
};
// A judgment in the third-party inspection, for a viewpoint or a question: 適合, or one of the two
// kinds of 経過観察 (要改善, 観察事項); None while not judged.
enum class PiaJudgment
{
    None,
    Conforming,
    NeedsImprovement,
    Observation
};
enum class PiaViewpointArea
{
    Conformity, // 適合性
    Adequacy    // 妥当性
};
// How an opinion received in the public comment period was dealt with.
enum class PiaOpinionHandling
{
    Pending,
    Adopted,
    NotAdopted
};
// How agenda items are numbered on the 次第 and in the record: (1)(2), ア・イ・ウ, ①②, or by their own
// numbers only (諮問第N号 titles).
enum class AgendaNumbering
{
    Paren,
    Kana,
    Circled,
    Titles
};
// Kinds of report (報告) a council receives.
enum class ReportKind
{
    HandlingNotices, // 個人情報取扱事務の開始・変更・廃止の届出件数
    Audit,           // 監査・安全管理の状況
    Leak,            // 漏えい等報告 (個人情報保護法 第68条)
    Other
};
enum class NamePolicy
{
    FullName,
    Surname,
    Blank,
    RoleOnly,
    Letters
};

// Stable storage key of an enum value ("majority", "half_or_more", ...).
template <typename E> QString toKey(E value);
// Parses a storage key; nullopt for an unknown key.
template <typename E> std::optional<E> fromKey(QStringView key);
// All keys of an enum, in declaration order.
template <typename E> QStringList allKeys();

#define KIROKU_DECLARE_KEYS(E)                                                                               \
    template <> QString toKey<E>(E);                                                                         \
    template <> std::optional<E> fromKey<E>(QStringView);                                                    \
    template <> QStringList allKeys<E>();
KIROKU_DECLARE_KEYS(QuorumRule)
KIROKU_DECLARE_KEYS(MemberRole)
KIROKU_DECLARE_KEYS(StaffKind)
KIROKU_DECLARE_KEYS(MeetingMode)
KIROKU_DECLARE_KEYS(Publicity)
KIROKU_DECLARE_KEYS(MeetingStatus)
KIROKU_DECLARE_KEYS(AttendanceStatus)
KIROKU_DECLARE_KEYS(AgendaKind)
KIROKU_DECLARE_KEYS(Outcome)
KIROKU_DECLARE_KEYS(VoteKind)
KIROKU_DECLARE_KEYS(StatementKind)
KIROKU_DECLARE_KEYS(ConsultationKind)
KIROKU_DECLARE_KEYS(Distribution)
KIROKU_DECLARE_KEYS(SignatureMethod)
KIROKU_DECLARE_KEYS(PiaType)
KIROKU_DECLARE_KEYS(PiaTrigger)
KIROKU_DECLARE_KEYS(PiaJudgment)
KIROKU_DECLARE_KEYS(PiaViewpointArea)
KIROKU_DECLARE_KEYS(PiaOpinionHandling)
KIROKU_DECLARE_KEYS(NamePolicy)
KIROKU_DECLARE_KEYS(AgendaNumbering)
KIROKU_DECLARE_KEYS(ReportKind)
#undef KIROKU_DECLARE_KEYS

// Japanese wording as printed in records (会長, 過半数, 非公開 ...). UI labels go through tr() instead.
QString japaneseLabel(MemberRole role);
QString japaneseLabel(QuorumRule rule);
QString japaneseLabel(Publicity publicity);
QString japaneseLabel(AgendaKind kind);
QString japaneseLabel(Outcome outcome);
QString japaneseLabel(VoteKind kind);
QString japaneseLabel(PiaType type);       // 基礎項目評価, 基礎項目評価及び全項目評価 …
QString japaneseLabel(PiaTrigger trigger); // 新規, 重要な変更, 5年経過前の再評価, 任意
QString japaneseLabel(PiaJudgment judgment); // 適合, 要改善, 観察事項; empty for None
QString japaneseLabel(PiaViewpointArea area);
QString japaneseLabel(PiaOpinionHandling handling);

} // namespace kiroku
