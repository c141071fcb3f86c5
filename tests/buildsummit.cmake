# A summit built from an empty file through the window's own actions, with undo
# and redo of each step, and the pack and dashboard that follow its settings.
add_summit_test(test_build_summit GUI SOURCES test_build_summit.cpp LIBS summit_views)
