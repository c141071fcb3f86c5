add_summit_test(test_cli BOTH_BACKENDS SOURCES test_cli.cpp)
add_dependencies(test_cli summit-brief)
