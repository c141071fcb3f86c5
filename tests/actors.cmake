# Creating, editing, merging and removing actors and positions: repositories,
# undo commands, item models, and the Actors view and Add Position dialog.
add_summit_test(test_actor_commands BOTH_BACKENDS SOURCES test_actor_commands.cpp)
add_summit_test(test_actors_gui GUI SOURCES test_actors_gui.cpp LIBS summit_views)
