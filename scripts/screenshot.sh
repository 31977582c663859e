#!/bin/sh
# Remakes docs/screenshot.png: the window at 1600×1000 under Xvfb, on the
# built-in national scenario with Shymkent selected, in Russian.
# Needs: apt-get install -y xvfb xauth imagemagick
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
