# A team database shared by a delegation: the server's roles, and many clients
# changing the same issues at once (on SQLite too, as the baseline).
add_summit_test(test_team_roles POSTGRESQL_ONLY SOURCES test_team_roles.cpp)
add_dependencies(test_team_roles summit-brief)
add_summit_test(test_status_race BOTH_BACKENDS SOURCES test_status_race.cpp)
