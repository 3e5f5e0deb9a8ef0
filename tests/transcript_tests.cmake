# Transcript import (issue 3): decoding, parsing, the undoable import, the command line and the dialog.
# Fixtures in fixtures/transcripts/ are fictional minutes, one per speaker style; the *.sjis, *.utf16*
# and *-bom files hold the same text as their UTF-8 twins in other encodings.
kiroku_add_test(TestTranscriptDecoder LIBS kiroku_core)
kiroku_add_test(TestTranscriptParser LIBS kiroku_core)
kiroku_add_test(TestTranscriptImport LIBS kiroku_core)
if(TARGET kiroku)
  kiroku_add_test(TestCliTranscript LIBS Qt6::Sql)
  add_dependencies(TestCliTranscript kiroku)
endif()
if(TARGET kiroku_ui AND EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/TestTranscriptDialog.cpp)
  kiroku_add_test(TestTranscriptDialog LIBS kiroku_ui kiroku_core)
endif()
