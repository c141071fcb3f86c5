# The briefing pack as the command line writes it, with its position maps:
# byte-identical repeats, vector maps (pdftotext, pdfimages), qpdf --check.
add_summit_test(test_pack_cli SOURCES test_pack_cli.cpp)
add_dependencies(test_pack_cli summit-brief)
