# Briefing pack: composer and PDF/ODT/HTML writers, checked through poppler-utils,
# qpdf and unzip (listed in packaging/debian-packages.txt).
add_summit_test(test_briefing_pack SOURCES test_briefing_pack.cpp)
# The editable ODT pack: zip, named styles, contents, escaping, same bytes; and,
# when LibreOffice is installed (optional, not a dependency), its pages against the PDF.
add_summit_test(test_odt_pack SOURCES test_odt_pack.cpp)
