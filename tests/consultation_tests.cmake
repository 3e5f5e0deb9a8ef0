# The consultation register (issue 5): status derivation, history, numbering, checks, the command.
kiroku_add_test(TestConsultationRegister LIBS kiroku_core)
kiroku_add_test(TestLetters LIBS kiroku_core)
kiroku_add_test(TestSubcommitteesReports LIBS kiroku_core)
if(TARGET kiroku_ui)
  kiroku_add_test(TestConsultationsPage LIBS kiroku_ui kiroku_core)
  kiroku_add_test(TestAgendaPanel LIBS kiroku_ui kiroku_core)
  kiroku_add_test(TestCouncilRegisters LIBS kiroku_ui kiroku_core)
endif()
