# Issue tracking in the main window, driven like a user would: the reason for a
# status change, search, bulk edits, activity, links, saved views, a colleague.
add_summit_test(test_tracking_gui GUI SOURCES test_tracking_gui.cpp LIBS summit_views)
