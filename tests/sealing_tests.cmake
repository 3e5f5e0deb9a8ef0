# Sealing, verification, search and backup (issue 7). Included from tests/CMakeLists.txt.
kiroku_add_test(TestSealing LIBS kiroku_core)
kiroku_add_test(TestSearch LIBS kiroku_core)
kiroku_add_test(TestBackup LIBS kiroku_core)
