# The dashboard's aggregates on a large store against the plain SQL GROUP BY.
# Not registered with CTest; run build/tests/bench/summit-bench-dashboard.
add_executable(summit-bench-dashboard ${CMAKE_CURRENT_LIST_DIR}/bench_dashboard.cpp)
target_link_libraries(summit-bench-dashboard PRIVATE summit_bench_support summit_views)
set_target_properties(summit-bench-dashboard PROPERTIES
    RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
