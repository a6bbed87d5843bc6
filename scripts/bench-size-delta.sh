#!/usr/bin/env bash
# Prints how many bytes (raw and gzip -9) the app's wasm grew between a git ref and the work
# tree, both built the way scripts/dist.mjs builds the shell: cargo build --release for wasm32,
# wasm-bindgen --target web, wasm-opt -Oz --low-memory-unused.
#
#   bash scripts/bench-size-delta.sh [REF=HEAD] [MAX_GZIP_DELTA_BYTES]
#
# With a second argument, exits 1 when the gzip growth exceeds it (the evidence issue's budget
# is 40 KB: `bash scripts/bench-size-delta.sh e44a697 40960`). REF is checked out in a
# temporary git worktree and built with its own target dir (target/size-delta/), so the first
# run takes a few minutes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
ref="${1:-HEAD}"
limit="${2:-}"

build() { # build SRC_DIR TARGET_DIR OUT_DIR → prints "raw gzip"
  local src="$1" target="$2" out="$3"
  (cd "$src" && CARGO_TARGET_DIR="$target" cargo build --quiet --release --target wasm32-unknown-unknown --bin why-rust)
  rm -rf "$out" && mkdir -p "$out"
  wasm-bindgen --target web --no-typescript --out-dir "$out" "$target/wasm32-unknown-unknown/release/why-rust.wasm"
  wasm-opt -Oz --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    "$out/why-rust_bg.wasm" -o "$out/why-rust_bg.wasm"
  echo "$(stat -c %s "$out/why-rust_bg.wasm") $(gzip -9c "$out/why-rust_bg.wasm" | wc -c)"
}

tmp="$(mktemp -d)"
trap 'git worktree remove --force "$tmp/ref" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git worktree add --detach --quiet "$tmp/ref" "$ref"
read -r before_raw before_gz < <(build "$tmp/ref" "$root/target/size-delta" "$tmp/out-ref")
read -r after_raw after_gz < <(build "$root" "$root/target" "$tmp/out-now")

printf 'app wasm at %s:   %8d bytes raw, %7d gzip\n' "$ref" "$before_raw" "$before_gz"
printf 'app wasm now:        %8d bytes raw, %7d gzip\n' "$after_raw" "$after_gz"
printf 'growth:              %8d bytes raw, %7d gzip (%.1f KB gzip)\n' \
  $((after_raw - before_raw)) $((after_gz - before_gz)) "$(awk -v d=$((after_gz - before_gz)) 'BEGIN { print d / 1024 }')"
if [ -n "$limit" ] && [ $((after_gz - before_gz)) -gt "$limit" ]; then
  echo "over the budget of $limit bytes gzip" >&2
  exit 1
fi
