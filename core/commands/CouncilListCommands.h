#pragma once
// Undoable replacement of a council's lists (masking list, notation list, stage-direction palette).
// Each command holds the list before and after; the ids read back after the first write are kept, so
// undo and redo bring back the same rows.
#include "commands/Document.h"
#include "store/CouncilListsRepository.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace kiroku {

template <typename Entry> class SetCouncilListCommand : public QUndoCommand
{
public:
    using Getter = QVector<Entry> (CouncilListsRepository::*)(Id) const;
    using Setter = void (CouncilListsRepository::*)(Id, const QVector<Entry> &);

    SetCouncilListCommand(Document *document, Id councilId, QVector<Entry> after, const QString &text,
                          Getter get, Setter set, QUndoCommand *parent)
        : QUndoCommand(text, parent)
        , m_document(document)
        , m_councilId(councilId)
        , m_after(std::move(after))
        , m_get(get)
        , m_set(set)
    {}

    void redo() override
    {
        const bool ok = m_document->attempt(this, [&] {
            CouncilListsRepository lists(m_document->database());
            if (!m_done)
                m_before = (lists.*m_get)(m_councilId);
            (lists.*m_set)(m_councilId, m_after);
            if (!m_done)
                m_after = (lists.*m_get)(m_councilId);
            m_done = true;
        });
        if (ok)
            Q_EMIT m_document->councilChanged(m_councilId);
    }

    void undo() override
    {
        const bool ok = m_document->attempt(
            this, [&] { (CouncilListsRepository(m_document->database()).*m_set)(m_councilId, m_before); });
        if (ok)
            Q_EMIT m_document->councilChanged(m_councilId);
    }

private:
    Document *m_document;
    Id m_councilId;
    QVector<Entry> m_before;
    QVector<Entry> m_after;
    Getter m_get;
    Setter m_set;
    bool m_done = false;
};

class SetMaskTermsCommand : public SetCouncilListCommand<MaskTerm>
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::CouncilListCommands)
public:
    SetMaskTermsCommand(Document *document, Id councilId, QVector<MaskTerm> terms,
                        QUndoCommand *parent = nullptr);
};

class SetNotationRulesCommand : public SetCouncilListCommand<NotationRule>
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::CouncilListCommands)
public:
    SetNotationRulesCommand(Document *document, Id councilId, QVector<NotationRule> rules,
                            QUndoCommand *parent = nullptr);
};

class SetStageDirectionsCommand : public SetCouncilListCommand<StageDirectionTemplate>
{
    Q_DECLARE_TR_FUNCTIONS(kiroku::CouncilListCommands)
public:
    SetStageDirectionsCommand(Document *document, Id councilId, QVector<StageDirectionTemplate> directions,
                              QUndoCommand *parent = nullptr);
};

} // namespace kiroku
