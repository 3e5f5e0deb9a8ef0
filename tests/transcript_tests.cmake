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

# The libFuzzer target for decoder and parser (clang only; off by default so CI builds stay fast). It
# compiles the transcript sources itself, instrumented, rather than all of kiroku_core.
option(KIROKU_FUZZ "Build FuzzTranscript, a libFuzzer target for the transcript decoder and parser" OFF)
if(KIROKU_FUZZ AND CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  add_executable(FuzzTranscript FuzzTranscript.cpp
    ${PROJECT_SOURCE_DIR}/core/transcript/TranscriptDecoder.cpp
    ${PROJECT_SOURCE_DIR}/core/transcript/TranscriptLines.cpp
    ${PROJECT_SOURCE_DIR}/core/transcript/TranscriptParser.cpp
    ${PROJECT_SOURCE_DIR}/core/model/Enums.cpp
    ${PROJECT_SOURCE_DIR}/core/model/Types.cpp)
  target_include_directories(FuzzTranscript PRIVATE ${PROJECT_SOURCE_DIR}/core)
  target_compile_options(FuzzTranscript PRIVATE -fsanitize=fuzzer,address,undefined)
  target_link_options(FuzzTranscript PRIVATE -fsanitize=fuzzer,address,undefined)
  target_link_libraries(FuzzTranscript PRIVATE Qt6::Core Qt6::Gui ICU::uc ICU::i18n)
endif()
