# Sealing, verification, search and backup (issue 7). Included from core/CMakeLists.txt.
# What needs no Qt Gui goes to kiroku_store, so that the lean `kiroku` front runs these subcommands.
target_sources(kiroku_store PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Sealing.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Backup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../cli/CliBackup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../store/SqliteSchema.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../store/SealRepository.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../cli/CliSealing.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../store/SearchRepository.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../cli/CliSearch.cpp
)
target_sources(kiroku_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/SignatureStrokes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoSeals.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../commands/SignatureCommands.cpp
)
