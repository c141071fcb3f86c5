# Bargaining rounds: the published example, hand cases and the model's invariants.
add_summit_test(test_bargaining SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_bargaining.cpp)
# The position map's round stepper on the demo summit.
add_summit_test(test_bargaining_view GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_bargaining_view.cpp
                LIBS summit_views)
