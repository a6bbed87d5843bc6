#!/usr/bin/env bash
# Trunk post_build hook: builds crates/calculator alone as a small ES module for plain
# JavaScript pages, into $TRUNK_STAGING_DIR/calculator/ (dist/calculator/ once Trunk finishes).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${TRUNK_STAGING_DIR:-$root/dist}/calculator"
mkdir -p "$out"
cargo build --quiet --release --target wasm32-unknown-unknown -p calculator --manifest-path "$root/Cargo.toml"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
wasm-bindgen --target web --out-dir "$out" --out-name calculator \
  "$target_dir/wasm32-unknown-unknown/release/calculator.wasm"
if command -v wasm-opt >/dev/null; then
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    "$out/calculator_bg.wasm" -o "$out/calculator_bg.wasm"
fi
cp "$root/crates/calculator/demo/demo.html" "$root/crates/calculator/demo/demo.js" "$root/crates/calculator/demo/demo.css" "$out/"
