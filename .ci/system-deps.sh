#!/usr/bin/env bash
# Debian packages the tests need (PostgreSQL for data-check's warehouse mode). Idempotent.
set -euo pipefail
need=()
command -v git >/dev/null || need+=(git)
[ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
  else
    echo "missing system packages: ${need[*]} (install them with apt-get)"; exit 1
  fi
fi
