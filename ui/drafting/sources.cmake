# Live drafting view (issue 3): the record as a model/view, the entry line, the palette, find & replace
# and the window that hosts them. Included from ui/CMakeLists.txt.
target_sources(kiroku_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/StatementTreeModel.cpp ${CMAKE_CURRENT_LIST_DIR}/StatementTreeModel.h
  ${CMAKE_CURRENT_LIST_DIR}/StatementDelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/StatementDelegate.h
  ${CMAKE_CURRENT_LIST_DIR}/DraftingEntry.cpp ${CMAKE_CURRENT_LIST_DIR}/DraftingEntry.h
  ${CMAKE_CURRENT_LIST_DIR}/DraftingView.cpp ${CMAKE_CURRENT_LIST_DIR}/DraftingView.h
  ${CMAKE_CURRENT_LIST_DIR}/ReplaceDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ReplaceDialog.h
  ${CMAKE_CURRENT_LIST_DIR}/InsertStatementDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/InsertStatementDialog.h
  ${CMAKE_CURRENT_LIST_DIR}/FactOfferBar.cpp ${CMAKE_CURRENT_LIST_DIR}/FactOfferBar.h
  ${CMAKE_CURRENT_LIST_DIR}/DraftingWindow.cpp ${CMAKE_CURRENT_LIST_DIR}/DraftingWindow.h
  ${CMAKE_CURRENT_LIST_DIR}/DraftingController.cpp ${CMAKE_CURRENT_LIST_DIR}/DraftingController.h
)
