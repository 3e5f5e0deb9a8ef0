# The dashboard shown when an archive is opened (issues 5 and 7). Included from core/CMakeLists.txt.
target_sources(kiroku_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/Dashboard.cpp
  ${CMAKE_CURRENT_LIST_DIR}/../cli/CliDashboard.cpp)
