# The main window, driven like a user would: filter, select, edit through the
# delegates and the overview form, undo and redo, refused files.
add_summit_test(test_main_window GUI SOURCES test_main_window.cpp LIBS summit_views)
