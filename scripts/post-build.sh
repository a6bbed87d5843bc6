#!/usr/bin/env bash
# Trunk post_build hook: crates built alone as ES modules (scripts/build-module.sh):
#   dist/calculator/  the standalone calculator for plain JavaScript pages, with its demo page;
#   dist/kernels/     the benchmark kernels for assets/bench-worker.js, built for speed (a
#                     speed benchmark: "Rust at its usual release settings");
#   dist/<island>/    the widget islands the registry lists (dist/widgets.json), such as
#                     dist/ownership-view/, which the shell (js/island-loader.js) imports
#                     when they near the viewport (the visualizer's carries the ownership
#                     engine), and beside the
#                     visualizer, presets/: the corpus programs its menus fetch
#                     (crates/ownership-view/presets.txt lists them);
# then the loader, the pre-rendered home page, the service worker and the inline-code check
# (scripts/finish-dist.mjs), which runs last so sw.js precaches every module.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
staging="${TRUNK_STAGING_DIR:-$root/dist}"
# The widget registry (crates/ui/src/route.rs) as JSON: the islands to build here, and the
# lists finish-dist.mjs, the scripts and the tests read.
cargo run --quiet --manifest-path "$root/Cargo.toml" -p ui --bin widgets-json > "$staging/widgets.json"
islands=$(node -e 'const ws = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
for (const w of ws) if (w.island) console.log(w.island.dir);' "$staging/widgets.json")
bash "$root/scripts/build-module.sh" calculator calculator calculator z
cp "$root/crates/calculator/demo/demo.html" "$root/crates/calculator/demo/demo.js" "$root/crates/calculator/demo/demo.css" \
  "$staging/calculator/"
bash "$root/scripts/build-module.sh" kernels kernels kernels 3
for view in $islands; do
  bash "$root/scripts/build-module.sh" "$view" "$view" "${view//-/_}" z --no-typescript
done
presets="$staging/ownership-view/presets"
mkdir -p "$presets"
grep -v '^#' "$root/crates/ownership-view/presets.txt" | while IFS='|' read -r _menu _label file; do
  cp "$root/crates/ownership/tests/corpus/${file// /}.rs" "$presets/"
done
node "$root/scripts/finish-dist.mjs"
