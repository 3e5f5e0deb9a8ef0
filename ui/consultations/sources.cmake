# The consultation register in the council editor (issue 5). Included from ui/CMakeLists.txt.
target_sources(kiroku_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ConsultationTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ConsultationTableModel.h
  ${CMAKE_CURRENT_LIST_DIR}/ConsultationsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ConsultationsPage.h
  ${CMAKE_CURRENT_LIST_DIR}/AgendaTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/AgendaTableModel.h
  ${CMAKE_CURRENT_LIST_DIR}/AgendaPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/AgendaPanel.h
  ${CMAKE_CURRENT_LIST_DIR}/ResponseDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ResponseDialog.h
)
