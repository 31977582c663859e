#!/bin/sh
# Opens seatplan on the built-in national scenario (or on the file given).
# On a fresh Debian machine it first installs the few shared libraries a
# window needs (X11/Wayland, OpenGL); building needs no -dev packages.
set -eu
cd "$(dirname "$0")/.."

missing=""
for lib in libGL.so.1 libEGL.so.1 libxkbcommon.so.0 libX11.so.6 libXcursor.so.1 libXi.so.6 libXrandr.so.2 libwayland-client.so.0; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || missing="$missing $lib"
done
if [ -n "$missing" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing window libraries:$missing"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -q
    $sudo_cmd apt-get install -y -q libgl1 libegl1 libxkbcommon-x11-0 libx11-6 libxcursor1 libxi6 libxrandr2 libwayland-client0
fi

exec cargo run --release --locked -- "$@"
