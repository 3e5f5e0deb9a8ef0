# Fails when the given binary needs Qt Gui or anything that draws: kiroku_store and the `kiroku` front
# load Qt Core, Qt Sql and ICU only (docs/search.md).
find_program(OBJDUMP objdump REQUIRED)
execute_process(COMMAND ${OBJDUMP} -p ${BINARY} OUTPUT_VARIABLE headers RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "objdump failed on ${BINARY}")
endif()
if(headers MATCHES "NEEDED[ \t]+[^\n]*(Gui|Widgets|PrintSupport|Pdf|qpdf|GL|X11|xcb|fontconfig|freetype)")
  message(FATAL_ERROR "${BINARY} needs a library that draws: ${CMAKE_MATCH_0}")
endif()
if(NOT headers MATCHES "NEEDED[ \t]+libQt6Core" OR NOT headers MATCHES "NEEDED[ \t]+libQt6Sql")
  message(FATAL_ERROR "unexpected binary: no Qt6Core and Qt6Sql dependencies found in ${BINARY}")
endif()
message(STATUS "${BINARY} links without Qt Gui")
