#!/bin/bash
# The checks of the Debian package (tests/packaging.cmake), one per CTest test:
#   check-package.sh build                  cpack into $PACKAGE_DIR, then dpkg -x it
#   check-package.sh desktop|metainfo|version|demo-pack|contents|depends|man-page|lintian
# Environment (set by CTest): SUMMIT_SOURCE_DIR, SUMMIT_BUILD_DIR, SUMMIT_VERSION,
# PACKAGE_DIR, CMAKE_COMMAND, CPACK_COMMAND. Exit 0 passed, 1 failed, 77 skipped.
set -u
check=$1
root=$PACKAGE_DIR/root
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
deb() {
    local debs=("$PACKAGE_DIR"/summit-brief_*.deb)
    [ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "no single .deb in $PACKAGE_DIR"
    echo "${debs[0]}"
}
need() {
    command -v "$1" >/dev/null || fail "$1 is missing (packaging/debian-packages.txt lists its package)"
}

case $check in
build)
    rm -rf "$PACKAGE_DIR" && mkdir -p "$PACKAGE_DIR" || fail "cannot make $PACKAGE_DIR"
    # What the package holds, up to date (cpack itself builds nothing).
    "$CMAKE_COMMAND" --build "$SUMMIT_BUILD_DIR" --target summit-brief summit_package_files ||
        fail "building the app failed"
    (cd "$SUMMIT_BUILD_DIR" && "$CPACK_COMMAND" -G DEB -B "$PACKAGE_DIR") || fail "cpack failed"
    package=$(deb) || exit 1
    dpkg -x "$package" "$root" || fail "dpkg -x $package failed"
    echo "Built and unpacked $package"
    ;;

desktop)
    need desktop-file-validate
    file=$root/usr/share/applications/org.summitbrief.SummitBrief.desktop
    [ -f "$file" ] || fail "$file is not in the package"
    output=$(desktop-file-validate "$file" 2>&1)
    status=$?
    echo "$output"
    [ $status -eq 0 ] && [ -z "$output" ] || fail "desktop-file-validate found problems"
    grep -qx 'Exec=summit-brief %f' "$file" || fail "Exec does not start the installed binary"
    [ -x "$root/usr/bin/summit-brief" ] || fail "the binary of Exec is not in the package"
    icon=$(sed -n 's/^Icon=//p' "$file")
    [ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] ||
        fail "the icon $icon is not in the package's hicolor theme"
    ;;

metainfo)
    need appstreamcli
    file=$root/usr/share/metainfo/org.summitbrief.SummitBrief.metainfo.xml
    [ -f "$file" ] || fail "$file is not in the package"
    output=$(appstreamcli validate --no-net "$file" 2>&1)
    status=$?
    echo "$output"
    [ $status -eq 0 ] || fail "appstreamcli validate failed"
    ! grep -qE '^[EW]: ' <<<"$output" || fail "appstreamcli reports errors or warnings"
    grep -q "<release version=\"$SUMMIT_VERSION\" date=\"[0-9-]*\"" "$file" ||
        fail "no release entry for version $SUMMIT_VERSION"
    launchable=$(sed -n 's|.*<launchable type="desktop-id">\(.*\)</launchable>.*|\1|p' "$file")
    [ -n "$launchable" ] && [ -f "$root/usr/share/applications/$launchable" ] ||
        fail "the launchable '$launchable' is not in the package"
    binary=$(sed -n 's|.*<binary>\(.*\)</binary>.*|\1|p' "$file")
    [ -n "$binary" ] && [ -x "$root/usr/bin/$binary" ] ||
        fail "the provided binary '$binary' is not in the package"
    grep -q '<content_rating type="oars-1.1"' "$file" || fail "no content rating"
    homepage=$(sed -n 's|.*<url type="homepage">\(.*\)</url>.*|\1|p' "$file")
    [[ $homepage == https://* ]] || fail "the homepage URL '$homepage' is not https"
    images=$(sed -n 's|.*<image>\(.*\)</image>.*|\1|p' "$file")
    [ -n "$images" ] || fail "no screenshot"
    for image in $images; do
        [[ $image == "$homepage"/resources/screenshots/* ]] ||
            fail "screenshot $image is not under $homepage/resources/screenshots/"
        [ -f "$SUMMIT_SOURCE_DIR/resources/screenshots/${image##*/}" ] ||
            fail "screenshot $image has no file in resources/screenshots"
    done
    for png in "$SUMMIT_SOURCE_DIR"/resources/screenshots/*.png; do
        grep -qx "$homepage/resources/screenshots/${png##*/}" <<<"$images" ||
            fail "${png##*/} of resources/screenshots is not in the metainfo"
    done
    ;;

version)
    binary=$root/usr/bin/summit-brief
    [ -x "$binary" ] || fail "$binary is not in the package"
    output=$(cd "$PACKAGE_DIR" && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 "$binary" --version 2>&1)
    echo "$output"
    [ "$output" = "Summit Brief $SUMMIT_VERSION" ] ||
        fail "--version printed '$output', not 'Summit Brief $SUMMIT_VERSION'"
    ;;

demo-pack)
    need pdfinfo
    binary=$root/usr/bin/summit-brief
    scratch=$(mktemp -d) || fail "mktemp failed"
    trap 'rm -rf "$scratch"' EXIT
    mkdir -p "$scratch/home"
    # Nothing from the build tree or the caller: only the unpacked package and the system.
    run() {
        (cd "$scratch" && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$scratch/home" \
            XDG_CONFIG_HOME="$scratch/home/.config" XDG_DATA_HOME="$scratch/home/.local/share" \
            XDG_RUNTIME_DIR="$scratch" "$binary" "$@")
    }
    run --demo "$scratch/demo.db" || fail "--demo failed"
    run pack --db "$scratch/demo.db" --out "$scratch/pack.pdf" || fail "pack failed"
    [ -s "$scratch/pack.pdf" ] || fail "no PDF written"
    pages=$(pdfinfo "$scratch/pack.pdf" | sed -n 's/^Pages: *//p')
    echo "The pack has ${pages:-no} pages"
    [ "${pages:-0}" -ge 1 ] || fail "the PDF has no pages"
    ;;

contents)
    package=$(deb) || exit 1
    listing=$(dpkg-deb -c "$package") || fail "dpkg-deb -c failed"
    echo "$listing"
    expected=(usr/bin/summit-brief
        usr/share/applications/org.summitbrief.SummitBrief.desktop
        usr/share/metainfo/org.summitbrief.SummitBrief.metainfo.xml
        usr/share/icons/hicolor/scalable/apps/org.summitbrief.SummitBrief.svg
        usr/share/man/man1/summit-brief.1.gz
        usr/share/doc/summit-brief/copyright
        usr/share/doc/summit-brief/changelog.Debian.gz)
    if [ -d "$SUMMIT_SOURCE_DIR/resources/guide" ]; then
        while IFS= read -r file; do
            expected+=("usr/share/doc/summit-brief/guide/$file")
        done < <(cd "$SUMMIT_SOURCE_DIR/resources/guide" && find . -type f -printf '%P\n')
    fi
    for path in "${expected[@]}"; do
        grep -q " \./$path\$" <<<"$listing" || fail "$path is not in the package"
    done
    file "$root/usr/bin/summit-brief" | grep -q ', stripped' || fail "the binary is not stripped"
    ;;

