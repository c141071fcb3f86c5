# The store (repositories, transactions, locking), its migrations, scenario import
# and the shipped demo data.
add_summit_test(test_migrations BOTH_BACKENDS SOURCES test_migrations.cpp)
add_summit_test(test_store BOTH_BACKENDS SOURCES test_store.cpp)
add_summit_test(test_import BOTH_BACKENDS SOURCES test_import.cpp)
add_summit_test(test_demo_data SOURCES test_demo_data.cpp)
# KTAB's Spatial Model of Politics CSV: import through the models and the command line.
add_summit_test(test_ktab BOTH_BACKENDS SOURCES test_ktab.cpp)
add_dependencies(test_ktab summit-brief)
