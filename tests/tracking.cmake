# Issue tracking for staff: schema 3, search, bulk edits and activity, links,
# saved views, two people on one file, import and export, command-line actions.
add_summit_test(test_tracking_schema SOURCES test_tracking_schema.cpp)
add_summit_test(test_search SOURCES test_search.cpp)
add_summit_test(test_bulk_edit SOURCES test_bulk_edit.cpp)
add_summit_test(test_links SOURCES test_links.cpp)
