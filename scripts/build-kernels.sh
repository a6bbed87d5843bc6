#!/usr/bin/env bash
# Trunk post_build hook: builds crates/kernels alone as an ES module for the benchmark Web
# Worker (assets/bench-worker.js imports ./kernels/kernels.js), into
# $TRUNK_STAGING_DIR/kernels/ (dist/kernels/ once Trunk finishes).
#
# Unlike the rest of the site (opt-level "z", wasm-opt -Oz: small downloads), this module is
# a speed benchmark, so it is built for speed: opt-level 3 for this one package (a command-line
# profile override; the workspace profile is untouched) and wasm-opt -O3. Measured on this kernel
# (division-bound) the two settings run at the same speed within noise and both give ~16 KB;
# -O3 just makes "Rust at its usual release settings" true.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${TRUNK_STAGING_DIR:-$root/dist}/kernels"
mkdir -p "$out"
cargo build --quiet --release --target wasm32-unknown-unknown -p kernels --manifest-path "$root/Cargo.toml" \
  --config 'profile.release.package.kernels.opt-level=3'
target_dir="${CARGO_TARGET_DIR:-$root/target}"
wasm-bindgen --target web --out-dir "$out" --out-name kernels \
  "$target_dir/wasm32-unknown-unknown/release/kernels.wasm"
if command -v wasm-opt >/dev/null; then
  wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    "$out/kernels_bg.wasm" -o "$out/kernels_bg.wasm"
fi
