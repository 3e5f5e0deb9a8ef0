#!/usr/bin/env bash
# Builds Kiroku and runs the benchmarks of bench/README.md. Figures are medians of RUNS runs (ms).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh >/dev/null
RUNS=${RUNS:-5}
KIROKU=$PWD/build/app/kiroku
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
OUT=bench/results-$(date +%Y%m%d-%H%M%S).txt

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# measure NAME SETUP COMMAND...: runs SETUP (may be :) then times COMMAND, RUNS times
measure() {
  local name=$1 setup=$2; shift 2
  local times=()
  for _ in $(seq "$RUNS"); do
    eval "$setup"
    local t0; t0=$(now_ms)
    "$@" >/dev/null 2>&1
    times+=($(( $(now_ms) - t0 )))
  done
  printf '%-40s %8s ms  (runs: %s)\n' "$name" "$(printf '%s\n' "${times[@]}" | median)" "${times[*]}" | tee -a "$OUT"
}

echo "Kiroku benchmarks $(date -Iseconds) on $(nproc) cores" | tee "$OUT"
measure "demo --scale 10 (write archive)" 'rm -f "$WORK"/s10.kiroku*' "$KIROKU" demo --archive "$WORK/s10.kiroku" --scale 10
("$KIROKU" list --archive "$WORK/s10.kiroku" || true) | head -1 | tee -a "$OUT" || true
measure "export --scale 10 archive to JSON" : "$KIROKU" export --archive "$WORK/s10.kiroku" -o "$WORK/s10.json"
echo "JSON size: $(stat -c %s "$WORK/s10.json") bytes; archive: $(stat -c %s "$WORK/s10.kiroku") bytes" | tee -a "$OUT"
measure "import JSON into a new archive" 'rm -f "$WORK"/imp.kiroku*' "$KIROKU" import --archive "$WORK/imp.kiroku" "$WORK/s10.json"

export XDG_CONFIG_HOME=$WORK/config KIROKU_QUIT_AFTER_START=1
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
  measure "window start-up on --scale 10 (Xvfb)" : xvfb-run -a "$KIROKU" --archive "$WORK/s10.kiroku"
  measure "xvfb-run alone (subtract)" : xvfb-run -a true
else
  QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} measure "window start-up on --scale 10" : "$KIROKU" --archive "$WORK/s10.kiroku"
fi
# Issue 3: keystrokes and opening with a 3,000-statement meeting in the drafting view.
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} build/bench/bench_drafting 3000 2>/dev/null | tee -a "$OUT"
# Issue 4: a ~100-page record to PDF, against LibreOffice converting Kiroku's ODT of it.
bench/record-vs-libreoffice.sh "$KIROKU" "$WORK" "$OUT"
# Issue 8: a 20-file, 500-page packet with index, bookmarks and labels, against qpdf merging the same files.
bench/packet-vs-qpdf.sh "$KIROKU" build/bench/bench_packet_setup "$WORK" "$OUT"
# Issue 7: archive search on a --scale 100 archive, against a linear scan and grep -rlF.
bench/search-vs-grep.sh "$KIROKU" "$WORK" "$OUT"
echo "Results in $OUT"
