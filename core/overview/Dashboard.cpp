#include "overview/Dashboard.h"

#include "pia/PiaRegister.h"
#include "record/Completeness.h"
#include "store/ConsultationRepository.h"
#include "store/CouncilRepository.h"
#include "store/MeetingRepository.h"
#include "store/SignatureRepository.h"
#include "text/Wareki.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kiroku::overview {
namespace {

QString date(QDate d)
{
    return wareki::formatDate(d, wareki::Digits::Half, false);
}

QString meetingName(const Meeting &m)
{
    // 令和8年度第4回 in Japanese.
    return QCoreApplication::translate("kiroku::overview", "%1, meeting %2")
        .arg(wareki::formatFiscalYear(m.fiscalYear))
        .arg(m.number);
}

class Collector
{
public:
    Collector(const QSqlDatabase &db, QDate today)
        : m_db(db)
        , m_today(today)
    {}

    QVector<DashboardItem> run()
    {
        for (const Council &council : CouncilRepository(m_db).councils()) {
            m_council = council.name;
            const QVector<Meeting> meetings = MeetingRepository(m_db).meetings(council.id);
            nextMeeting(council, meetings);
            consultations(council);
            signing(council, meetings);
            members(council);
            piaEvaluations(council);
        }
        std::stable_sort(m_items.begin(), m_items.end(), [](const DashboardItem &a, const DashboardItem &b) {
            if (a.kind != b.kind)
                return a.kind < b.kind;
            if (a.urgency != b.urgency)
                return a.urgency > b.urgency;
            return a.date < b.date;
        });
        return m_items;
    }

private:
    void add(DashboardItem item)
    {
        item.council = m_council;
        m_items.append(std::move(item));
    }

    DashboardItem::Urgency soonIf(QDate d) const
    {
        return m_today.daysTo(d) <= 14 ? DashboardItem::Urgency::Soon : DashboardItem::Urgency::Info;
    }

    void nextMeeting(const Council &council, const QVector<Meeting> &meetings)
    {
        const Meeting *next = nullptr;
        for (const Meeting &m : meetings) {
            if (m.date.isValid() && m.date >= m_today && (!next || m.date < next->date))
                next = &m;
        }
        if (!next)
            return;
        DashboardItem item;
        item.kind = DashboardItem::Kind::NextMeeting;
        item.urgency = soonIf(next->date);
        item.date = next->date;
        item.councilId = council.id;
        item.meetingId = next->id;
        const int days = int(m_today.daysTo(next->date));
        item.text =
            meetingName(*next) + u'　' + date(next->date) +
            (days == 0 ? QCoreApplication::translate("kiroku::overview", " (today)")
                       : QCoreApplication::translate("kiroku::overview", " (in %n day(s))", nullptr, days));
        add(item);
    }

    void consultations(const Council &council)
    {
        const ConsultationRepository repository(m_db);
        for (const Consultation &c : repository.consultations(council.id)) {
            if (c.withdrawnDate.isValid() || !repository.responses(c.id).isEmpty())
                continue;
            DashboardItem item;
            item.kind = DashboardItem::Kind::OpenConsultation;
            item.date = c.receivedDate;
            item.councilId = council.id;
            item.consultationId = c.id;
            const int days = c.receivedDate.isValid() ? int(c.receivedDate.daysTo(m_today)) : 0;
            item.text = QCoreApplication::translate(
                            "kiroku::overview", "Consultation No. %1: %2 (received %3, open for %n day(s))",
                            nullptr, days)
                            .arg(c.number)
                            .arg(c.subject, date(c.receivedDate));
            add(item);
        }
    }

    void signing(const Council &council, const QVector<Meeting> &meetings)
    {
        const SignatureRepository signatures(m_db);
        for (const Meeting &m : meetings) {
            if (m.status == MeetingStatus::Finalised) {
                const QVector<Signature> list = signatures.signatures(m.id);
                const auto signedCount = std::count_if(list.begin(), list.end(), [](const Signature &s) {
                    return s.signedAt.isValid() || s.method != SignatureMethod::None;
                });
                DashboardItem item;
                item.kind = DashboardItem::Kind::AwaitingSignatures;
                item.urgency = DashboardItem::Urgency::Soon;
                item.date = m.date;
                item.councilId = council.id;
                item.meetingId = m.id;
                item.text = QCoreApplication::translate("kiroku::overview", "%1: %2 of %3 signatures")
                                .arg(meetingName(m))
                                .arg(signedCount)
                                .arg(std::max<qsizetype>(council.signerCount, list.size()));
                add(item);
            }
            if (m.status < MeetingStatus::Signed)
                continue;
            const record::PublicationDeadline deadline = record::publicationDeadline(council, m, m_today);
            if (!deadline.shown())
                continue;
            DashboardItem item;
            item.kind = DashboardItem::Kind::PublicationDue;
            item.urgency = deadline.state == record::PublicationDeadline::State::Overdue
                               ? DashboardItem::Urgency::Overdue
                               : soonIf(deadline.due);
            item.date = deadline.due;
            item.councilId = council.id;
            item.meetingId = m.id;
            item.text = meetingName(m) + u'　' + record::describeDeadline(deadline);
            add(item);
        }
    }

