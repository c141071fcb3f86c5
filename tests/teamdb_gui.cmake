# A summit on a team database from the window and the command line: File >
# Connect to Team Database, the recent list, --db URLs, the read-only banner.
add_summit_test(test_teamdb_gui GUI SOURCES test_teamdb_gui.cpp LIBS summit_views)
add_dependencies(test_teamdb_gui summit-brief)
