# The programme (events) and the indicator points, edited in the window: the
# repositories' validation, the undo commands, the item models under
# QAbstractItemModelTester, the views' buttons and dialogs, and what the
# dashboard and the pack then show.
add_summit_test(test_programme_store BOTH_BACKENDS SOURCES test_programme_store.cpp)
add_summit_test(test_programme_models BOTH_BACKENDS SOURCES test_programme_models.cpp)
add_summit_test(test_programme_gui GUI SOURCES test_programme_gui.cpp LIBS summit_views)
