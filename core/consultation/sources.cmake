# The consultation register (issue 5): status, history, numbering, checks; `kiroku consultations`.
# Included from core/CMakeLists.txt.
target_sources(kiroku_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ConsultationRegister.cpp ${CMAKE_CURRENT_LIST_DIR}/ConsultationRegister.h
  ${CMAKE_CURRENT_LIST_DIR}/../commands/ConsultationCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/../commands/ConsultationCommands.h
  ${CMAKE_CURRENT_LIST_DIR}/../commands/AgendaCommands.cpp ${CMAKE_CURRENT_LIST_DIR}/../commands/AgendaCommands.h
  ${CMAKE_CURRENT_LIST_DIR}/../cli/CliConsultations.cpp ${CMAKE_CURRENT_LIST_DIR}/../cli/CliConsultations.h)
