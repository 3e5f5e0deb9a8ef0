#!/usr/bin/env bash
# Accessibility check of the HTML records (WCAG 2.1 AA rules of axe-core, in headless Chromium):
# prints every demo meeting in every shipped format, internal and public, as HTML and fails on any
# serious or critical violation. Needs a built kiroku (KIROKU_BUILD_DIR, default build).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
KIROKU=$ROOT/${KIROKU_BUILD_DIR:-build}/app/kiroku
FORMATS=(numbered form-sheet maru form-table summary)
[ -x "$KIROKU" ] || { echo "No kiroku binary at $KIROKU: build first (scripts/build.sh)." >&2; exit 1; }

if [ ! -x /usr/bin/chromium ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi
(cd tools/a11y && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# Qt wants a private runtime directory; a bare CI machine has none.
export XDG_RUNTIME_DIR=$WORK/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
"$KIROKU" demo --archive "$WORK/demo.kiroku" >/dev/null
# Meeting ids: the first column of the meeting lines of `kiroku list`.
mapfile -t MEETINGS < <("$KIROKU" list --archive "$WORK/demo.kiroku" | awk '$1 ~ /^[0-9]+$/ && /年度/ {print $1}')
[ "${#MEETINGS[@]}" -gt 0 ] || { echo "No meetings found in the demo archive." >&2; exit 1; }
FILES=()
for id in "${MEETINGS[@]}"; do
  for format in "${FORMATS[@]}"; do
    for version in internal public; do
      out=$WORK/meeting$id-$format-$version.html
      flag=()
      [ "$version" = public ] && flag=(--public)
      "$KIROKU" print --archive "$WORK/demo.kiroku" --meeting "$id" --format "$format" "${flag[@]}" -o "$out" >/dev/null
      FILES+=("$out")
    done
  done
done
echo "Checking ${#FILES[@]} HTML records (${#MEETINGS[@]} meetings, ${#FORMATS[@]} formats, internal and public)."
node tools/a11y/check.mjs "${FILES[@]}"
