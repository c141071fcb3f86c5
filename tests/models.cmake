# Item models and undo commands (models/items, models/commands).
add_summit_test(test_issue_table_model BOTH_BACKENDS SOURCES test_issue_table_model.cpp)
add_summit_test(test_commands BOTH_BACKENDS SOURCES test_commands.cpp)
add_summit_test(test_position_and_history_models BOTH_BACKENDS SOURCES test_position_and_history_models.cpp)
