# Record formats, builder, publication masking and PDF, ODT and HTML output (issue 4).
kiroku_add_test(TestRecordFormat LIBS kiroku_core)
kiroku_add_test(TestRecordBuilder LIBS kiroku_core)
kiroku_add_test(TestRecordPublication LIBS kiroku_core)
kiroku_add_test(TestRecordPdf LIBS kiroku_core Qt6::Pdf TIMEOUT 600)
kiroku_add_test(TestRecordExport LIBS kiroku_core)
kiroku_add_test(TestRecordHtml LIBS kiroku_core)
