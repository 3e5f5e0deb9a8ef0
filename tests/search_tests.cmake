# The Search dock, and backups and the integrity check in the window (issue 7).
if(TARGET kiroku_ui)
  kiroku_add_test(TestSearchDock LIBS kiroku_ui kiroku_core)
endif()
if(TARGET kiroku_ui)
  kiroku_add_test(TestBackupController LIBS kiroku_ui kiroku_core)
endif()
