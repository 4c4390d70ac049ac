#!/usr/bin/env bash
# Adds up the test counts of every layer in a `make test` log and prints
# one closing line: "tests: N passed, N failed, N skipped".
set -euo pipefail
log=${1:?usage: test-summary.sh LOG}
strip() { sed 's/\x1b\[[0-9;]*m//g' "$log"; }
# cargo test and wasm-bindgen-test: "test result: ok. 41 passed; 0 failed; 2 ignored"
read -r cp cf ci < <(strip | awk '/^test result:/ {
  for (i = 1; i <= NF; i++) {
    if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i; if ($(i+1) ~ /^ignored/) s += $i
  } } END { print p+0, f+0, s+0 }')
# Playwright: "  35 passed (44.9s)", "  2 failed", "  6 skipped"
read -r pp pf ps < <(strip | awk '
  /^ +[0-9]+ passed \(/ { p += $1 } /^ +[0-9]+ failed$/ { f += $1 } /^ +[0-9]+ skipped$/ { s += $1 }
  END { print p+0, f+0, s+0 }')
echo "native and component (cargo): $cp passed, $cf failed; end-to-end (Playwright): $pp passed, $pf failed"
echo "tests: $((cp + pp)) passed, $((cf + pf)) failed, $((ci + ps)) skipped"
