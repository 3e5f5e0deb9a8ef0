#pragma once
// The fictional demo council (みどり市 — every name invented) that a new user opens first, and the
// large archives the benchmarks use.
#include "model/Types.h"

#include <QSqlDatabase>

namespace kiroku {

struct DemoOptions
{
    QDate today = QDate(2026, 11, 22); // the demo's "now": the last meeting is shortly before it
    int extraYears = 0;                // --scale N: N more fiscal years of full-size meetings
    bool longMeeting = false;          // one meeting of 3,000 statements (added with --scale)
    quint32 seed = 20251;
    bool sealOne = true; // seal the latest signed record (its rows and members then resist changes)
};

class DemoArchive
{
public:
    // Writes the demo into an archive without councils. Returns the demo council's id.
    static Id write(const QSqlDatabase &db, const DemoOptions &options = {});
};

} // namespace kiroku
