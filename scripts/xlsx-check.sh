#!/usr/bin/env bash
# Cross-checks the exported workbook with LibreOffice, by hand:
#   scripts/xlsx-check.sh [SCENARIO.ron] [kk|ru|en]
# Exports the workbook, has LibreOffice recalculate every formula on load (a
# throwaway profile with OOXMLRecalcMode = 0, so the cached values seatplan
# stores are not simply shown again), converts the projection sheet to CSV
# and compares it cell by cell with `seatplan report`. The automated test
# (tests/it/sheets.rs) does the same with no cached values at all.
set -euo pipefail
cd "$(dirname "$0")/.."
scenario=${1:-scenarios/kazakhstan-2023-2029.ron}
lang=${2:-kk}
command -v soffice >/dev/null || {
    echo "soffice not found: apt-get install libreoffice-calc-nogui" >&2
    exit 2
}
cargo build --quiet
bin=target/debug/seatplan
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/profile/user" "$tmp/out"
cp scripts/recalc-profile.xcu "$tmp/profile/user/registrymodifications.xcu"
"$bin" report "$scenario" --xlsx "$tmp/projection.xlsx" --lang "$lang"
"$bin" report "$scenario" >"$tmp/report.csv"
start=$EPOCHREALTIME
LC_ALL=C.UTF-8 soffice -env:UserInstallation="file://$tmp/profile" --headless --norestore \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,0' \
    --outdir "$tmp/out" "$tmp/projection.xlsx" >/dev/null 2>&1
end=$EPOCHREALTIME
[ -s "$tmp/out/projection.csv" ] || { echo "LibreOffice wrote no CSV" >&2; exit 1; }
# LibreOffice's sheet has the region's name in column B: drop it, and the
# header rows, then compare.
# A field in quotes may hold commas: split by hand, outside quotes.
tail -n +2 "$tmp/out/projection.csv" | awk '{
    n = 0; f = ""; q = 0
    for (i = 1; i <= length($0); i++) {
        c = substr($0, i, 1)
        if (c == "\"") { q = !q; continue }
        if (c == "," && !q) { field[++n] = f; f = ""; continue }
        f = f c
    }
    field[++n] = f
    out = field[1]
    for (k = 3; k <= 8; k++) out = out "," field[k]
    print out
}' >"$tmp/recalculated.csv"
tail -n +2 "$tmp/report.csv" >"$tmp/expected.csv"
if diff -u "$tmp/expected.csv" "$tmp/recalculated.csv"; then
    echo "OK: $(wc -l <"$tmp/expected.csv") rows match seatplan report (LibreOffice took $(awk "BEGIN { printf \"%.2f\", $end - $start }") s)"
else
    echo "MISMATCH between LibreOffice's recalculation and seatplan report" >&2
    exit 1
fi
