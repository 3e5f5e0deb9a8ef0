# Record formats, builder, publication masking and PDF, ODT and HTML output (issue 4).
kiroku_add_test(TestRecordFormat LIBS kiroku_core)
kiroku_add_test(TestRecordBuilder LIBS kiroku_core)
kiroku_add_test(TestRecordPublication LIBS kiroku_core)
kiroku_add_test(TestRecordPdf LIBS kiroku_core Qt6::Pdf TIMEOUT 600)
kiroku_add_test(TestRecordExport LIBS kiroku_core)
kiroku_add_test(TestRecordHtml LIBS kiroku_core)
kiroku_add_test(TestCompleteness LIBS kiroku_core)
kiroku_add_test(TestPublicationList LIBS kiroku_core)
if(TARGET kiroku_ui)
  kiroku_add_test(TestRecordMenu LIBS kiroku_ui kiroku_core)
endif()
if(TARGET kiroku_ui)
  kiroku_add_test(TestCouncilListModel LIBS kiroku_ui kiroku_core)
endif()

# The dashboard (issues 5 and 7).
kiroku_add_test(TestDashboard LIBS kiroku_core)

# No masked string in any public output: every policy × format × PDF/ODT/HTML.
kiroku_add_test(TestPublicLeaks LIBS kiroku_core TIMEOUT 900)
