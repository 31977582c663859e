#!/bin/sh
# Remakes docs/screenshot.png: the window at 1600×1000 under Xvfb, on the
# built-in national scenario with Shymkent selected.
# Needs: apt-get install -y xvfb xauth imagemagick
set -eu
cd "$(dirname "$0")/.."
cargo build --release --locked
export DISPLAY=:97
Xvfb "$DISPLAY" -screen 0 1600x1000x24 >/dev/null 2>&1 &
xvfb=$!
# A throwaway settings folder, so the shot starts from the defaults.
state=$(mktemp -d)
XDG_DATA_HOME="$state" XDG_CONFIG_HOME="$state" target/release/seatplan --region shymkent &
app=$!
sleep 6
mkdir -p docs
import -display "$DISPLAY" -window root docs/screenshot.png
kill "$app" "$xvfb" 2>/dev/null || true
rm -rf "$state"
echo "wrote docs/screenshot.png"
