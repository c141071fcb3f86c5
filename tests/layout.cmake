# The window at a laptop's 1024×700 and on a big screen: columns, filter boxes,
# the detail panel, the dashboard's names, position-map labels, selected rows
# and dialogs with long titles, checked on the real widgets (offscreen).
add_summit_test(test_layout GUI SOURCES test_layout.cpp LIBS summit_views)
