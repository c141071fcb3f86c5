# The Debian package: built once by cpack into a scratch folder (the package_build
# fixture), then checked as a user's system would see it. tests/packaging/check-package.sh
# holds the checks; lintian's check is skipped with a message where lintian is missing.
set(summit_package_dir ${CMAKE_CURRENT_BINARY_DIR}/package)
set(summit_package_env
    "LANG=C.UTF-8" "LC_ALL=C.UTF-8" "SUMMIT_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    "SUMMIT_BUILD_DIR=${PROJECT_BINARY_DIR}" "SUMMIT_VERSION=${PROJECT_VERSION}"
    "PACKAGE_DIR=${summit_package_dir}" "CMAKE_COMMAND=${CMAKE_COMMAND}"
    "CPACK_COMMAND=${CMAKE_CPACK_COMMAND}")
set(summit_package_script ${CMAKE_CURRENT_SOURCE_DIR}/packaging/check-package.sh)

add_test(NAME package_build COMMAND bash ${summit_package_script} build)
set_tests_properties(package_build PROPERTIES FIXTURES_SETUP summit_deb TIMEOUT 600
                                              ENVIRONMENT "${summit_package_env}")
foreach(check desktop metainfo version demo-pack contents depends man-page lintian)
    string(REPLACE "-" "_" name package_${check})
    add_test(NAME ${name} COMMAND bash ${summit_package_script} ${check})
    set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED summit_deb SKIP_RETURN_CODE 77
                                            TIMEOUT 300 ENVIRONMENT "${summit_package_env}")
endforeach()
