# PIA evaluations and the third-party inspection (docs/pia.md): the threshold judgment and checklist
# from data files, the schedule, the question table, the register, the commands, `kiroku pia`.
# Included from core/CMakeLists.txt.
target_sources(kiroku_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/PiaLibrary.cpp ${CMAKE_CURRENT_LIST_DIR}/PiaLibrary.h
  ${CMAKE_CURRENT_LIST_DIR}/Threshold.cpp ${CMAKE_CURRENT_LIST_DIR}/Threshold.h
  ${CMAKE_CURRENT_LIST_DIR}/Schedule.cpp ${CMAKE_CURRENT_LIST_DIR}/Schedule.h
  ${CMAKE_CURRENT_LIST_DIR}/QuestionTable.cpp ${CMAKE_CURRENT_LIST_DIR}/QuestionTable.h
  ${CMAKE_CURRENT_LIST_DIR}/PiaRegister.cpp ${CMAKE_CURRENT_LIST_DIR}/PiaRegister.h
  ${CMAKE_CURRENT_LIST_DIR}/../model/PiaTypes.h
  ${CMAKE_CURRENT_LIST_DIR}/../commands/PiaCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/../commands/PiaCommands.h
  ${CMAKE_CURRENT_LIST_DIR}/../commands/PiaPartCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/../commands/PiaPartCommands.h
  ${CMAKE_CURRENT_LIST_DIR}/../cli/CliPia.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/CliPia.h
  ${CMAKE_CURRENT_LIST_DIR}/../cli/CliPiaFiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../io/DemoPia.cpp ${CMAKE_CURRENT_LIST_DIR}/../io/DemoPia.h)
# The shipped threshold table and checklist, readable as :/pia/<name>.json.
qt_add_resources(kiroku_core "pia_data" PREFIX "/pia" BASE ${PROJECT_SOURCE_DIR}/resources/pia
  FILES
    ${PROJECT_SOURCE_DIR}/resources/pia/thresholds.json
    ${PROJECT_SOURCE_DIR}/resources/pia/checklist.json)
