# The summaries the dashboard reads (per-day history, EU–China gaps) against a
# full scan of the store, after edits and after an upgrade.
add_summit_test(test_dashboard_summaries BOTH_BACKENDS
                SOURCES test_dashboard_summaries.cpp)
