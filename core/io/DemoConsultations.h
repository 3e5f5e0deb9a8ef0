#pragma once
// The demo council's subcommittee and reports (docs/consultations.md): a consultation referred to a
// subcommittee that meets twice before the council answers it, and the reports each meeting takes up
// (handling-notice counts, an audit, a leak report under 第68条 with the criteria it meets).
#include "model/Types.h"

#include <QSqlDatabase>

namespace kiroku::demo {

// The reports taken up at the index-th demo meeting, held on `meetingDate`: stored and numbered from
// `nextNumber` on; the agenda items that take them up are the caller's.
QVector<Report> addMeetingReports(const QSqlDatabase &db, Id councilId, int index, QDate meetingDate,
                                  int &nextNumber);

// The subcommittee of three members (the vice-president chairing) that `consultationId` was referred to
// on `referredOn`, and its two meetings before `answeredOn`, the second concluding its examination.
void addSubcommittee(const QSqlDatabase &db, Id councilId, const QVector<Member> &members, Id consultationId,
                     QDate referredOn, QDate answeredOn);

} // namespace kiroku::demo
