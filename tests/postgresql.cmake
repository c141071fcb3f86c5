# The PostgreSQL test cluster itself (tests/postgresql/cluster.sh) and the team
# databases TestSupport hands out on it, checked without the store.
add_summit_test(test_postgresql_cluster POSTGRESQL_ONLY SOURCES test_postgresql_cluster.cpp)
