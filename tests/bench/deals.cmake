# The package-deal search over 100 linked issues beside forecasting them one by one.
# Not registered with CTest; run build/tests/bench/summit-bench-package-deals.
add_executable(summit-bench-package-deals ${CMAKE_CURRENT_LIST_DIR}/bench_package_deals.cpp)
target_link_libraries(summit-bench-package-deals PRIVATE summit_bench_support)
set_target_properties(summit-bench-package-deals PROPERTIES
    RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
