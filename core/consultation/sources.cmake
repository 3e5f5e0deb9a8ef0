# The consultation register (issue 5): status, history, numbering, checks; `kiroku consultations`.
# Included from core/CMakeLists.txt.
target_sources(kiroku_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ConsultationRegister.cpp ${CMAKE_CURRENT_LIST_DIR}/ConsultationRegister.h
  ${CMAKE_CURRENT_LIST_DIR}/../commands/ConsultationCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/../commands/ConsultationCommands.h
  ${CMAKE_CURRENT_LIST_DIR}/../commands/AgendaCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/../commands/AgendaCommands.h
  ${CMAKE_CURRENT_LIST_DIR}/../cli/CliConsultations.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/CliConsultations.h)
# Subcommittees and reports (schema 6).
target_sources(kiroku_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/../store/SubcommitteeRepository.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../store/ReportRepository.cpp
)
target_sources(kiroku_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/../commands/SubcommitteeCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/../commands/SubcommitteeCommands.h
  ${CMAKE_CURRENT_LIST_DIR}/../commands/ReportCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/../commands/ReportCommands.h
)
target_sources(kiroku_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../model/AgendaNumbering.cpp)
target_sources(kiroku_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../io/DemoConsultations.cpp)
target_sources(kiroku_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../cli/CliReports.cpp)
