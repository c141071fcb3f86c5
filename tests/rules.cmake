# Decision rules: an issue's rule and source, a position's consent flag (store,
# undo, position table, scenario file, demo).
add_summit_test(test_decision_rules BOTH_BACKENDS SOURCES test_decision_rules.cpp)
