# Signatures and sealing in the window (issue 7). Included from tests/CMakeLists.txt.
kiroku_add_test(TestSignatureCommands LIBS kiroku_core)
kiroku_add_test(TestRecordSignature LIBS kiroku_core Qt6::Pdf)
if(TARGET kiroku_ui)
  kiroku_add_test(TestSignaturePad LIBS kiroku_ui kiroku_core)
  kiroku_add_test(TestSignaturesPanel LIBS kiroku_ui kiroku_core)
endif()
# The meeting editor: staff attendance, era-aware dates, 第N回 and times (issue 16).
if(TARGET kiroku_ui)
  kiroku_add_test(TestMeetingEditor LIBS kiroku_ui kiroku_core)
endif()
