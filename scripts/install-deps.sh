#!/usr/bin/env bash
# Installs what Kiroku needs to build, test and run on Debian 12 (bookworm).
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  build-essential cmake ninja-build pkg-config git file dpkg-dev \
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins \
  qt6-pdf-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
  libgl-dev libegl-dev libxkbcommon-dev \
  libicu-dev libqpdf-dev qpdf libsqlite3-dev sqlite3 \
  fonts-ipafont-mincho fonts-ipafont-gothic \
  poppler-utils unzip xvfb xauth \
  >/dev/null
