#!/usr/bin/env bash
# Runs the ownership engine's robustness properties (crates/ownership/tests/robustness.rs) for
# longer than the test command does: random text, random token soup inside `fn main`, and
# randomly mutated corpus programs must never panic and never hang.
#
#   bash scripts/fuzz-ownership.sh [CASES=20000]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
PROPTEST_CASES="${1:-20000}" cargo test --release -q -p ownership --test robustness
