# Tablet packets (issue 8): material PDFs checked and merged with qpdf, a cover and an index page laid
# out like the records, bookmarks, page labels, per-member watermarks, numbered folders. Included from
# core/CMakeLists.txt; qpdf is linked by record/sources.cmake.
target_sources(kiroku_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/PdfInspect.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FrontPages.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Watermark.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PacketBuilder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PacketExport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoMaterials.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../cli/CliPacket.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../commands/MaterialCommands.cpp
)
