#!/usr/bin/env bash
# Fuzzes the transcript decoder and parser (FuzzTranscript) and the JSON import (FuzzArchiveJson) with
# libFuzzer, AddressSanitizer and UBSan (clang) for a bounded time, seeded with the project's fixtures
# (tests/fixtures/transcripts, tests/fixtures/json-import). FUZZ_SECONDS (default 60) is the total,
# split evenly between the two; only the two fuzz targets are built, from the few sources they compile
# themselves. A crash, a leak or a broken invariant fails the run and leaves the input in the build folder.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v clang++ >/dev/null || ! dpkg -s libclang-rt-14-dev >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends clang libclang-rt-14-dev >/dev/null
fi
BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKIROKU_FUZZ=ON >/dev/null
cmake --build "$BUILD_DIR" --target FuzzTranscript FuzzArchiveJson -j"$(nproc)" >/dev/null
TOTAL=${FUZZ_SECONDS:-60}
FIRST=$(( TOTAL / 2 > 0 ? TOTAL / 2 : 1 ))
SECOND=$(( TOTAL - FIRST > 0 ? TOTAL - FIRST : 1 ))
# The JSON fuzzer's dictionary: every key and enumeration value of the seeds, so mutations stay close to
# documents the import reads rather than dying in the JSON parser.
grep -oh '"[A-Za-z0-9_]*"' tests/fixtures/json-import/*.json | sort -u | sed 's/"/\\"/g; s/.*/"&"/' \
  >"$BUILD_DIR/json-import.dict"
mkdir -p "$BUILD_DIR/fuzz-corpus" "$BUILD_DIR/fuzz-corpus-json"
cd "$BUILD_DIR"
rc=0
# name, seconds, log, then the fuzzer's own arguments.
fuzz() {
  local name=$1 seconds=$2 log=$3
  shift 3
  local status=0
  echo "$name (${seconds}s):"
  "./tests/$name" -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 "$@" >"$log" 2>&1 || status=$?
  grep -E "^Done|stat::number_of_executed_units|ERROR|SUMMARY" "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -40 "$log" >&2
    echo "$name failed (exit $status); see $BUILD_DIR/$log." >&2
    rc=$status
  fi
}
fuzz FuzzTranscript "$FIRST" fuzz.log fuzz-corpus ../tests/fixtures/transcripts
fuzz FuzzArchiveJson "$SECOND" fuzz-json.log -dict=json-import.dict fuzz-corpus-json ../tests/fixtures/json-import
exit "$rc"
