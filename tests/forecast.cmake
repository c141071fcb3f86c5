# The outcome forecast and the issues × actors matrix.
add_summit_test(test_forecast BOTH_BACKENDS SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_forecast.cpp)
add_summit_test(test_position_matrix_model BOTH_BACKENDS
                SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_position_matrix_model.cpp)
# Package deals across trade-off-linked issues (the exchange model), its table and pack section.
add_summit_test(test_package_deals GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_package_deals.cpp
                LIBS summit_views)
