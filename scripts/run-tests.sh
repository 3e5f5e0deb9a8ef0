#!/usr/bin/env bash
# Installs the dependencies, builds Kiroku and runs the whole test suite headless.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
export QT_QPA_PLATFORM=offscreen
cd build
ctest --output-on-failure -j"$(nproc)"
# The HTML records must pass the WCAG 2.1 AA rules of axe-core (serious and critical violations fail).
../scripts/check-html-a11y.sh
# The transcript parser under libFuzzer for a bounded time (FUZZ_SECONDS, default 60).
../scripts/run-fuzz.sh
