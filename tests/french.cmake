# The window in French: no English left in menus, tabs, headers and dialogs; every
# source string has a French translation that keeps its placeholders and mnemonics.
add_summit_test(test_french GUI SOURCES test_french.cpp LIBS summit_views)
target_compile_definitions(test_french PRIVATE
    SUMMIT_LUPDATE_PATH="$<TARGET_FILE:Qt6::lupdate>")
# The system's language from the environment, as a French desk on an English system
# sets it: the same executable, one test function, its own environment.
add_test(NAME test_french_environment COMMAND test_french systemLanguageFromTheEnvironment)
set_tests_properties(test_french_environment PROPERTIES TIMEOUT 120 ENVIRONMENT
    "LANGUAGE=fr:en;LANG=en_GB.UTF-8;LC_ALL=;LC_MESSAGES=;LC_TIME=;QT_QPA_PLATFORM=offscreen;XDG_RUNTIME_DIR=${CMAKE_CURRENT_BINARY_DIR}/runtime;XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/config-test_french_environment;XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/data-test_french_environment")
