#include "commands/Document.h"

namespace kiroku {

Document::Document(std::unique_ptr<Archive> archive, QObject *parent)
    : QObject(parent)
    , m_archive(std::move(archive))
{}

Document::~Document()
{
    // Commands refer to the archive through this document: drop them first.
    m_undoStack.clear();
}

bool Document::push(QUndoCommand *command)
{
    m_pushFailed = false;
    if (!m_blocked.isEmpty()) {
        delete command;
        reportFailure(m_blocked);
        return false;
    }
    // A command whose redo() failed reported it and marked itself obsolete; QUndoStack then deletes it.
    m_undoStack.push(command);
    return !m_pushFailed;
}

} // namespace kiroku
