# Bargaining rounds: the published example, hand cases and the model's invariants.
add_summit_test(test_bargaining SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_bargaining.cpp)
