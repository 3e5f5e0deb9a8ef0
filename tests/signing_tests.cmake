# Signatures and sealing in the window (issue 7). Included from tests/CMakeLists.txt.
kiroku_add_test(TestSignatureCommands LIBS kiroku_core)
