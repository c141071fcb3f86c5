# The window in French: no English left in menus, tabs, headers and dialogs; every
# source string has a French translation that keeps its placeholders and mnemonics.
add_summit_test(test_french GUI SOURCES test_french.cpp LIBS summit_views)
target_compile_definitions(test_french PRIVATE
    SUMMIT_LUPDATE_PATH="$<TARGET_FILE:Qt6::lupdate>")
