# The dashboard dock (issues 5 and 7).
target_sources(kiroku_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DashboardDock.cpp ${CMAKE_CURRENT_LIST_DIR}/DashboardDock.h
)
