#pragma once
#include <QString>
#include <stdexcept>

namespace kiroku {

// Thrown by the store when the database refuses an operation. Caught at the edges (command line,
// undo commands, dialogs) and shown to the clerk; never crosses the Qt event loop.
class StoreError : public std::runtime_error
{
public:
    enum class Kind
    {
        Refused, // the operation is not allowed or its data is wrong
        Damaged, // the archive could not be read: the file is damaged (the clerk needs a backup)
        Busy     // another program kept the archive locked for writing beyond the wait
    };

    explicit StoreError(const QString &message, Kind kind = Kind::Refused)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_kind(kind)
    {}
    const QString &message() const { return m_message; }
    Kind kind() const { return m_kind; }

private:
    QString m_message;
    Kind m_kind;
};

} // namespace kiroku
