# The forecast's uncertainty band for one issue with 200 actors, beside the point
# forecast without it. Not registered with CTest; run build/tests/bench/summit-bench-forecast.
add_executable(summit-bench-forecast ${CMAKE_CURRENT_LIST_DIR}/bench_forecast.cpp)
target_link_libraries(summit-bench-forecast PRIVATE summit_bench_support)
set_target_properties(summit-bench-forecast PROPERTIES
    RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
