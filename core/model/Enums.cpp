#include "model/Enums.h"

#include <array>

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

template <typename E, std::size_t N> struct KeyTable
{
    std::array<const char16_t *, N> keys;
};

template <typename E, std::size_t N> QString keyOf(const KeyTable<E, N> &table, E value)
{
    const auto index = static_cast<std::size_t>(value);
    return index < N ? QString::fromUtf16(table.keys[index]) : QString();
}

template <typename E, std::size_t N> std::optional<E> valueOf(const KeyTable<E, N> &table, QStringView key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QStringView(table.keys[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template <typename E, std::size_t N> QStringList keysOf(const KeyTable<E, N> &table)
{
    QStringList list;
    for (const auto *key : table.keys)
        list << QString::fromUtf16(key);
    return list;
}

// Order must follow the enum declarations.
constexpr KeyTable<QuorumRule, 2> quorumKeys{{u"majority", u"half_or_more"}};
constexpr KeyTable<MemberRole, 3> roleKeys{{u"president", u"vice_president", u"member"}};
constexpr KeyTable<StaffKind, 2> staffKeys{{u"secretariat", u"presenter"}};
constexpr KeyTable<MeetingMode, 3> modeKeys{{u"in_person", u"online", u"hybrid"}};
constexpr KeyTable<Publicity, 3> publicityKeys{{u"public", u"closed", u"partial"}};
constexpr KeyTable<MeetingStatus, 6> statusKeys{
    {u"planned", u"drafting", u"drafted", u"finalised", u"signed", u"sealed"}};
constexpr KeyTable<AttendanceStatus, 4> attendanceKeys{{u"present", u"absent", u"late", u"left_early"}};
constexpr KeyTable<AgendaKind, 5> agendaKeys{
    {u"deliberation", u"consultation", u"bill", u"report", u"other"}};
constexpr KeyTable<Outcome, 7> outcomeKeys{
    {u"none", u"response", u"approved", u"acknowledged", u"report_received", u"continued", u"referred"}};
constexpr KeyTable<VoteKind, 4> voteKeys{{u"none", u"all_hands", u"no_objection", u"counts"}};
constexpr KeyTable<StatementKind, 4> statementKeys{{u"speech", u"stage_direction", u"heading", u"summary"}};
constexpr KeyTable<ConsultationKind, 2> consultationKeys{{u"pia_inspection", u"other"}};
constexpr KeyTable<Distribution, 3> distributionKeys{{u"paper", u"tablet", u"both"}};
constexpr KeyTable<SignatureMethod, 3> signatureKeys{{u"none", u"pad", u"paper"}};
constexpr KeyTable<PiaType, 4> piaTypeKeys{{u"not_required", u"basic", u"basic_focused", u"basic_full"}};
constexpr KeyTable<PiaTrigger, 4> piaTriggerKeys{{u"new", u"important_change", u"five_year", u"voluntary"}};
constexpr KeyTable<PiaJudgment, 4> piaJudgmentKeys{
    {u"none", u"conforming", u"needs_improvement", u"observation"}};
constexpr KeyTable<PiaViewpointArea, 2> piaAreaKeys{{u"conformity", u"adequacy"}};
constexpr KeyTable<PiaOpinionHandling, 3> piaHandlingKeys{{u"pending", u"adopted", u"not_adopted"}};
constexpr KeyTable<NamePolicy, 5> namePolicyKeys{
    {u"full_name", u"surname", u"blank", u"role_only", u"letters"}};
constexpr KeyTable<AgendaNumbering, 4> agendaNumberingKeys{{u"paren", u"kana", u"circled", u"titles"}};
constexpr KeyTable<ReportKind, 4> reportKindKeys{{u"handling_notices", u"audit", u"leak", u"other"}};

} // namespace

#define KIROKU_DEFINE_KEYS(E, table)                                                                         \
    template <> QString toKey<E>(E value)                                                                    \
    {                                                                                                        \
        return keyOf(table, value);                                                                          \
    }                                                                                                        \
    template <> std::optional<E> fromKey<E>(QStringView key)                                                 \
    {                                                                                                        \
        return valueOf(table, key);                                                                          \
    }                                                                                                        \
    template <> QStringList allKeys<E>()                                                                     \
    {                                                                                                        \
        return keysOf(table);                                                                                \
    }
KIROKU_DEFINE_KEYS(QuorumRule, quorumKeys)
KIROKU_DEFINE_KEYS(MemberRole, roleKeys)
KIROKU_DEFINE_KEYS(StaffKind, staffKeys)
KIROKU_DEFINE_KEYS(MeetingMode, modeKeys)
KIROKU_DEFINE_KEYS(Publicity, publicityKeys)
KIROKU_DEFINE_KEYS(MeetingStatus, statusKeys)
KIROKU_DEFINE_KEYS(AttendanceStatus, attendanceKeys)
KIROKU_DEFINE_KEYS(AgendaKind, agendaKeys)
KIROKU_DEFINE_KEYS(Outcome, outcomeKeys)
KIROKU_DEFINE_KEYS(VoteKind, voteKeys)
KIROKU_DEFINE_KEYS(StatementKind, statementKeys)
KIROKU_DEFINE_KEYS(ConsultationKind, consultationKeys)
KIROKU_DEFINE_KEYS(Distribution, distributionKeys)
KIROKU_DEFINE_KEYS(SignatureMethod, signatureKeys)
KIROKU_DEFINE_KEYS(PiaType, piaTypeKeys)
KIROKU_DEFINE_KEYS(PiaTrigger, piaTriggerKeys)
KIROKU_DEFINE_KEYS(PiaJudgment, piaJudgmentKeys)
KIROKU_DEFINE_KEYS(PiaViewpointArea, piaAreaKeys)
KIROKU_DEFINE_KEYS(PiaOpinionHandling, piaHandlingKeys)
KIROKU_DEFINE_KEYS(NamePolicy, namePolicyKeys)
KIROKU_DEFINE_KEYS(AgendaNumbering, agendaNumberingKeys)
KIROKU_DEFINE_KEYS(ReportKind, reportKindKeys)
#undef KIROKU_DEFINE_KEYS

QString japaneseLabel(MemberRole role)
{
    switch (role) {
    case MemberRole::President:
        return u"会長"_s;
    case MemberRole::VicePresident:
        return u"副会長"_s;
    case MemberRole::Member:
        break;
    }
    return u"委員"_s;
}

QString japaneseLabel(QuorumRule rule)
{
    return rule == QuorumRule::Majority ? u"過半数"_s : u"半数以上"_s;
}

QString japaneseLabel(Publicity publicity)
{
    switch (publicity) {
    case Publicity::Public:
        return u"公開"_s;
    case Publicity::Closed:
        return u"非公開"_s;
    case Publicity::Partial:
        break;
    }
    return u"一部公開"_s;
}

QString japaneseLabel(AgendaKind kind)
{
    switch (kind) {
    case AgendaKind::Deliberation:
        return u"審議事項"_s;
    case AgendaKind::Consultation:
        return u"諮問"_s;
    case AgendaKind::Bill:
        return u"議案"_s;
    case AgendaKind::Report:
        return u"報告事項"_s;
    case AgendaKind::Other:
        break;
    }
    return u"その他"_s;
}

QString japaneseLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::None:
        return {};
    case Outcome::Response:
        return u"答申"_s;
    case Outcome::Approved:
        return u"承認"_s;
    case Outcome::Acknowledged:
        return u"了承"_s;
    case Outcome::ReportReceived:
        return u"報告を受けた"_s;
    case Outcome::Continued:
        return u"継続審議"_s;
    case Outcome::Referred:
        break;
    }
    return u"小委員会付託"_s;
}

