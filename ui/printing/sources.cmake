# The Record menu: print preview, print, export and the completeness check (issue 4).
target_sources(kiroku_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/RecordController.cpp ${CMAKE_CURRENT_LIST_DIR}/RecordController.h
  ${CMAKE_CURRENT_LIST_DIR}/ExportDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ExportDialog.h
  ${CMAKE_CURRENT_LIST_DIR}/MaskHitModel.cpp ${CMAKE_CURRENT_LIST_DIR}/MaskHitModel.h
)
