#include "transcript/SpeakerMatcher.h"

#include "transcript/TranscriptLines.h"

using namespace Qt::StringLiterals;

namespace kiroku::transcript {
namespace {

QString normalise(const QString &text)
{
    QString result;
    const QString folded = text.normalized(QString::NormalizationForm_KC);
    result.reserve(folded.size());
    for (const QChar c : folded) {
        if (!lines::isBlank(c))
            result.append(c);
    }
    return result;
}

// 株式会社青葉台システムサービス → 青葉台システムサービス; デジタル推進部情報政策課 → 情報政策課 too.
QStringList organisationVariants(const QString &organisation)
{
    QStringList variants;
    QString org = normalise(organisation);
    if (org.isEmpty())
        return variants;
    variants << org;
    for (const QString &form : {u"株式会社"_s, u"有限会社"_s, u"(株)"_s, u"(有)"_s}) {
        if (org.startsWith(form))
            variants << org.mid(form.size());
        else if (org.endsWith(form))
            variants << org.chopped(form.size());
    }
    static const QString boundaries = u"部局室"_s;
    for (qsizetype i = 1; i + 1 < org.size(); ++i) {
        if (boundaries.contains(org.at(i)))
            variants << org.mid(i + 1);
    }
    variants.removeDuplicates();
    return variants;
}

// 区政情報課 + 課長 reads 区政情報課長, not 区政情報課課長.
QString withTitle(const QString &organisation, const QString &title)
{
    if (!title.isEmpty() && organisation.endsWith(title.front()))
        return organisation + title.mid(1);
    return organisation + title;
}

bool isMasked(const QString &label)
{
    static const QString masks = u"_＿○●×■□◯〇某"_s;
    return std::any_of(label.begin(), label.end(), [](QChar c) { return masks.contains(c); });
}

} // namespace

SpeakerMatcher::SpeakerMatcher(const Attendees &attendees)
{
    const Member *president = nullptr;
    for (const Member &m : attendees.members) {
        const QString role = japaneseLabel(m.role);
        const Target target{m.id, 0, m.name + u"（"_s + role + u"）"_s, {}};
        const QString surname = normalise(m.surname());
        const QString full = normalise(m.name);
        if (surname.isEmpty())
            continue;
        add(surname + role, target, 0);
        add(surname + u"委員"_s, target, 0);
        add(full + role, target, 0);
        add(full + u"委員"_s, target, 0);
        add(full, target, 0);
        add(surname, target, 1);
        add(role, target, m.role == MemberRole::Member ? 9 : 0); // 会長, 副会長; 委員 alone names nobody
        if (m.role == MemberRole::President) {
            president = &m;
            add(u"委員長"_s, target, 1);
        }
        if (m.id == attendees.chairMemberId)
            m_chair = target;
    }
    if (!m_chair && president)
        m_chair = Target{
            president->id, 0, president->name + u"（"_s + japaneseLabel(president->role) + u"）"_s, {}};

    for (const Staff &s : attendees.staff) {
        const QString title = normalise(s.title);
        const QString name = normalise(s.name);
        const QString surname = normalise(s.name.section(u' ', 0, 0));
        QString shown = s.organisation;
        if (!s.name.isEmpty())
            shown += u' ' + s.name;
        if (!s.title.isEmpty())
            shown += u' ' + s.title;
        const Target target{0, s.id, shown, normalise(s.organisation)};
        if (s.kind == StaffKind::Secretariat && !m_secretariat)
            m_secretariat = target;
        for (const QString &org : organisationVariants(s.organisation)) {
            add(org, target, 1);
            if (!title.isEmpty()) {
                add(withTitle(org, title), target, 0);
                add(org + title, target, 0);
            }
            if (!surname.isEmpty())
                add(org + surname, target, 0);
        }
        if (!surname.isEmpty()) {
            add(name, target, 0);
            add(surname, target, 1);
            add(surname + u"さん"_s, target, 1);
            if (!title.isEmpty())
                add(surname + title, target, 0);
        }
    }
}

void SpeakerMatcher::add(const QString &key, const Target &target, int priority)
{
    if (key.isEmpty())
        return;
    auto &candidates = m_keys[key];
    for (const auto &candidate : std::as_const(candidates)) {
        if (candidate.second == target && candidate.first <= priority)
            return;
    }
    candidates.append({priority, target});
}

std::optional<SpeakerMatcher::Target> SpeakerMatcher::lookup(const QString &key) const
{
    const auto found = m_keys.constFind(key);
    if (found == m_keys.constEnd() || found->isEmpty())
        return std::nullopt;
    int best = std::numeric_limits<int>::max();
    for (const auto &candidate : *found)
        best = std::min(best, candidate.first);
    std::optional<Target> chosen;
    for (const auto &candidate : *found) {
        if (candidate.first != best)
            continue;
        if (!chosen) {
            chosen = candidate.second;
            continue;
        }
        // Several people of one department answer as the department: take its first person.
        const bool sameDepartment =
            chosen->staffId != 0 && candidate.second.staffId != 0 && chosen->group == candidate.second.group;
        if (!(candidate.second == *chosen) && !sameDepartment)
            return std::nullopt; // two members called 佐藤: the clerk decides
    }
    return chosen;
}

SpeakerMatcher::Match SpeakerMatcher::match(const QString &label) const
{
    const QString n = normalise(label);
    if (n.isEmpty() || isMasked(n))
        return {};
    // 小林会長(議長): try 小林会長, then 議長. 諮問実施機関(市民課): the department in parentheses.
    QStringList candidates;
    const qsizetype open = n.indexOf(u'(');
    if (open > 0 && n.endsWith(u')')) {
        candidates << n.left(open) << n.mid(open + 1, n.size() - open - 2);
    } else {
        candidates << n;
    }
    auto result = [](const Target &t) { return Match{t.memberId, t.staffId, t.attendee}; };
    for (const QString &c : std::as_const(candidates)) {
        if (c.isEmpty())
            continue;
        if (c == u"議長"_s && m_chair)
            return result(*m_chair);
        if (const auto t = lookup(c))
            return result(*t);
        if (c.startsWith(u"事務局"_s) && m_secretariat)
            return result(*m_secretariat);
        // 市民課職員, デジタルイノベーション課等, 情報政策課担当: the department speaks.
        for (const QString &tail : {u"等"_s, u"職員"_s, u"担当者"_s, u"担当"_s, u"ほか"_s, u"一同"_s}) {
            if (c.size() > tail.size() && c.endsWith(tail)) {
                if (const auto t = lookup(c.chopped(tail.size())))
                    return result(*t);
            }
        }
        // 情報政策課長 when only the department is known (no title stored): the department.
        if (c.size() > 2 && c.endsWith(u'長')) {
            if (const auto t = lookup(c.chopped(1)))
                return result(*t);
        }
    }
    return {};
}

void SpeakerMatcher::apply(TranscriptPlan &plan) const
{
    for (SpeakerMapping &speaker : plan.speakers) {
        const Match m = match(speaker.label);
        speaker.memberId = m.memberId;
        speaker.staffId = m.staffId;
        speaker.attendee = m.attendee;
    }
    applyMapping(plan);
}

void SpeakerMatcher::applyMapping(TranscriptPlan &plan)
{
    QHash<QString, const SpeakerMapping *> byLabel;
    for (const SpeakerMapping &speaker : std::as_const(plan.speakers))
        byLabel.insert(speaker.label, &speaker);
    for (ParsedTurn &turn : plan.turns) {
        const SpeakerMapping *speaker = byLabel.value(turn.speaker);
        turn.memberId = speaker && turn.kind == StatementKind::Speech ? speaker->memberId : 0;
        turn.staffId = speaker && turn.kind == StatementKind::Speech ? speaker->staffId : 0;
    }
}

} // namespace kiroku::transcript
