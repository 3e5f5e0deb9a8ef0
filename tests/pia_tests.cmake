# PIA evaluations and the third-party inspection: the threshold table at its boundaries and the schedule
# (rules), the question table and its CSV/TSV forms, the undoable commands, the JSON export, the
# letters, the dashboard and `kiroku pia`.
kiroku_add_test(TestPiaRules LIBS kiroku_core)
kiroku_add_test(TestPiaQuestions LIBS kiroku_core)
kiroku_add_test(TestPiaCommands LIBS kiroku_core)
kiroku_add_test(TestPiaOutput LIBS kiroku_core)
