# A 50-issue PDF briefing pack: our exporter against LibreOffice converting the
# same pack's HTML, in the same run. Not registered with CTest; run
# build/tests/bench/summit-bench-pack (LibreOffice is optional and not packaged).
add_executable(summit-bench-pack ${CMAKE_CURRENT_LIST_DIR}/bench_pack.cpp)
target_link_libraries(summit-bench-pack PRIVATE summit_bench_support Qt6::Gui)
set_target_properties(summit-bench-pack PROPERTIES
    RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})

# The pack's time and peak memory as the number of issues (HTML beside PDF, each
# export in a process of its own) or the length of one field grows. Not registered
# with CTest; see tests/bench/PERFORMANCE-pack.md.
add_executable(summit-bench-pack-scale ${CMAKE_CURRENT_LIST_DIR}/bench_pack_scale.cpp)
target_link_libraries(summit-bench-pack-scale PRIVATE summit_bench_support Qt6::Gui)
set_target_properties(summit-bench-pack-scale PROPERTIES
    RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
