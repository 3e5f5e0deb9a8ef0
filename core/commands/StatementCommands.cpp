#include "commands/StatementCommands.h"

#include "store/AgendaRepository.h"
#include "store/Sql.h"
#include "store/StatementRepository.h"
#include "store/StoreError.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace kiroku {
namespace {

Statement existing(StatementRepository &repository, Id id)
{
    const std::optional<Statement> statement = repository.statement(id);
    if (!statement)
        throw StoreError(QCoreApplication::translate("kiroku::StatementCommands",
                                                     "The statement no longer exists in the archive."));
    return *statement;
}

QString shortText(const QString &text)
{
    return text.size() > 12 ? text.left(12) + u"…"_s : text;
}

} // namespace

// --- add ---

AddStatementCommand::AddStatementCommand(Document *document, Statement statement, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_statement(std::move(statement))
    , m_append(m_statement.position < 0)
{
    setText(m_statement.kind == StatementKind::Speech ? tr("Add statement of %1").arg(m_statement.speaker)
                                                      : tr("Add \"%1\"").arg(shortText(m_statement.text)));
}

void AddStatementCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        StatementRepository repository(m_document->database());
        if (m_append && m_statement.id == 0) {
            m_statement.id = repository.append(m_statement);
            m_statement = existing(repository, m_statement.id);
        } else {
            m_statement.id = repository.insert(m_statement); // undo needs the new row's id
        }
    });
    if (ok)
        Q_EMIT m_document->statementsChanged(m_statement.meetingId);
}

void AddStatementCommand::undo()
{
    const bool ok = m_document->attempt(
        this, [&] { StatementRepository(m_document->database()).remove(m_statement.id); });
    if (ok)
        Q_EMIT m_document->statementsChanged(m_statement.meetingId);
}

// --- edit ---

EditStatementCommand::EditStatementCommand(Document *document, Statement before, Statement after,
                                           QUndoCommand *parent)
    : QUndoCommand(tr("Edit statement"), parent)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

EditStatementCommand *EditStatementCommand::editText(Document *document, const Statement &statement,
                                                     const QString &text)
{
    Statement after = statement;
    after.text = text;
    auto *command = new EditStatementCommand(document, statement, after);
    command->setText(tr("Edit statement"));
    return command;
}

EditStatementCommand *EditStatementCommand::changeSpeaker(Document *document, const Statement &statement,
                                                          const QString &speaker, Id memberId, Id staffId)
{
    Statement after = statement;
    after.speaker = speaker;
    after.memberId = memberId;
    after.staffId = staffId;
    if (after.kind != StatementKind::Speech && !speaker.isEmpty())
        after.kind = StatementKind::Speech;
    auto *command = new EditStatementCommand(document, statement, after);
    command->setText(tr("Change speaker to %1").arg(speaker));
    return command;
}

void EditStatementCommand::write(const Statement &values)
{
    const bool ok = m_document->attempt(this, [&] {
        StatementRepository repository(m_document->database());
        Statement current = existing(repository, values.id);
        current.kind = values.kind;
        current.speaker = values.speaker;
        current.memberId = values.memberId;
        current.staffId = values.staffId;
        current.text = values.text;
        current.spokenAt = values.spokenAt;
        repository.update(current);
    });
    if (ok)
        Q_EMIT m_document->statementsChanged(values.meetingId);
}

void EditStatementCommand::redo()
{
    write(m_after);
}

void EditStatementCommand::undo()
{
    write(m_before);
}

// --- split ---

SplitStatementCommand::SplitStatementCommand(Document *document, Id statementId, int offset,
                                             QUndoCommand *parent)
    : QUndoCommand(tr("Split statement"), parent)
    , m_document(document)
    , m_id(statementId)
    , m_offset(offset)
{}

void SplitStatementCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        StatementRepository repository(db);
        sql::Transaction transaction(db);
        m_before = existing(repository, m_id);
        if (m_offset <= 0 || m_offset >= m_before.text.size())
            throw StoreError(tr("A statement can only be split inside its text."));
        Statement first = m_before;
        first.text = m_before.text.left(m_offset);
        const Id keep = m_second.id;
        m_second = m_before;
        m_second.id = keep;
        m_second.text = m_before.text.mid(m_offset).trimmed();
        m_second.position = m_before.position + 1;
        repository.update(first);
        m_second.id = repository.insert(m_second);
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->statementsChanged(m_before.meetingId);
}

void SplitStatementCommand::undo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        StatementRepository repository(db);
        sql::Transaction transaction(db);
        repository.remove(m_second.id);
        Statement current = existing(repository, m_id);
        current.text = m_before.text;
        repository.update(current);
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->statementsChanged(m_before.meetingId);
}

// --- merge ---

MergeStatementsCommand::MergeStatementsCommand(Document *document, Id statementId, QUndoCommand *parent)
    : QUndoCommand(tr("Merge statements"), parent)
    , m_document(document)
    , m_id(statementId)
{}

void MergeStatementsCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        StatementRepository repository(db);
        sql::Transaction transaction(db);
        m_first = existing(repository, m_id);
        const QVector<Statement> all = repository.statements(m_first.meetingId);
        const auto it =
            std::find_if(all.begin(), all.end(), [&](const Statement &s) { return s.id == m_id; });
        if (it == all.end() || it + 1 == all.end())
            throw StoreError(tr("The last statement has nothing after it to merge with."));
        m_second = *(it + 1);
        Statement merged = m_first;
        merged.text = m_first.text + m_second.text;
        repository.remove(m_second.id);
        repository.update(merged);
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->statementsChanged(m_first.meetingId);
}

