#!/usr/bin/env bash
# Issue 8's benchmark: a packet of 20 material PDFs / 500 pages with cover, linked index, bookmarks and
# page labels (`kiroku packet`, whole process), against `qpdf --empty --pages <the same files> --`,
# which only merges, in the same run. Target: Kiroku within 1.5x of qpdf.
# Usage: bench/packet-vs-qpdf.sh KIROKU SETUP WORKDIR OUTFILE   (called by scripts/run-bench.sh;
# SETUP is build/bench/bench_packet_setup)
set -euo pipefail
KIROKU=$1 SETUP=$2 WORK=$3 OUT=$4
RUNS=${RUNS:-5}
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

rm -rf "$WORK/packet" "$WORK/packet.kiroku"*
read -r MEETING PAGES < <("$SETUP" "$WORK/packet.kiroku" "$WORK/packet")
FILES=("$WORK"/packet/*.pdf)
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
# One run of each first: page cache and font cache warm for both.
"$KIROKU" packet --archive "$WORK/packet.kiroku" --meeting "$MEETING" -o "$WORK/packet-kiroku.pdf" >/dev/null 2>&1
qpdf --empty --pages "${FILES[@]}" -- "$WORK/packet-qpdf.pdf"

kiroku_times=() qpdf_times=()
for _ in $(seq "$RUNS"); do
  t0=$(now_ms)
  "$KIROKU" packet --archive "$WORK/packet.kiroku" --meeting "$MEETING" -o "$WORK/packet-kiroku.pdf" >/dev/null 2>&1
  kiroku_times+=($(( $(now_ms) - t0 )))
  t0=$(now_ms)
  qpdf --empty --pages "${FILES[@]}" -- "$WORK/packet-qpdf.pdf"
  qpdf_times+=($(( $(now_ms) - t0 )))
done
K=$(printf '%s\n' "${kiroku_times[@]}" | median)
Q=$(printf '%s\n' "${qpdf_times[@]}" | median)
KP=$(pdfinfo "$WORK/packet-kiroku.pdf" | awk '/^Pages:/ {print $2}')
QP=$(pdfinfo "$WORK/packet-qpdf.pdf" | awk '/^Pages:/ {print $2}')
{
  printf 'packet: %s files, %s material pages; Kiroku %s pages (%s bytes), qpdf %s pages (%s bytes)\n' \
    "${#FILES[@]}" "$PAGES" "$KP" "$(stat -c %s "$WORK/packet-kiroku.pdf")" "$QP" "$(stat -c %s "$WORK/packet-qpdf.pdf")"
  printf '%-40s %8s ms  (runs: %s)\n' "kiroku packet (whole process)" "$K" "${kiroku_times[*]}"
  printf '%-40s %8s ms  (runs: %s)\n' "qpdf --empty --pages (merge only)" "$Q" "${qpdf_times[*]}"
  awk -v k="$K" -v q="$Q" 'BEGIN {printf "Kiroku takes %.2fx the time of qpdf (target: at most 1.5x)\n", k / q}'
} | tee -a "$OUT"
