#!/bin/sh
# Remakes the README's pictures:
# - docs/screenshot.png: the window at 1600×1000 under Xvfb, on the built-in
#   national scenario with Shymkent selected, in Russian;
# - docs/map.png and docs/slide.png: the map slide and Shymkent's slide of
#   `seatplan report --pdf` (the same slides the window shows), in Kazakh.
# Needs: apt-get install -y xvfb xauth imagemagick poppler-utils
set -eu
cd "$(dirname "$0")/.."
cargo build --locked
export DISPLAY=:97
Xvfb "$DISPLAY" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
sleep 2
# A throwaway settings folder, so the shot starts from the defaults.
state=$(mktemp -d)
LANG=ru_RU.UTF-8 XDG_DATA_HOME="$state" XDG_CONFIG_HOME="$state" \
    target/debug/seatplan --region shymkent &
app=$!
sleep 8
kill -0 "$app" 2>/dev/null || { echo "seatplan did not start" >&2; kill "$xvfb"; exit 1; }
mkdir -p docs
import -display "$DISPLAY" -window root docs/screenshot.png
kill "$app" "$xvfb" 2>/dev/null || true
rm -rf "$state"
echo "wrote docs/screenshot.png"

out=$(mktemp -d)
target/debug/seatplan report scenarios/kazakhstan-2023-2029.ron --out "$out" --lang kk --pdf
# Page 3 is the map; pages 4 to 6 are Astana, Almaty and Shymkent.
pdftoppm -f 3 -l 3 -scale-to-x 1280 -scale-to-y -1 -png -singlefile "$out/slides.pdf" docs/map
pdftoppm -f 6 -l 6 -scale-to-x 1280 -scale-to-y -1 -png -singlefile "$out/slides.pdf" docs/slide
rm -rf "$out"
echo "wrote docs/map.png and docs/slide.png"
