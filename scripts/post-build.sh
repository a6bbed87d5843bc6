#!/usr/bin/env bash
# Trunk post_build hook: the standalone calculator module, the benchmark kernels module
# (dist/kernels/, for assets/bench-worker.js), the ownership engine module (dist/ownership/), then the loader, service worker and inline-code
# check (scripts/finish-dist.mjs), which runs last so sw.js precaches both modules.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/build-calculator.sh"
bash "$root/scripts/build-kernels.sh"
bash "$root/scripts/build-ownership-engine.sh"
node "$root/scripts/finish-dist.mjs"
