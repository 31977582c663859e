#!/bin/sh
# Remakes the README's pictures:
# - docs/screenshot.png: the window at 1600×1000 under Xvfb, on the built-in
#   national scenario with Shymkent selected, in Russian;
# - docs/screenshot-1366-kk.png: a laptop's 1366×768, Mangystau's existing
#   schools, in Kazakh; docs/screenshot-1920-ru.png: full HD, Astana by
#   district, in Russian;
# - docs/map.png and docs/slide.png: the map slide and Shymkent's slide of
#   `seatplan report --pdf` (the same slides the window shows), in Kazakh.
# Needs: apt-get install -y xvfb xauth imagemagick poppler-utils
set -eu
cd "$(dirname "$0")/.."
cargo build --locked
bin="${CARGO_TARGET_DIR:-target}/debug/seatplan"
mkdir -p docs

# shot SIZE LANG OUT ARGS...: the window at SIZE in LANG, started with ARGS.
# Each on a display of its own: the last one's lock may still be held.
display=96
shot() {
    size=$1 lang=$2 png=$3
    shift 3
    display=$((display + 1))
    export DISPLAY=":$display"
    Xvfb "$DISPLAY" -screen 0 "${size}x24" >/dev/null 2>&1 &
    xvfb=$!
    sleep 2
    # A throwaway settings folder, so the shot starts from the defaults.
    state=$(mktemp -d)
    LANG="$lang" HOME="$state" XDG_DATA_HOME="$state" XDG_CONFIG_HOME="$state" \
        "$bin" "$@" &
    app=$!
    sleep 8
    kill -0 "$app" 2>/dev/null || { echo "seatplan did not start" >&2; kill "$xvfb"; exit 1; }
    # Fill the screen, as a planner's maximised window does.
    if command -v xdotool >/dev/null 2>&1; then
        w=$(xdotool search --name seatplan | head -1)
        [ -n "$w" ] && xdotool windowmove "$w" 0 0 windowsize "$w" "${size%x*}" "${size#*x}" && sleep 2
    fi
    import -display "$DISPLAY" -window root "$png"
    kill "$app" "$xvfb" 2>/dev/null || true
    rm -rf "$state"
    echo "wrote $png"
}

shot 1600x1000 ru_RU.UTF-8 docs/screenshot.png --region shymkent
shot 1366x768 kk_KZ.UTF-8 docs/screenshot-1366-kk.png scenarios/mangystau.ron
shot 1920x1080 ru_RU.UTF-8 docs/screenshot-1920-ru.png scenarios/astana.ron --region astana

out=$(mktemp -d)
"$bin" report scenarios/kazakhstan-2023-2029.ron --out "$out" --lang kk --pdf
# Page 3 is the map; pages 4 to 6 are Astana, Almaty and Shymkent.
pdftoppm -f 3 -l 3 -scale-to-x 1280 -scale-to-y -1 -png -singlefile "$out/slides.pdf" docs/map
pdftoppm -f 6 -l 6 -scale-to-x 1280 -scale-to-y -1 -png -singlefile "$out/slides.pdf" docs/slide
rm -rf "$out"
echo "wrote docs/map.png and docs/slide.png"
