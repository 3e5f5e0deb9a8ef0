# A council's editable lists: masking, notation, stage-direction palette (issues 3 and 4).
target_sources(kiroku_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/CouncilListModel.cpp ${CMAKE_CURRENT_LIST_DIR}/CouncilListModel.h
  ${CMAKE_CURRENT_LIST_DIR}/CouncilListPage.cpp ${CMAKE_CURRENT_LIST_DIR}/CouncilListPage.h
)
