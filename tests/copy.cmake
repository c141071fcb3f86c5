# summit-brief copy: a whole summit between a file and a team database.
add_summit_test(test_copy SOURCES test_copy.cpp)
add_dependencies(test_copy summit-brief)