void MergeStatementsCommand::undo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        StatementRepository repository(db);
        sql::Transaction transaction(db);
        Statement current = existing(repository, m_id);
        current.text = m_first.text;
        repository.update(current);
        repository.insert(m_second);
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->statementsChanged(m_first.meetingId);
}

// --- move ---

MoveStatementCommand::MoveStatementCommand(Document *document, Id statementId, Id agendaItemId,
                                           QUndoCommand *parent)
    : QUndoCommand(tr("Move statement to another agenda item"), parent)
    , m_document(document)
    , m_id(statementId)
    , m_target(agendaItemId)
{}

void MoveStatementCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        StatementRepository repository(db);
        sql::Transaction transaction(db);
        m_before = existing(repository, m_id);
        repository.remove(m_id);
        if (m_position < 0) {
            // After the item's last statement; for an item without any, before the first statement of a
            // later agenda item; else at the end.
            const QVector<Statement> rest = repository.statements(m_before.meetingId);
            QHash<Id, int> order;
            for (const AgendaItem &item : AgendaRepository(db).items(m_before.meetingId))
                order.insert(item.id, item.position);
            const int targetOrder = order.value(m_target, -1);
            int after = -1;
            int laterItem = -1;
            for (const Statement &s : rest) {
                if (s.agendaItemId == m_target)
                    after = s.position;
                else if (laterItem < 0 && s.agendaItemId != 0 &&
                         order.value(s.agendaItemId, -1) > targetOrder)
                    laterItem = s.position;
            }
            m_position = after >= 0 ? after + 1 : laterItem >= 0 ? laterItem : int(rest.size());
        }
        Statement moved = m_before;
        moved.agendaItemId = m_target;
        moved.position = m_position;
        repository.insert(moved);
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->statementsChanged(m_before.meetingId);
}

void MoveStatementCommand::undo()
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        StatementRepository repository(db);
        sql::Transaction transaction(db);
        repository.remove(m_id);
        repository.insert(m_before);
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->statementsChanged(m_before.meetingId);
}

// --- remove ---

RemoveStatementCommand::RemoveStatementCommand(Document *document, Id statementId, QUndoCommand *parent)
    : QUndoCommand(tr("Remove statement"), parent)
    , m_document(document)
    , m_id(statementId)
{}

void RemoveStatementCommand::redo()
{
    const bool ok = m_document->attempt(this, [&] {
        StatementRepository repository(m_document->database());
        m_removed = existing(repository, m_id);
        repository.remove(m_id);
    });
    if (ok)
        Q_EMIT m_document->statementsChanged(m_removed.meetingId);
}

void RemoveStatementCommand::undo()
{
    const bool ok =
        m_document->attempt(this, [&] { StatementRepository(m_document->database()).insert(m_removed); });
    if (ok)
        Q_EMIT m_document->statementsChanged(m_removed.meetingId);
}

// --- replace ---

QVector<TextChange> previewReplace(const QVector<Statement> &statements, const QString &find,
                                   const QString &replacement, Qt::CaseSensitivity cs, bool regularExpression)
{
    QVector<TextChange> changes;
    if (find.isEmpty())
        return changes;
    QRegularExpression pattern;
    if (regularExpression) {
        pattern.setPattern(find);
        if (cs == Qt::CaseInsensitive)
            pattern.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
        if (!pattern.isValid())
            return changes;
    }
    for (const Statement &s : statements) {
        int count = 0;
        QString after = s.text;
        if (regularExpression) {
            for (auto it = pattern.globalMatch(s.text); it.hasNext(); it.next())
                ++count;
            if (count > 0)
                after.replace(pattern, replacement);
        } else {
            count = int(s.text.count(find, cs));
            if (count > 0)
                after.replace(find, replacement, cs);
        }
        if (count > 0 && after != s.text)
            changes.append({s.id, s.speaker, s.text, after, count});
    }
    return changes;
}

QVector<TextChange> previewNotation(const QVector<Statement> &statements, const QVector<NotationRule> &rules)
{
    QVector<TextChange> changes;
    for (const Statement &s : statements) {
        QString after = s.text;
        int count = 0;
        for (const NotationRule &rule : rules) {
            if (rule.find.isEmpty())
                continue;
            const int n = int(after.count(rule.find));
            if (n == 0)
                continue;
            count += n;
            after.replace(rule.find, rule.replacement);
        }
        if (count > 0 && after != s.text)
            changes.append({s.id, s.speaker, s.text, after, count});
    }
    return changes;
}

ReplaceTextCommand::ReplaceTextCommand(Document *document, Id meetingId, QVector<TextChange> changes,
                                       const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_meetingId(meetingId)
    , m_changes(std::move(changes))
{}

void ReplaceTextCommand::write(bool forward)
{
    const bool ok = m_document->attempt(this, [&] {
        const QSqlDatabase db = m_document->database();
        StatementRepository repository(db);
        sql::Transaction transaction(db);
        for (const TextChange &change : std::as_const(m_changes)) {
            Statement current = existing(repository, change.statementId);
            if (current.text != (forward ? change.before : change.after))
                throw StoreError(tr("A statement changed after the preview; nothing was replaced."));
            current.text = forward ? change.after : change.before;
            repository.update(current);
        }
        transaction.commit();
    });
    if (ok)
        Q_EMIT m_document->statementsChanged(m_meetingId);
}

void ReplaceTextCommand::redo()
{
    write(true);
}

void ReplaceTextCommand::undo()
{
    write(false);
}

} // namespace kiroku
