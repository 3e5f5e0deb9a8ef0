# PIA evaluations (特定個人情報保護評価) in the council editor: the list, and per evaluation its
# threshold judgment, schedule, checklist, question table, change list, document and output.
target_sources(kiroku_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/PiaLabels.cpp ${CMAKE_CURRENT_LIST_DIR}/PiaLabels.h
  ${CMAKE_CURRENT_LIST_DIR}/PiaListModel.cpp ${CMAKE_CURRENT_LIST_DIR}/PiaListModel.h
  ${CMAKE_CURRENT_LIST_DIR}/PiaPartModel.cpp ${CMAKE_CURRENT_LIST_DIR}/PiaPartModel.h
  ${CMAKE_CURRENT_LIST_DIR}/PiaTab.cpp ${CMAKE_CURRENT_LIST_DIR}/PiaTab.h
  ${CMAKE_CURRENT_LIST_DIR}/PiaHeaderTabs.h
  ${CMAKE_CURRENT_LIST_DIR}/PiaBasicsTab.cpp ${CMAKE_CURRENT_LIST_DIR}/PiaScheduleTab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PiaChecklistTab.cpp ${CMAKE_CURRENT_LIST_DIR}/PiaChecklistTab.h
  ${CMAKE_CURRENT_LIST_DIR}/PiaQuestionsTab.cpp ${CMAKE_CURRENT_LIST_DIR}/PiaQuestionsTab.h
  ${CMAKE_CURRENT_LIST_DIR}/PiaDocumentTab.cpp ${CMAKE_CURRENT_LIST_DIR}/PiaDocumentTab.h
  ${CMAKE_CURRENT_LIST_DIR}/PiaOutputTab.cpp ${CMAKE_CURRENT_LIST_DIR}/PiaOutputTab.h
  ${CMAKE_CURRENT_LIST_DIR}/PiaPage.cpp ${CMAKE_CURRENT_LIST_DIR}/PiaPage.h
)
