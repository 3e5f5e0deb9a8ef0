# The PIA evaluations tab of the council editor (widget test, offscreen).
if(TARGET kiroku_ui)
  kiroku_add_test(TestPiaPage LIBS kiroku_ui kiroku_core)
endif()
