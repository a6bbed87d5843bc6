#!/usr/bin/env bash
# Builds one workspace crate alone as an ES module (wasm-bindgen --target web) into
# $TRUNK_STAGING_DIR/DIR (dist/DIR once Trunk finishes), then shrinks or speeds up its wasm with
# wasm-opt. Used by the Trunk post_build hook (scripts/post-build.sh) for the standalone
# calculator, the benchmark kernels and the ownership engine.
#
#   bash scripts/build-module.sh PACKAGE DIR NAME [OPT=z] [--no-typescript]
#
# OPT is the optimisation level for both rustc (opt-level, as a command-line profile override
# for this package only; the workspace profile is untouched) and wasm-opt: "z" for size, "3"
# for speed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
package="$1" dir="$2" name="$3" opt="${4:-z}"
typescript=()
[ "${5:-}" = "--no-typescript" ] && typescript=(--no-typescript)
out="${TRUNK_STAGING_DIR:-$root/dist}/$dir"
mkdir -p "$out"
# TOML: opt-level is a number (3) or a string ("z").
case "$opt" in [0-9]) level="$opt" ;; *) level="\"$opt\"" ;; esac
# Built as a cdylib only: the crates are also rlibs (for tests), and rustc skips LTO when one
# build asks for both kinds, which costs a module about a sixth of its size.
cargo rustc --quiet --release --target wasm32-unknown-unknown -p "$package" --lib --crate-type cdylib \
  --manifest-path "$root/Cargo.toml" --config "profile.release.package.$package.opt-level=$level"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
wasm-bindgen --target web "${typescript[@]}" --out-dir "$out" --out-name "$name" \
  "$target_dir/wasm32-unknown-unknown/release/${package//-/_}.wasm"
# --low-memory-unused: rustc's wasm32 layout puts the 1 MiB stack first, growing down to
# address 0, and the data after it, so the lowest kilobyte is only ever touched by a stack
# about to overflow; told so, wasm-opt folds constant offsets into loads and stores (the
# ownership island: 3.7 KB gzip smaller).
if command -v wasm-opt >/dev/null; then
  wasm-opt "-O$opt" --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals "$out/${name}_bg.wasm" -o "$out/${name}_bg.wasm"
fi
