# Issue tracking for staff: schema 3, search, bulk edits and activity, links,
# saved views, two people on one file, import and export, command-line actions.
add_summit_test(test_tracking_schema BOTH_BACKENDS SOURCES test_tracking_schema.cpp)
add_summit_test(test_search BOTH_BACKENDS SOURCES test_search.cpp)
add_summit_test(test_bulk_edit BOTH_BACKENDS SOURCES test_bulk_edit.cpp)
add_summit_test(test_links BOTH_BACKENDS SOURCES test_links.cpp)
add_summit_test(test_saved_views BOTH_BACKENDS SOURCES test_saved_views.cpp)

# The two-process tests run this helper as "another person's" Summit Brief.
add_executable(tracking_writer tracking_writer.cpp)
target_link_libraries(tracking_writer PRIVATE summit_models)
add_summit_test(test_concurrency BOTH_BACKENDS SOURCES test_concurrency.cpp)
target_compile_definitions(test_concurrency
    PRIVATE "TRACKING_WRITER_PATH=\"$<TARGET_FILE:tracking_writer>\"")
add_dependencies(test_concurrency tracking_writer)
add_summit_test(test_exchange BOTH_BACKENDS SOURCES test_exchange.cpp)
add_summit_test(test_command_actions BOTH_BACKENDS SOURCES test_command_actions.cpp)
