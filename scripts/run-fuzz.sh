#!/usr/bin/env bash
# Fuzzes the transcript decoder and parser (libFuzzer with AddressSanitizer and UBSan, clang) for a
# bounded time, seeded with the project's transcript fixtures. FUZZ_SECONDS (default 60) bounds it;
# a crash, a leak or a broken invariant fails the run and leaves the input in the build folder.
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
cmake --build "$BUILD_DIR" --target FuzzTranscript -j"$(nproc)" >/dev/null
CORPUS=$BUILD_DIR/fuzz-corpus
mkdir -p "$CORPUS"
cd "$BUILD_DIR"
rc=0
./tests/FuzzTranscript -max_total_time="${FUZZ_SECONDS:-60}" -max_len=65536 -print_final_stats=1 \
  fuzz-corpus ../tests/fixtures/transcripts >fuzz.log 2>&1 || rc=$?
grep -E "^Done|stat::number_of_executed_units|ERROR|SUMMARY" fuzz.log || true
[ "$rc" -eq 0 ] || { tail -40 fuzz.log >&2; echo "The fuzzer failed (exit $rc); see $BUILD_DIR/fuzz.log." >&2; }
exit "$rc"
