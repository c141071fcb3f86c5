# The issue-table scale benchmark and its database generator. Not registered with
# CTest: timings belong in the Performance section, not in pass/fail tests.
add_library(summit_bench_support STATIC
    ${CMAKE_CURRENT_LIST_DIR}/BenchReport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BenchReport.h
    ${CMAKE_CURRENT_LIST_DIR}/LargeStoreGenerator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LargeStoreGenerator.h)
target_include_directories(summit_bench_support PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(summit_bench_support PUBLIC summit_models)

add_executable(summit-generate ${CMAKE_CURRENT_LIST_DIR}/GenerateLargeStore.cpp)
target_link_libraries(summit-generate PRIVATE summit_bench_support)

add_executable(summit-bench ${CMAKE_CURRENT_LIST_DIR}/bench_issue_table.cpp)
target_link_libraries(summit-bench PRIVATE summit_bench_support Qt6::Widgets)

# `make bench` runs build/tests/bench/summit-bench: keep it there whatever the
# project's global output directory is.
set_target_properties(summit-generate summit-bench PROPERTIES
    RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
