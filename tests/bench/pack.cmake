# A 50-issue PDF briefing pack: our exporter against LibreOffice converting the
# same pack's HTML, in the same run. Not registered with CTest; run
# build/tests/bench/summit-bench-pack (LibreOffice is optional and not packaged).
add_executable(summit-bench-pack ${CMAKE_CURRENT_LIST_DIR}/bench_pack.cpp)
target_link_libraries(summit-bench-pack PRIVATE summit_bench_support Qt6::Gui)
set_target_properties(summit-bench-pack PROPERTIES
    RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
