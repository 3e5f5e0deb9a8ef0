#!/usr/bin/env bash
# Issue 4's benchmark: the long demo meeting (3,000 statements) printed to PDF by Kiroku, against
# LibreOffice converting Kiroku's own ODT of the same record, in the same run. Target: Kiroku >= 10x.
# Usage: bench/record-vs-libreoffice.sh KIROKU WORKDIR OUTFILE   (called by scripts/run-bench.sh)
set -euo pipefail
KIROKU=$1 WORK=$2 OUT=$3
RUNS=${RUNS:-5}
if ! command -v soffice >/dev/null; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui fonts-ipafont-mincho >/dev/null
fi
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

"$KIROKU" demo --archive "$WORK/long.kiroku" --scale 1 >/dev/null
# The meeting with the most statements: `kiroku list` prints "ID<TAB>年度<TAB>回<TAB>開催日<TAB>発言数".
MEETING=$("$KIROKU" list --archive "$WORK/long.kiroku" | awk -F'\t' 'NF == 5 && $5 + 0 > best {best = $5 + 0; id = $1 + 0} END {print id}')
"$KIROKU" print --archive "$WORK/long.kiroku" --meeting "$MEETING" -o "$WORK/long.odt" >/dev/null
PROFILE=$WORK/lo-profile
# One conversion first: LibreOffice's first start creates its profile, which is not the conversion.
soffice -env:UserInstallation=file://$PROFILE --headless --convert-to pdf --outdir "$WORK/lo" "$WORK/long.odt" >/dev/null 2>&1

kiroku_times=() lo_times=()
for _ in $(seq "$RUNS"); do
  t0=$(now_ms)
  "$KIROKU" print --archive "$WORK/long.kiroku" --meeting "$MEETING" -o "$WORK/long.pdf" >/dev/null
  kiroku_times+=($(( $(now_ms) - t0 )))
  t0=$(now_ms)
  soffice -env:UserInstallation=file://$PROFILE --headless --convert-to pdf --outdir "$WORK/lo" "$WORK/long.odt" >/dev/null 2>&1
  lo_times+=($(( $(now_ms) - t0 )))
done
K=$(printf '%s\n' "${kiroku_times[@]}" | median)
L=$(printf '%s\n' "${lo_times[@]}" | median)
CHARS=$(pdftotext -enc UTF-8 "$WORK/long.pdf" - | tr -d ' \n\f\t' | wc -m)
PAGES=$(pdfinfo "$WORK/long.pdf" | awk '/^Pages:/ {print $2}')
LO_PAGES=$(pdfinfo "$WORK/lo/long.pdf" | awk '/^Pages:/ {print $2}')
{
  printf 'record: meeting %s, %s characters, Kiroku %s pages, LibreOffice %s pages\n' "$MEETING" "$CHARS" "$PAGES" "$LO_PAGES"
  printf '%-40s %8s ms  (runs: %s)\n' "kiroku print -o PDF (whole process)" "$K" "${kiroku_times[*]}"
  printf '%-40s %8s ms  (runs: %s)\n' "soffice --convert-to pdf of its ODT" "$L" "${lo_times[*]}"
  awk -v k="$K" -v l="$L" 'BEGIN {printf "Kiroku is %.1fx as fast as LibreOffice (target: 10x)\n", l / k}'
} | tee -a "$OUT"
