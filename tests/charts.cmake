# Dashboard data and charts, the position map and the matrix, driven through the
# main window on the demo database (offscreen).
add_summit_test(test_charts GUI SOURCES test_charts.cpp LIBS summit_views)
