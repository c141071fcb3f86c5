add_summit_test(test_cli SOURCES test_cli.cpp)
add_dependencies(test_cli summit-brief)
