# The 100,000-issue store as a SQLite file and as a team database (PostgreSQL)
# side by side. Not registered with CTest; run build/tests/bench/summit-bench-team
# --db FILE --team postgresql://USER@HOST:PORT/DBNAME (see the README).
add_executable(summit-bench-team ${CMAKE_CURRENT_LIST_DIR}/bench_team.cpp)
target_link_libraries(summit-bench-team PRIVATE summit_bench_support summit_views)
set_target_properties(summit-bench-team PROPERTIES
    RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
