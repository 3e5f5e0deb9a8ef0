# Signatures and sealing in the window (issue 7): the meeting editor's Signatures tab, the signature
# pad, the sealed banner with Correct… and Versions…. Included from ui/CMakeLists.txt.
target_sources(kiroku_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/SignatureModel.cpp ${CMAKE_CURRENT_LIST_DIR}/SignatureModel.h
  ${CMAKE_CURRENT_LIST_DIR}/SignaturePad.cpp ${CMAKE_CURRENT_LIST_DIR}/SignaturePad.h
  ${CMAKE_CURRENT_LIST_DIR}/SigningDialogs.cpp ${CMAKE_CURRENT_LIST_DIR}/SigningDialogs.h
  ${CMAKE_CURRENT_LIST_DIR}/SignaturesPanel.cpp ${CMAKE_CURRENT_LIST_DIR}/SignaturesPanel.h
  ${CMAKE_CURRENT_LIST_DIR}/SealBanner.cpp ${CMAKE_CURRENT_LIST_DIR}/SealBanner.h
)
