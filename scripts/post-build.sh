#!/usr/bin/env bash
# Trunk post_build hook: five crates built alone as ES modules (scripts/build-module.sh):
#   dist/calculator/  the standalone calculator for plain JavaScript pages, with its demo page;
#   dist/kernels/     the benchmark kernels for assets/bench-worker.js, built for speed (a
#                     speed benchmark: "Rust at its usual release settings");
#   dist/ownership-view/, dist/energy-view/, dist/decision-view/: the three widget islands,
#                     which the shell (js/island-loader.js) imports when they near the viewport
#                     (the visualizer's carries the ownership engine), and beside the
#                     visualizer, presets/: the corpus programs its menus fetch
#                     (crates/ownership-view/presets.txt lists them);
# then the loader, the pre-rendered home page, the service worker and the inline-code check
# (scripts/finish-dist.mjs), which runs last so sw.js precaches every module.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/build-module.sh" calculator calculator calculator z
cp "$root/crates/calculator/demo/demo.html" "$root/crates/calculator/demo/demo.js" "$root/crates/calculator/demo/demo.css" \
  "${TRUNK_STAGING_DIR:-$root/dist}/calculator/"
bash "$root/scripts/build-module.sh" kernels kernels kernels 3
for view in ownership-view energy-view decision-view; do
  bash "$root/scripts/build-module.sh" "$view" "$view" "${view//-/_}" z --no-typescript
done
presets="${TRUNK_STAGING_DIR:-$root/dist}/ownership-view/presets"
mkdir -p "$presets"
grep -v '^#' "$root/crates/ownership-view/presets.txt" | while IFS='|' read -r _menu _label file; do
  cp "$root/crates/ownership/tests/corpus/${file// /}.rs" "$presets/"
done
node "$root/scripts/finish-dist.mjs"
