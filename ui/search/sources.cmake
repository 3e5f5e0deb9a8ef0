# The Search dock (issue 7): results model, snippet delegate, the worker thread that runs queries.
target_sources(kiroku_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/SearchResultsModel.cpp ${CMAKE_CURRENT_LIST_DIR}/SearchResultsModel.h
  ${CMAKE_CURRENT_LIST_DIR}/SearchWorker.cpp ${CMAKE_CURRENT_LIST_DIR}/SearchWorker.h
  ${CMAKE_CURRENT_LIST_DIR}/RecordReader.cpp ${CMAKE_CURRENT_LIST_DIR}/RecordReader.h
  ${CMAKE_CURRENT_LIST_DIR}/SearchDock.cpp ${CMAKE_CURRENT_LIST_DIR}/SearchDock.h
)
