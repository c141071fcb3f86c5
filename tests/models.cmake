# Item models and undo commands (models/items, models/commands).
add_summit_test(test_issue_table_model SOURCES test_issue_table_model.cpp)
add_summit_test(test_commands SOURCES test_commands.cpp)
add_summit_test(test_position_and_history_models SOURCES test_position_and_history_models.cpp)
