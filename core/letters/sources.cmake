# Letters and sheets from formats (issue 5): 諮問書, 答申書, 次第, 開催通知; `kiroku letter`.
# Included from core/CMakeLists.txt.
target_sources(kiroku_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Letter.h ${CMAKE_CURRENT_LIST_DIR}/LetterFormat.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LetterBuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/LetterData.h
  ${CMAKE_CURRENT_LIST_DIR}/PiaLetter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../cli/CliLetter.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/CliLetter.h)
# The shipped letter formats, readable as :/letters/<name>.json.
qt_add_resources(kiroku_core "letter_formats" PREFIX "/letters" BASE ${PROJECT_SOURCE_DIR}/resources/letters
  FILES
    ${PROJECT_SOURCE_DIR}/resources/letters/shimon.json
    ${PROJECT_SOURCE_DIR}/resources/letters/toshin.json
    ${PROJECT_SOURCE_DIR}/resources/letters/shidai.json
    ${PROJECT_SOURCE_DIR}/resources/letters/tsuchi.json
    ${PROJECT_SOURCE_DIR}/resources/letters/pia_tenken.json
    ${PROJECT_SOURCE_DIR}/resources/letters/pia_toshin.json)
