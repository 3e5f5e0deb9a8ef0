# Tablet packets (issue 8): read back with Qt PDF, qpdf and poppler.
kiroku_add_test(TestPacket LIBS kiroku_core Qt6::Pdf TIMEOUT 600)
if(TARGET kiroku)
  add_dependencies(TestPacket kiroku)
endif()
# The Materials tab, the viewer and the Build Packet dialog (offscreen).
kiroku_add_test(TestMaterials LIBS kiroku_ui kiroku_core)
