#!/bin/sh
# Builds the release archives into dist/:
#   seatplan-VERSION-windows-x86_64.zip    seatplan.exe (cross-built with mingw-w64)
#   seatplan-VERSION-linux-x86_64.tar.gz   seatplan for Linux, with desktop entry and icon
#   seatplan_VERSION_amd64.deb             the same as a Debian package (dpkg-deb)
# each with the shipped scenarios, a short README (ru/kk/en) and the licences.
#
#   sh scripts/package.sh           build and package
#   sh scripts/package.sh --check   then run the Windows build under Wine: check,
#                                   report, compare and risk must print the same
#                                   bytes as the Linux build for every shipped
#                                   scenario, and the window must open under Xvfb
#                                   in English and Russian (screenshots:
#                                   dist/wine-window.png, dist/wine-window-ru.png)
#
# Needs (Debian): rustup target add x86_64-pc-windows-gnu;
#   apt-get install gcc-mingw-w64-x86-64 zip   (and wine xvfb xdotool imagemagick for --check)
set -eu
cd "$(dirname "$0")/.."

check=false
case "${1:-}" in
    --check) check=true ;;
    "") ;;
    *) echo "usage: sh scripts/package.sh [--check]" >&2; exit 2 ;;
esac

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
win_target=x86_64-pc-windows-gnu
win_exe=target/$win_target/release/seatplan.exe
linux_bin=target/release/seatplan
dist=dist

fail() { echo "package.sh: $*" >&2; exit 1; }

# ---- build -------------------------------------------------------------------
command -v x86_64-w64-mingw32-gcc >/dev/null ||
    fail "the Windows build needs mingw-w64: apt-get install gcc-mingw-w64-x86-64"
if command -v rustup >/dev/null && ! rustup target list --installed | grep -qx "$win_target"; then
    rustup target add "$win_target"
fi
echo "== building for Windows ($win_target)"
cargo build --release --locked --target "$win_target"
echo "== building for Linux"
cargo build --release --locked

