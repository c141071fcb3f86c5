# From a colleague's commit to another Store's externalChange(): PostgreSQL's
# LISTEN/NOTIFY beside SQLite's polling. Not registered with CTest; run
# build/tests/bench/summit-bench-live-update (see the file for the server URL).
add_executable(summit-bench-live-update ${CMAKE_CURRENT_LIST_DIR}/bench_live_update.cpp)
target_link_libraries(summit-bench-live-update PRIVATE summit_bench_support)
set_target_properties(summit-bench-live-update PROPERTIES
    RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
