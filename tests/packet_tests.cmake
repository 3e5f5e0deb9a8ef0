# Tablet packets (issue 8): read back with Qt PDF, qpdf and poppler.
kiroku_add_test(TestPacket LIBS kiroku_core Qt6::Pdf TIMEOUT 600)
if(TARGET kiroku)
  add_dependencies(TestPacket kiroku)
endif()