# ---- shared contents ---------------------------------------------------------
# $1: folder to fill; $2: line ending of the README (crlf for Windows' Notepad)
common_files() {
    mkdir -p "$1/scenarios"
    cp scenarios/*.ron "$1/scenarios/"
    cp LICENSE-MIT LICENSE-APACHE assets/fonts/LICENSE-DejaVu.txt "$1/"
    if [ "$2" = crlf ]; then
        sed "s/{VERSION}/$version/; s/\$/\r/" packaging/README.txt >"$1/README.txt"
    else
        sed "s/{VERSION}/$version/" packaging/README.txt >"$1/README.txt"
    fi
}

rm -rf "$dist"
mkdir -p "$dist"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

# ---- Windows zip ---------------------------------------------------------------
win_name=seatplan-$version-windows-x86_64
mkdir -p "$stage/$win_name"
cp "$win_exe" "$stage/$win_name/seatplan.exe"
# Symbols are of no use to a planner and triple the size.
x86_64-w64-mingw32-strip "$stage/$win_name/seatplan.exe" 2>/dev/null || true
common_files "$stage/$win_name" crlf
if command -v zip >/dev/null; then
    (cd "$stage" && zip -q -r -X "$OLDPWD/$dist/$win_name.zip" "$win_name")
else
    (cd "$stage" && python3 -m zipfile -c "$OLDPWD/$dist/$win_name.zip" "$win_name")
fi
echo "wrote $dist/$win_name.zip"

# ---- Linux tar.gz --------------------------------------------------------------
linux_name=seatplan-$version-linux-x86_64
mkdir -p "$stage/$linux_name"
cp "$linux_bin" "$stage/$linux_name/seatplan"
strip "$stage/$linux_name/seatplan" 2>/dev/null || true
common_files "$stage/$linux_name" lf
cp packaging/seatplan.desktop "$stage/$linux_name/"
cp assets/icon/icon.png "$stage/$linux_name/seatplan.png"
tar -C "$stage" --owner=0 --group=0 --numeric-owner -czf "$dist/$linux_name.tar.gz" "$linux_name"
echo "wrote $dist/$linux_name.tar.gz"

# ---- Debian package (dpkg-deb: what cargo-deb would run, without installing it) -
if command -v dpkg-deb >/dev/null; then
    deb=$stage/deb
    mkdir -p "$deb/DEBIAN" "$deb/usr/bin" "$deb/usr/share/applications" \
        "$deb/usr/share/icons/hicolor/256x256/apps" "$deb/usr/share/doc/seatplan" \
        "$deb/usr/share/seatplan"
    install -m 755 "$stage/$linux_name/seatplan" "$deb/usr/bin/seatplan"
    install -m 644 packaging/seatplan.desktop "$deb/usr/share/applications/seatplan.desktop"
    install -m 644 assets/icon/icon.png "$deb/usr/share/icons/hicolor/256x256/apps/seatplan.png"
    cp -r "$stage/$linux_name/scenarios" "$deb/usr/share/seatplan/"
    install -m 644 "$stage/$linux_name/README.txt" "$deb/usr/share/doc/seatplan/README.txt"
    {
        echo "seatplan is licensed under MIT OR Apache-2.0; the bundled DejaVu fonts under their own licence."
        echo
        echo "== LICENSE-MIT"; cat LICENSE-MIT
        echo; echo "== LICENSE-APACHE"; cat LICENSE-APACHE
        echo; echo "== LICENSE-DejaVu.txt"; cat assets/fonts/LICENSE-DejaVu.txt
    } >"$deb/usr/share/doc/seatplan/copyright"
    size=$(du -sk "$deb/usr" | cut -f1)
    # The window loads OpenGL, X11/Wayland and xkbcommon at run time (dlopen),
    # so they are not in the binary's own dependencies: list them here.
    cat >"$deb/DEBIAN/control" <<CONTROL
Package: seatplan
Version: $version
Section: education
Priority: optional
Architecture: amd64
Maintainer: seatplan developers <seatplan@users.noreply.invalid>
Installed-Size: $size
Depends: libc6 (>= 2.31), libgcc-s1, libgl1, libegl1, libxkbcommon-x11-0, libx11-6, libxcursor1, libxi6, libxrandr2, libwayland-client0
Description: plan school seat capacity in Kazakhstan
 seatplan shows, year by year, whether the schools a region builds and
 plans close its school seat deficit. Window and command line (check,
 report, compare, risk); Kazakh, Russian and English. Example scenarios
 are in /usr/share/seatplan/scenarios.
CONTROL
    chmod -R go-w "$deb"
    dpkg-deb --root-owner-group --build "$deb" "$dist/seatplan_${version}_amd64.deb" >/dev/null
    echo "wrote $dist/seatplan_${version}_amd64.deb"
else
    echo "skipped the .deb: dpkg-deb is not installed (apt-get install dpkg)"
fi

$check || exit 0

# ---- checks under Wine ---------------------------------------------------------
if command -v wine >/dev/null; then wine=wine
elif command -v wine64 >/dev/null; then wine=wine64
else fail "--check needs Wine: apt-get install wine wine64"; fi
export WINEDEBUG=-all
# A throwaway Wine prefix: the checks never read a developer's own.
WINEPREFIX=$(mktemp -d)
export WINEPREFIX
trap 'rm -rf "$stage" "$WINEPREFIX"' EXIT
echo "== Wine prefix $WINEPREFIX (first start takes a while)"
$wine wineboot --init >/dev/null 2>&1 || true
# Wine 8.0 (Debian 12) lacks ProcessPrng, which every Rust .exe needs; Windows
# 10 and 11 have it. A stand-in goes into this prefix only (see its source).
if ! $wine "$stage/$win_name/seatplan.exe" --version >/dev/null 2>&1; then
    x86_64-w64-mingw32-gcc -O2 -shared -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
        packaging/wine/bcryptprimitives.c packaging/wine/bcryptprimitives.def -ladvapi32
    echo "   (this Wine lacks ProcessPrng: added packaging/wine/bcryptprimitives.c to the prefix)"
fi

# What ships: the binaries from the archives, stripped.
exe=$stage/$win_name/seatplan.exe
linux_bin=$stage/$linux_name/seatplan
failed=0
same() { # $1: label; then the seatplan arguments
    label=$1; shift
    "$linux_bin" "$@" >"$stage/linux.out" 2>"$stage/linux.err" && lcode=0 || lcode=$?
    $wine "$exe" "$@" >"$stage/wine.out" 2>"$stage/wine.err" && wcode=0 || wcode=$?
    if cmp -s "$stage/linux.out" "$stage/wine.out" && cmp -s "$stage/linux.err" "$stage/wine.err" &&
        [ "$lcode" = "$wcode" ]; then
        echo "same  $label (exit $lcode, $(wc -c <"$stage/linux.out") bytes)"
    else
        echo "DIFF  $label (exit linux $lcode, wine $wcode)"
        diff "$stage/linux.out" "$stage/wine.out" | head -n 10 || true
        diff "$stage/linux.err" "$stage/wine.err" | head -n 10 || true
        failed=1
    fi
}
for f in scenarios/*.ron; do
    same "check $f" check "$f"
    same "report $f" report "$f"
    same "report --delay 1 $f" report --delay 1 "$f"
    same "risk --draws 2000 $f" risk --draws 2000 "$f"
done
same "compare" compare scenarios/kazakhstan-2023-2029.ron scenarios/astana.ron
# Broken files: the messages with line and column, CRLF and BOM files among them.
for f in tests/corpus/*.ron; do
    same "check $f" check "$f"
done

echo "== the window under Wine and Xvfb"
display=:93
Xvfb "$display" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
sleep 2
# $1: language environment; $2: screenshot name. A first run each time (no
# settings in the prefix), so the window opens on the choice of scenarios.
window() {
    env DISPLAY=$display LANG="$1" LC_ALL="$1" $wine "$exe" >"$stage/window.log" 2>&1 &
    app=$!
    sleep 20
    id=$(DISPLAY=$display xdotool search --name seatplan 2>/dev/null | head -n 1)
    if [ -n "$id" ]; then
        echo "window open ($1)"
        if command -v import >/dev/null; then
            import -display "$display" -window root "$dist/$2"
            echo "wrote $dist/$2: look at it"
        fi
        # Leave as a user would (Esc closes the first-run choice, then Ctrl+Q),
        # so the settings are written where Windows keeps them.
        DISPLAY=$display xdotool windowfocus --sync "$id" key --window "$id" Escape 2>/dev/null || true
        sleep 2
        DISPLAY=$display xdotool key --window "$id" ctrl+q 2>/dev/null || true
        sleep 5
    else
        echo "NO WINDOW under Wine ($1); its output:"
        tail -n 20 "$stage/window.log"
        failed=1
    fi
    wineserver -k 2>/dev/null || true
    wait "$app" 2>/dev/null || true
}
window en_US.UTF-8 wine-window.png
appdata=$(echo "$WINEPREFIX"/drive_c/users/*/AppData)
if [ -f "$appdata/Roaming/seatplan/data/app.ron" ] && [ -d "$appdata/Local/seatplan/recovery" ]; then
    printf '%s\n' 'settings in %APPDATA%\seatplan\data, recovery in %LOCALAPPDATA%\seatplan\recovery'
else
    echo "settings or recovery folder not where Windows keeps them:"
    find "$appdata" -path '*seatplan*'
    failed=1
fi
# A Russian Windows: the window must start in Russian.
window ru_RU.UTF-8 wine-window-ru.png
kill "$xvfb" 2>/dev/null || true

if [ "$failed" = 0 ]; then echo "all Wine checks passed"; else fail "some Wine checks failed"; fi
