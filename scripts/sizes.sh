#!/usr/bin/env bash
# Prints every file in dist/ with its raw and gzip -9 size in bytes, and the totals.
set -euo pipefail
cd "$(dirname "$0")/../dist"
printf '%-48s %10s %10s\n' file raw gzip
total_raw=0; total_gz=0
while IFS= read -r f; do
  raw=$(stat -c %s "$f"); gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "$f" "$raw" "$gz"
done < <(find . -type f | sed 's|^\./||' | sort)
printf '%-48s %10d %10d\n' TOTAL "$total_raw" "$total_gz"
