# Bargaining rounds for 200 actors against the one-shot forecast.
# Not registered with CTest; run build/tests/bench/summit-bench-bargaining.
add_executable(summit-bench-bargaining ${CMAKE_CURRENT_LIST_DIR}/bench_bargaining.cpp)
target_link_libraries(summit-bench-bargaining PRIVATE summit_bench_support)
set_target_properties(summit-bench-bargaining PROPERTIES
    RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
