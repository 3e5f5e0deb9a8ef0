#include "pia/Schedule.h"

namespace kiroku::pia {

int commentPeriodDays(QDate start, QDate end)
{
    if (!start.isValid() || !end.isValid() || end < start)
        return 0;
    return int(start.daysTo(end)) + 1;
}

Schedule scheduleOf(const PiaEvaluation &e, const QVector<PiaEvaluation> &versions)
{
    Schedule s;
    s.commentDays = commentPeriodDays(e.publicCommentStart, e.publicCommentEnd);
    const bool hasPeriod = e.publicCommentStart.isValid() && e.publicCommentEnd.isValid();
    const bool shortPeriod = hasPeriod && s.commentDays < MinimumCommentDays;
    const bool reason = !e.publicCommentReason.trimmed().isEmpty();
    s.commentTooShort = shortPeriod && !reason;
    s.commentShortWithReason = shortPeriod && reason;
    s.lastPublication = e.publicationDate;
    QDate lastReview = e.lastReviewDate;
    for (const PiaEvaluation &v : versions) {
        if (v.publicationDate.isValid() &&
            (!s.lastPublication.isValid() || v.publicationDate > s.lastPublication))
            s.lastPublication = v.publicationDate;
        if (v.lastReviewDate.isValid() && (!lastReview.isValid() || v.lastReviewDate > lastReview))
            lastReview = v.lastReviewDate;
    }
    if (s.lastPublication.isValid()) {
        s.fiveYearDeadline = s.lastPublication.addYears(5);
        const QDate from =
            lastReview.isValid() && lastReview > s.lastPublication ? lastReview : s.lastPublication;
        s.nextReview = from.addYears(1);
    }
    return s;
}

} // namespace kiroku::pia
