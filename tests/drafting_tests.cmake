# Live drafting (issue 3): the session, the statement commands, the kill test, the view.
kiroku_add_test(TestStatementCommands LIBS kiroku_core)
kiroku_add_test(TestDraftingSession LIBS kiroku_core)

# The kill test's child: types through DraftingSession until it is killed.
add_executable(DraftTypist DraftTypist.cpp)
target_link_libraries(DraftTypist PRIVATE kiroku_core)
kiroku_add_test(TestDraftKill LIBS kiroku_core TIMEOUT 600)
target_compile_definitions(TestDraftKill PRIVATE DRAFT_TYPIST="$<TARGET_FILE:DraftTypist>")
add_dependencies(TestDraftKill DraftTypist)

if(TARGET kiroku_ui)
  kiroku_add_test(TestDraftingView LIBS kiroku_ui kiroku_core)
endif()

# Issue 16: the drafting window through a meeting (stable keys, no key twice, the entry line, drafted
# facts) and on a 1280×720 screen.
if(TARGET kiroku_ui)
  kiroku_add_test(TestDraftingClerk LIBS kiroku_ui kiroku_core)
  kiroku_add_test(TestDraftingScreen LIBS kiroku_ui kiroku_core)
endif()
