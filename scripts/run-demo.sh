#!/usr/bin/env bash
# Installs the dependencies, builds Kiroku and starts it on the fictional demo archive.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
DEMO=${KIROKU_DEMO_ARCHIVE:-build/demo.kiroku}
if [ ! -f "$DEMO" ]; then
  build/app/kiroku demo --archive "$DEMO"
fi
exec build/app/kiroku --archive "$DEMO"
