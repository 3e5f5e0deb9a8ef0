#pragma once
// The dates an evaluation runs on (docs/pia.md): the public comment period (in principle 30 days or
// more), the yearly review and the re-evaluation due at the latest five years after the last
// publication. Computed from the stored dates, never typed in.
#include "model/Types.h"

#include <QDate>
#include <QVector>

namespace kiroku::pia {

inline constexpr int MinimumCommentDays = 30;

// Days of the period, both ends counted (4月1日〜4月30日: 30); 0 when a date is missing.
int commentPeriodDays(QDate start, QDate end);

struct Schedule
{
    int commentDays = 0;
    bool commentTooShort = false; // under 30 days and no reason recorded
    bool commentShortWithReason = false;
    QDate lastPublication;  // of this evaluation number, across its versions
    QDate nextReview;       // a year after the last publication or review
    QDate fiveYearDeadline; // five years after the last publication
};

// `versions`: every version of the same evaluation (may be empty: the evaluation alone counts).
Schedule scheduleOf(const PiaEvaluation &evaluation, const QVector<PiaEvaluation> &versions = {});

} // namespace kiroku::pia
