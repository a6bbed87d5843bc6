#!/usr/bin/env bash
# Builds the playground (scripts/dist.mjs) and serves dist/ at http://127.0.0.1:8080 (PORT=...
# to change). After a change, run it again: the build takes about a minute when little changed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
node scripts/dist.mjs
exec node scripts/static-server.mjs dist "${PORT:-8080}"
