# Transcript import (issue 3): decoding, parsing, speaker matching, the undo command and the CLI.
# Included from core/CMakeLists.txt.
target_sources(kiroku_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/TranscriptDecoder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TranscriptLines.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TranscriptParser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SpeakerMatcher.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TranscriptImport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../commands/TranscriptCommands.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../cli/CliTranscript.cpp
)
