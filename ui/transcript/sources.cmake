# Transcript import dialog with its preview (issue 3). Included from ui/CMakeLists.txt.
target_sources(kiroku_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/TranscriptPreviewModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TranscriptPreviewModel.h
  ${CMAKE_CURRENT_LIST_DIR}/TranscriptImportDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TranscriptImportDialog.h
)
