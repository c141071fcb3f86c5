# Keyboard and screen readers: mnemonics, shortcuts, focus order, accessible names,
# colours readable without colour vision and in a dark palette.
add_summit_test(test_accessibility GUI SOURCES test_accessibility.cpp LIBS summit_views)
