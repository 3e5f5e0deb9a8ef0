# Backups and the integrity check in the window (issue 7).
target_sources(kiroku_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/BackupController.cpp ${CMAKE_CURRENT_LIST_DIR}/BackupController.h
  ${CMAKE_CURRENT_LIST_DIR}/RestoreDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/RestoreDialog.h
)
