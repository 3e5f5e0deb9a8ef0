#include "commands/CouncilListCommands.h"

namespace kiroku {

SetMaskTermsCommand::SetMaskTermsCommand(Document *document, Id councilId, QVector<MaskTerm> terms,
                                         QUndoCommand *parent)
    : SetCouncilListCommand(document, councilId, std::move(terms), tr("Edit masking list"),
                            &CouncilListsRepository::maskTerms, &CouncilListsRepository::setMaskTerms, parent)
{}

SetNotationRulesCommand::SetNotationRulesCommand(Document *document, Id councilId,
                                                 QVector<NotationRule> rules, QUndoCommand *parent)
    : SetCouncilListCommand(document, councilId, std::move(rules), tr("Edit notation list"),
                            &CouncilListsRepository::notationRules, &CouncilListsRepository::setNotationRules,
                            parent)
{}

SetStageDirectionsCommand::SetStageDirectionsCommand(Document *document, Id councilId,
                                                     QVector<StageDirectionTemplate> directions,
                                                     QUndoCommand *parent)
    : SetCouncilListCommand(document, councilId, std::move(directions), tr("Edit stage-direction palette"),
                            &CouncilListsRepository::stageDirections,
                            &CouncilListsRepository::setStageDirections, parent)
{}

} // namespace kiroku