depends)
    package=$(deb) || exit 1
    depends=$(dpkg-deb -f "$package" Depends) || fail "dpkg-deb -f failed"
    echo "Depends: $depends"
    # The plugins and fonts shlibdeps cannot see, and what it finds in the binary.
    for dependency in libqt6sql6-sqlite libqt6sql6-psql fonts-noto-cjk libqt6widgets6 \
        libqt6charts6 libqt6svg6; do
        grep -qE "(^|, )$dependency( |,|$)" <<<"$depends" || fail "Depends lacks $dependency"
    done
    version=$(dpkg-deb -f "$package" Version)
    [[ $version == "$SUMMIT_VERSION"-* ]] || fail "package version $version is not $SUMMIT_VERSION"
    ;;

man-page)
    need man
    page=$root/usr/share/man/man1/summit-brief.1.gz
    [ -f "$page" ] || fail "$page is not in the package"
    # groff's complaints, as lintian reads them.
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
        "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man reports: $warnings"
    text=$(zcat "$page")
    grep -q "^\.TH SUMMIT-BRIEF 1 .*\"Summit Brief $SUMMIT_VERSION\"" <<<"$text" ||
        fail "the .TH line does not name version $SUMMIT_VERSION"
    for section in NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS FILES ENVIRONMENT \
        '"EXIT STATUS"' EXAMPLES; do
        grep -qx "\.SH $section" <<<"$text" || fail "no $section section"
    done
    # Every option and command the program's --help names is described.
    help=$(env -i PATH=/usr/bin:/bin LANG=C.UTF-8 "$root/usr/bin/summit-brief" --help) ||
        fail "--help failed"
    options=$(grep -oE '^  (-[a-z], )?--[a-z-]+' <<<"$help" | grep -oE -- '--[a-z-]+')
    commands=$(sed -n '/^Commands/,$p' <<<"$help" | grep -oE '^  [a-z]+ ' | tr -d ' ')
    [ -n "$options" ] && [ -n "$commands" ] || fail "cannot read the options and commands of --help"
    for option in $options; do
        escaped=${option//-/\\\\-}
        grep -qE "^\.(B|BI|BR) (.* )?$escaped( |\"|$)" <<<"$text" || fail "option $option is not described"
    done
    for command in $commands; do
        grep -qE "^\.B $command( |$)" <<<"$text" || fail "command $command is not described"
    done
    ;;

lintian)
    if ! command -v lintian >/dev/null; then
        echo "lintian is not installed (apt-get install lintian): skipped"
        exit 77
    fi
    package=$(deb) || exit 1
    output=$(lintian "$package" 2>&1)
    echo "$output"
    errors=$(grep '^E: ' <<<"$output")
    [ -z "$errors" ] || fail "lintian reports errors"
    # Each warning that stays is explained in the README's Packaging section.
    readme=$(sed -n '/^## Packaging/,/^## /p' "$SUMMIT_SOURCE_DIR/README.md")
    for tag in $(sed -n 's/^W: [^ ]* \([a-z0-9-]*\).*/\1/p' <<<"$output" | sort -u); do
        grep -q "\`$tag\`" <<<"$readme" || fail "lintian warning $tag is not explained in README.md"
    done
    ;;

*)
    fail "unknown check $check"
    ;;
esac
exit 0
