# Materials (issue 8): the meeting editor's Materials tab, the PDF viewer with thumbnails and the
# Build Packet dialog. Included from ui/CMakeLists.txt.
find_package(Qt6 6.4 REQUIRED COMPONENTS PdfWidgets)
target_sources(kiroku_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/MaterialTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/MaterialTableModel.h
  ${CMAKE_CURRENT_LIST_DIR}/MaterialsPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/MaterialsPanel.h
  ${CMAKE_CURRENT_LIST_DIR}/PageThumbnailModel.cpp ${CMAKE_CURRENT_LIST_DIR}/PageThumbnailModel.h
  ${CMAKE_CURRENT_LIST_DIR}/FileHistoryDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/FileHistoryDialog.h
  ${CMAKE_CURRENT_LIST_DIR}/MaterialViewer.cpp ${CMAKE_CURRENT_LIST_DIR}/MaterialViewer.h
  ${CMAKE_CURRENT_LIST_DIR}/PacketDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/PacketDialog.h
  ${CMAKE_CURRENT_LIST_DIR}/PacketController.cpp ${CMAKE_CURRENT_LIST_DIR}/PacketController.h
)
target_link_libraries(kiroku_ui PUBLIC Qt6::PdfWidgets)