    void members(const Council &council)
    {
        for (const Member &member : CouncilRepository(m_db).members(council.id)) {
            if (!member.termEnd.isValid() || member.termEnd < m_today || m_today.daysTo(member.termEnd) > 90)
                continue;
            DashboardItem item;
            item.kind = DashboardItem::Kind::TermEnding;
            item.urgency = soonIf(member.termEnd);
            item.date = member.termEnd;
            item.councilId = council.id;
            item.memberId = member.id;
            item.text = QCoreApplication::translate("kiroku::overview", "%1: term ends %2")
                            .arg(member.name, date(member.termEnd));
            add(item);
        }
    }

    void piaEvaluations(const Council &council)
    {
        // The table a clerk keeps beside the archive wins over the shipped one, as everywhere.
        if (!m_thresholds)
            m_thresholds = pia::PiaLibrary({pia::PiaLibrary::folderBeside(m_db.databaseName())}).thresholds();
        for (const pia::PiaEntry &entry : pia::registerOf(m_db, council.id, *m_thresholds)) {
            if (!entry.latest)
                continue;
            const PiaEvaluation &e = entry.evaluation;
            const QString name = e.affair.isEmpty() ? e.evaluationNumber : e.affair;
            DashboardItem item;
            item.kind = DashboardItem::Kind::PiaDeadline;
            item.councilId = council.id;
            item.consultationId = e.consultationId;
            item.piaEvaluationId = e.id;
            const auto due = [&](QDate date, int withinDays, const QString &text) {
                if (!date.isValid() || m_today.daysTo(date) > withinDays)
                    return;
                DashboardItem d = item;
                d.date = date;
                d.urgency = date < m_today               ? DashboardItem::Urgency::Overdue
                            : m_today.daysTo(date) <= 30 ? DashboardItem::Urgency::Soon
                                                         : DashboardItem::Urgency::Info;
                d.text = text;
                add(d);
            };
            due(entry.schedule.fiveYearDeadline, 365,
                QCoreApplication::translate("kiroku::overview",
                                            "PIA %1: re-evaluation due by %2 (five years after %3)")
                    .arg(name, date(entry.schedule.fiveYearDeadline), date(entry.schedule.lastPublication)));
            due(entry.schedule.nextReview, 60,
                QCoreApplication::translate("kiroku::overview", "PIA %1: yearly review due by %2")
                    .arg(name, date(entry.schedule.nextReview)));
            const bool mismatch = entry.threshold.status == pia::ThresholdJudgment::Status::Lighter;
            if (mismatch || entry.schedule.commentTooShort) {
                DashboardItem flag = item;
                flag.urgency = DashboardItem::Urgency::Soon;
                flag.date = e.inspectionDate.isValid() ? e.inspectionDate : m_today;
                flag.text =
                    QCoreApplication::translate("kiroku::overview", "PIA %1: %2")
                        .arg(name, mismatch ? pia::statusText(entry.threshold)
                                            : QCoreApplication::translate(
                                                  "kiroku::overview",
                                                  "public comment period of %n day(s), under 30, without a "
                                                  "reason",
                                                  nullptr, entry.schedule.commentDays));
                add(flag);
            }
        }
    }

    QSqlDatabase m_db;
    QDate m_today;
    QVector<DashboardItem> m_items;
    std::optional<pia::ThresholdTable> m_thresholds;
    QString m_council;
};

} // namespace

QVector<DashboardItem> dashboard(const QSqlDatabase &db, QDate today)
{
    return Collector(db, today).run();
}

QString kindTitle(DashboardItem::Kind kind)
{
    switch (kind) {
    case DashboardItem::Kind::NextMeeting:
        return QCoreApplication::translate("kiroku::overview", "Next meeting");
    case DashboardItem::Kind::OpenConsultation:
        return QCoreApplication::translate("kiroku::overview", "Open consultations");
    case DashboardItem::Kind::AwaitingSignatures:
        return QCoreApplication::translate("kiroku::overview", "Records waiting for signatures");
    case DashboardItem::Kind::PublicationDue:
        return QCoreApplication::translate("kiroku::overview", "Public versions due");
    case DashboardItem::Kind::TermEnding:
        return QCoreApplication::translate("kiroku::overview", "Terms ending within 90 days");
    case DashboardItem::Kind::PiaDeadline:
        break;
    }
    return QCoreApplication::translate("kiroku::overview", "PIA evaluations: reviews and re-evaluations due");
}

} // namespace kiroku::overview
