# Live drafting (issue 3): the drafting session, its autosave and recovery, and the statement commands.
# Included from core/CMakeLists.txt.
target_sources(kiroku_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Clock.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Speakers.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Palette.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DraftingSession.cpp
  ${CMAKE_CURRENT_LIST_DIR}/StatementSections.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DraftedFacts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../commands/StatementCommands.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../commands/DraftedFactsCommand.cpp
)
