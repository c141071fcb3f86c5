# summit-brief copy: a whole summit between a file and a team database (the
# _postgresql run copies through a database of its own on the test server).
add_summit_test(test_copy BOTH_BACKENDS SOURCES test_copy.cpp)
add_dependencies(test_copy summit-brief)
