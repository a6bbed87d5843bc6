#!/usr/bin/env bash
# Trunk post_build hook: the standalone calculator module, then the loader, service worker
# and inline-code check (scripts/finish-dist.mjs).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/build-calculator.sh"
node "$root/scripts/finish-dist.mjs"