QString japaneseLabel(VoteKind kind)
{
    switch (kind) {
    case VoteKind::None:
    case VoteKind::Counts:
        return {};
    case VoteKind::AllHands:
        return u"全員挙手"_s;
    case VoteKind::NoObjection:
        break;
    }
    return u"異議なし"_s;
}

QString japaneseLabel(PiaType type)
{
    switch (type) {
    case PiaType::NotRequired:
        return u"評価不要"_s;
    case PiaType::Basic:
        return u"基礎項目評価"_s;
    case PiaType::BasicFocused:
        return u"基礎項目評価及び重点項目評価"_s;
    case PiaType::BasicFull:
        break;
    }
    return u"基礎項目評価及び全項目評価"_s;
}

QString japaneseLabel(PiaTrigger trigger)
{
    switch (trigger) {
    case PiaTrigger::New:
        return u"新規保有"_s;
    case PiaTrigger::ImportantChange:
        return u"重要な変更"_s;
    case PiaTrigger::FiveYear:
        return u"一定期間経過（5年）"_s;
    case PiaTrigger::Voluntary:
        break;
    }
    return u"任意の再評価"_s;
}

QString japaneseLabel(PiaJudgment judgment)
{
    switch (judgment) {
    case PiaJudgment::None:
        return {};
    case PiaJudgment::Conforming:
        return u"適合"_s;
    case PiaJudgment::NeedsImprovement:
        return u"要改善"_s;
    case PiaJudgment::Observation:
        break;
    }
    return u"観察事項"_s;
}

QString japaneseLabel(PiaViewpointArea area)
{
    return area == PiaViewpointArea::Conformity ? u"適合性"_s : u"妥当性"_s;
}

QString japaneseLabel(PiaOpinionHandling handling)
{
    switch (handling) {
    case PiaOpinionHandling::Pending:
        return u"検討中"_s;
    case PiaOpinionHandling::Adopted:
        return u"反映する"_s;
    case PiaOpinionHandling::NotAdopted:
        break;
    }
    return u"反映しない"_s;
}

} // namespace kiroku
