# The summit's two sides come from its settings (an EU–India summit reads EU and
# India everywhere) and archived issues leave the packs and the dashboard.
add_summit_test(test_summit_sides GUI SOURCES test_summit_sides.cpp LIBS summit_views)
