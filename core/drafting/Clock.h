#pragma once
// The time a drafting session records for each commit and draft save. Injectable, so tests can give
// a fixed or stepped time while the window uses the system clock.
#include <QDateTime>

namespace kiroku {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The wall clock of this machine, in local time.
    static const Clock &system();
};

// A clock that stands still until told to move (tests).
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start)
        : m_now(std::move(start))
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advance(int seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace kiroku
