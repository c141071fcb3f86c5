# Full-text search on a large store against LIKE '%...%' on the same texts.
# Not registered with CTest; run build/tests/bench/summit-bench-search.
add_executable(summit-bench-search ${CMAKE_CURRENT_LIST_DIR}/bench_search.cpp)
target_link_libraries(summit-bench-search PRIVATE summit_bench_support)
set_target_properties(summit-bench-search PROPERTIES
    RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
