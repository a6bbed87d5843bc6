#!/usr/bin/env bash
# Fuzzes the ownership engine two ways, for longer than the test command does (a panic in the
# browser kills the whole page; a hang freezes it):
#   1. its robustness properties (crates/ownership/tests/robustness.rs): random text, random
#      token soup inside `fn main`, and randomly mutated corpus programs, CASES of each;
#   2. the coverage-guided target fuzz/fuzz_targets/analyze.rs (cargo fuzz, libFuzzer) for
#      SECONDS, seeded with the corpus and held-out programs. A panic, or one input taking over
#      2 s, stops it and leaves the input in fuzz/artifacts/analyze/.
# Prints the figures: cases; runs, coverage (libFuzzer's `cov`: edges reached, `ft`: features),
# the inputs its corpus grew to, and crashes.
#
#   bash scripts/fuzz-ownership.sh [CASES=20000] [SECONDS=300]
#
# The second part needs Rust's nightly toolchain (cargo fuzz builds with sanitizer
# instrumentation) and installs cargo-fuzz when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
cases="${1:-20000}" seconds="${2:-300}"

echo "== robustness properties: $cases cases each"
PROPTEST_CASES="$cases" cargo test --release -q -p ownership --test robustness

echo "== coverage-guided fuzzing (cargo fuzz): $seconds s"
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  echo "cargo fuzz needs the nightly toolchain: rustup toolchain install nightly" >&2
  exit 1
fi
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
seeds=fuzz/corpus/analyze
mkdir -p "$seeds"
for set in corpus heldout; do
  for f in crates/ownership/tests/"$set"/*.rs; do cp "$f" "$seeds/${set}_$(basename "$f")"; done
done
log="$(mktemp)"
set +e
(cd fuzz && cargo +nightly fuzz run analyze -- -max_total_time="$seconds" -timeout=2 \
  -max_len=20000 -print_final_stats=1) >"$log" 2>&1
status=$?
set -e
grep -E 'panicked at|ERROR: libFuzzer|Test unit written' "$log" || true
runs=$(grep -oE 'Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' | tail -1)
cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+')
crashes=$(find fuzz/artifacts/analyze -type f 2>/dev/null | wc -l)
echo "runs: ${runs:-?} in ${seconds} s; coverage: ${cov:-?} edges, ${ft:-?} features; corpus: $(find "$seeds" -type f | wc -l) inputs; crashes: $crashes"
[ "$status" -eq 0 ] || echo "libFuzzer exited with $status; full log: $log" >&2
exit "$status"
