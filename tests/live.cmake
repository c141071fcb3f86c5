# Live updates and a lost connection on a team database (PostgreSQL): skipped
# unless SUMMIT_TEST_POSTGRESQL_URL (passed through by CTest) names a server.
add_summit_test(test_live_updates GUI SOURCES test_live_updates.cpp LIBS summit_views)
