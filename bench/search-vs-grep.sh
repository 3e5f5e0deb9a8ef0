#!/usr/bin/env bash
# Archive search on a `--scale 100` demo archive (docs/search.md):
#  - in the process: indexed search against a linear scan of the same texts (kiroku search --linear);
#  - as processes: `kiroku search` against `grep -rlF` over the same texts exported to one file per meeting.
# Usage: bench/search-vs-grep.sh KIROKU WORKDIR OUTFILE   (RUNS runs each, median in ms)
# SEARCH_REUSE=1 keeps an archive and texts already written in WORKDIR (the demo takes minutes).
# Run it on an otherwise idle machine: a build beside it inflates the process figures unevenly.
set -euo pipefail
KIROKU=$1 WORK=$2 OUT=$3
RUNS=${RUNS:-5}
SCALE=${SEARCH_SCALE:-100}
A=$WORK/search-s$SCALE.kiroku
TEXTS=$WORK/search-texts
export KIROKU_LANG=en
# Remembered integrity checks (docs/backup.md) go here, not into the user's cache.
export XDG_CACHE_HOME=$WORK/search-cache

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now_ns() { date +%s%N; }

if [[ ${SEARCH_REUSE:-0} == 1 && -f $A && -d $TEXTS ]]; then
  echo "reusing $A ($(stat -c %s "$A") bytes) and its exported texts" | tee -a "$OUT"
else
rm -f "$A"*
t0=$(now_ns)
"$KIROKU" demo --archive "$A" --scale "$SCALE" | tee -a "$OUT"
echo "demo --scale $SCALE written and indexed in $(( ($(now_ns) - t0) / 1000000 )) ms; archive $(stat -c %s "$A") bytes" | tee -a "$OUT"

# The same texts as files: one per meeting (statements, agenda, materials), one for consultations and responses.
rm -rf "$TEXTS" && mkdir -p "$TEXTS"
python3 - "$A" "$TEXTS" <<'PY'
import sqlite3, sys, os
db = sqlite3.connect(sys.argv[1]); out = sys.argv[2]
files = {}
def put(name, text):
    files.setdefault(name, []).append(text)
for m, t in db.execute("SELECT meeting_id, text FROM statement ORDER BY meeting_id, position"): put(f"meeting-{m}.txt", t)
for m, n, t in db.execute("SELECT meeting_id, number, title FROM agenda_item"): put(f"meeting-{m}.txt", n + " " + t)
for m, l, t in db.execute("SELECT meeting_id, label, title FROM material"): put(f"meeting-{m}.txt", l + " " + t)
for n, s in db.execute("SELECT number, subject FROM consultation"): put("consultations.txt", f"諮問第{n}号 {s}")
for a, b, c in db.execute("SELECT conclusion, body, opinions FROM response"): put("consultations.txt", "\n".join((a, b, c)))
for name, lines in files.items():
    with open(os.path.join(out, name), "w", encoding="utf-8") as f: f.write("\n".join(lines) + "\n")
PY
fi
echo "texts exported: $(ls "$TEXTS" | wc -l) files, $(du -sb "$TEXTS" | cut -f1) bytes, $(cat "$TEXTS"/* | wc -m) characters" | tee -a "$OUT"

# Leaves the index refreshed and the file cache warm for everyone; the first open runs the integrity check.
t0=$(now_ns); "$KIROKU" search --archive "$A" 準備 >/dev/null 2>&1
echo "first kiroku search after writing (integrity check on open): $(( ($(now_ns) - t0) / 1000000 )) ms" | tee -a "$OUT"
grep -rlF 準備 "$TEXTS" >/dev/null || true
t0=$(now_ns); "$KIROKU" verify --archive "$A" >/dev/null 2>&1 || true
echo "kiroku verify (always checks): $(( ($(now_ns) - t0) / 1000000 )) ms" | tee -a "$OUT"

# 3+ characters common and rare, 2 characters common, medium and rare, 1 character common, medium and rare.
for Q in ガバメントクラウド 漏えい 市民税 住民基本台帳 答申 点検 台帳 市 窓 税; do
  inproc=() linear=() proc=() grep_=() hits=0 files=0
  for _ in $(seq "$RUNS"); do
    inproc+=($("$KIROKU" search --archive "$A" --timing "$Q" 2>&1 >/dev/null | sed -n 's/^search: \([0-9.]*\) ms$/\1/p'))
    linear+=($("$KIROKU" search --archive "$A" --linear "$Q" | sed -n 's/.*linear scan, \([0-9.]*\) ms.*/\1/p'))
    t0=$(now_ns); "$KIROKU" search --archive "$A" "$Q" >/dev/null 2>&1; proc+=($(( ($(now_ns) - t0) / 1000000 )))
    t0=$(now_ns); grep -rlF "$Q" "$TEXTS" >/dev/null || true; grep_+=($(( ($(now_ns) - t0) / 1000000 )))
  done
  hits=$("$KIROKU" search --archive "$A" --linear "$Q" | sed -n 's/^\([0-9]*\) matching.*/\1/p')
  files=$(grep -rlF "$Q" "$TEXTS" | wc -l || true)
  mi=$(printf '%s\n' "${inproc[@]}" | median) ml=$(printf '%s\n' "${linear[@]}" | median)
  mp=$(printf '%s\n' "${proc[@]}" | median) mg=$(printf '%s\n' "${grep_[@]}" | median)
  {
    echo "query $Q (${#Q} chars): $hits matching texts, $files files for grep"
    printf '  in process: search %s ms, linear scan %s ms  -> %sx faster\n' "$mi" "$ml" \
      "$(awk -v a="$ml" -v b="$mi" 'BEGIN {printf "%.0f", (b > 0 ? a / b : 0)}')"
    printf '  processes:  kiroku search %s ms (top 20 ranked, snippets), grep -rlF %s ms -> %sx of grep\n' "$mp" "$mg" \
      "$(awk -v a="$mp" -v b="$mg" 'BEGIN {printf "%.1f", (b > 0 ? a / b : 0)}')"
  } | tee -a "$OUT"
done
