#!/usr/bin/env bash
# Builds the playground and serves it at http://127.0.0.1:8080 (PORT=... to change).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
port="${PORT:-8080}"
echo "Why Rust will be at http://127.0.0.1:$port/ once the first build finishes."
exec trunk serve --release --no-autoreload --port "$port" --address 127.0.0.1
