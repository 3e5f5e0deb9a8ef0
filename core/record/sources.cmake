# Record layout (issue 4): formats as data -> QTextDocument -> PDF, ODT, HTML. Included from core/CMakeLists.txt.
target_sources(kiroku_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/RecordFormat.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Publication.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RecordBuilder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RecordHeader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RecordBody.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SignatureObject.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TextLayer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TextLayerPdf.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PageDevice.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PagePainter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PdfRenderer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RecordExport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HtmlWriter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/OdtWriter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Completeness.cpp
)
# qpdf corrects the PDF text layer (ToUnicode CMaps) after Qt writes it.
find_package(PkgConfig REQUIRED)
pkg_check_modules(QPDF REQUIRED IMPORTED_TARGET libqpdf)
target_link_libraries(kiroku_core PUBLIC PkgConfig::QPDF)
# The shipped record formats, readable as :/formats/<name>.json.
qt_add_resources(kiroku_core "record_formats" PREFIX "/formats" BASE ${PROJECT_SOURCE_DIR}/resources/formats
  FILES
    ${PROJECT_SOURCE_DIR}/resources/formats/numbered.json
    ${PROJECT_SOURCE_DIR}/resources/formats/form-sheet.json
    ${PROJECT_SOURCE_DIR}/resources/formats/maru.json
    ${PROJECT_SOURCE_DIR}/resources/formats/form-table.json
    ${PROJECT_SOURCE_DIR}/resources/formats/summary.json
)
