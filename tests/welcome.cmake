# The first run without a database (the welcome page), the user guide and F1,
# and long work that shows progress and can be cancelled.
add_summit_test(test_welcome GUI SOURCES test_welcome.cpp LIBS summit_views)
