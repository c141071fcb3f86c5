# A team database shared by a delegation: the server's roles, and many clients
# changing the same issues at once.
add_summit_test(test_team_roles SOURCES test_team_roles.cpp)
add_dependencies(test_team_roles summit-brief)
add_summit_test(test_status_race SOURCES test_status_race.cpp)
