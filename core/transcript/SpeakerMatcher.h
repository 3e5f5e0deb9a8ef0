#pragma once
// Maps speaker labels as printed (佐々木委員, 会長, 議長, 事務局, 情報政策課長, 小林会長(議長)) to the
// meeting's people: members by surname and role, the chair, secretariat staff, presenters by their
// department. A label that fits nobody, or more than one person, stays unmatched for the clerk.
#include "transcript/TranscriptPlan.h"

#include <QHash>

#include <optional>

namespace kiroku::transcript {

struct Attendees
{
    QVector<Member> members;
    QVector<Staff> staff;
    Id chairMemberId = 0;
};

class SpeakerMatcher
{
public:
    explicit SpeakerMatcher(const Attendees &attendees);

    struct Match
    {
        Id memberId = 0;
        Id staffId = 0;
        QString attendee;
    };
    Match match(const QString &label) const;

    // Fills plan.speakers with matches and the turns with the ids of their speaker.
    void apply(TranscriptPlan &plan) const;
    // Puts the (possibly corrected) speaker mapping on the turns again.
    static void applyMapping(TranscriptPlan &plan);

private:
    struct Target
    {
        Id memberId = 0;
        Id staffId = 0;
        QString attendee;
        QString group; // a staff member's department
        bool operator==(const Target &other) const
        {
            return memberId == other.memberId && staffId == other.staffId;
        }
    };
    void add(const QString &key, const Target &target, int priority);
    std::optional<Target> lookup(const QString &key) const;

    // Key → candidates; priority 0 beats 1 (a member's exact label beats a surname-only key).
    QHash<QString, QVector<QPair<int, Target>>> m_keys;
    std::optional<Target> m_chair;
    std::optional<Target> m_secretariat;
};

} // namespace kiroku::transcript
