# The briefing pack from the main window: the export dialog driven like a user
# would, its remembered choices, errors, and the print path (pdftotext checks).
add_summit_test(test_pack_dialog GUI SOURCES test_pack_dialog.cpp LIBS summit_views)
