#!/usr/bin/env bash
# Runs every check and test; exits non-zero on the first failure.
#   1. formatting and clippy (native and wasm32, warnings are errors)
#   2. native tests of the model crates (cargo test)
#   3. browser tests of the widgets (wasm-bindgen-test in headless Chromium)
#   4. the release build (scripts/dist.mjs), then end-to-end tests over dist/ (Playwright + axe-core),
#      keyboard, soak and size-budget checks
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
step() { printf '\n== %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "clippy (native, then wasm32)"
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo clippy --workspace --all-targets --quiet --target wasm32-unknown-unknown -- -D warnings

step "native tests: the model crates, and the app's pure helpers"
cargo test --quiet -p calculator -p ownership -p decision -p evidence -p kernels
cargo test --quiet -p why-rust -p ui -p ownership-view -p energy-view -p decision-view -p present-view -p prerender --lib --bins

step "browser tests: each widget in headless Chromium"
cargo test --target wasm32-unknown-unknown -p why-rust --test web

step "release build (scripts/dist.mjs)"
# With a site address, so that the oEmbed documents the end-to-end tests check are written; a
# deployment builds with its own (README, "Embed a widget").
SITE_URL="${SITE_URL:-https://why-rust.example/}" node scripts/dist.mjs
test -f dist/index.html && test -f dist/calculator/calculator.js && test -f dist/calculator/calculator_bg.wasm \
  && test -f dist/calculator/calculator.d.ts && test -f dist/calculator/demo.html

step "end-to-end tests: Playwright on Chromium over dist/"
node --test --test-concurrency=1 tests/e2e/

step "sizes of dist/ (raw and gzip bytes)"
bash scripts/sizes.sh

step "size budgets: the first load of #/ (250 KB), the standalone calculator module (12 KB), the ownership island (380,994 bytes + 60 KB)"
node scripts/size-budget.mjs
