#pragma once
#include <QString>
#include <stdexcept>

namespace kiroku {

// Thrown by the store when the database refuses an operation. Caught at the edges (command line,
// undo commands, dialogs) and shown to the clerk; never crosses the Qt event loop.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace kiroku
