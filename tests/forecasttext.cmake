# The forecast's sentences for people, in the window's language and in a pack's.
add_summit_test(test_forecast_text SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_forecast_text.cpp)
