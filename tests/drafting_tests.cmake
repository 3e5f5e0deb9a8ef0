# Live drafting (issue 3): the session, the statement commands, the kill test, the view.
kiroku_add_test(TestStatementCommands LIBS kiroku_core)
kiroku_add_test(TestDraftingSession LIBS kiroku_core)
