# A summit file from the window: File > New with the summit's properties,
# Summit > Properties with undo, File > Import with its preview, File > Export.
add_summit_test(test_summit_file GUI SOURCES test_summit_file.cpp LIBS summit_views)
