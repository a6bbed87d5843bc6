#!/usr/bin/env bash
# Trunk post_build hook: builds crates/ownership-wasm (the ownership engine) alone as an ES
# module into $TRUNK_STAGING_DIR/ownership/ (dist/ownership/), which the visualizer imports
# when it is first shown (assets/ownership-loader.js). Same size settings as the app:
# the workspace release profile (opt-level "z", LTO) and wasm-opt -Oz.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${TRUNK_STAGING_DIR:-$root/dist}/ownership"
mkdir -p "$out"
cargo build --quiet --release --target wasm32-unknown-unknown -p ownership-wasm --manifest-path "$root/Cargo.toml"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name ownership_wasm \
  "$target_dir/wasm32-unknown-unknown/release/ownership_wasm.wasm"
if command -v wasm-opt >/dev/null; then
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    "$out/ownership_wasm_bg.wasm" -o "$out/ownership_wasm_bg.wasm"
fi
