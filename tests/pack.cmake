# Briefing pack: composer and PDF/ODT/HTML writers, checked through poppler-utils,
# qpdf and unzip (listed in packaging/debian-packages.txt).
add_summit_test(test_briefing_pack SOURCES test_briefing_pack.cpp)
