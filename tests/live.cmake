# Live updates and a lost connection on a team database: PostgreSQL only.
add_summit_test(test_live_updates GUI POSTGRESQL_ONLY SOURCES test_live_updates.cpp
                LIBS summit_views)
