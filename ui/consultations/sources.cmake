# The consultation register in the council editor (issue 5). Included from ui/CMakeLists.txt.
target_sources(kiroku_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ConsultationTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ConsultationTableModel.h
  ${CMAKE_CURRENT_LIST_DIR}/ConsultationsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ConsultationsPage.h
  ${CMAKE_CURRENT_LIST_DIR}/AgendaTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/AgendaTableModel.h
  ${CMAKE_CURRENT_LIST_DIR}/AgendaPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/AgendaPanel.h
  ${CMAKE_CURRENT_LIST_DIR}/ResponseDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ResponseDialog.h
)
# Subcommittees and reports (schema 6).
target_sources(kiroku_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ReportsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportsPage.h
  ${CMAKE_CURRENT_LIST_DIR}/ReportDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ReportDialog.h
  ${CMAKE_CURRENT_LIST_DIR}/SubcommitteesPage.cpp ${CMAKE_CURRENT_LIST_DIR}/SubcommitteesPage.h
  ${CMAKE_CURRENT_LIST_DIR}/SubcommitteeDialogs.cpp ${CMAKE_CURRENT_LIST_DIR}/SubcommitteeDialogs.h
)
