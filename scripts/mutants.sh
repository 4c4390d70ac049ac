#!/usr/bin/env bash
# Mutation testing of the plain-Rust core: cargo-mutants changes one thing at
# a time in the code (a `>` becomes `>=`, a function returns a default, ...)
# and runs the native tests. A change no test notices ("missed") is a
# behaviour nothing checks. Prints, per file, how many of the viable changes
# the tests caught.
#
#   scripts/mutants.sh                      # the practice services, the guard, the lesson engine, the store
#   scripts/mutants.sh src/practice/guard.rs src/store/mod.rs   # some files only
#   MUTANTS_MINUTES=30 scripts/mutants.sh   # stop after 30 minutes; the figures cover what ran
#
# It is slow (a build per change: hours for everything on two cores), so it is
# not part of `make test`. Results: target/mutants/mutants.out/ (missed.txt lists
# what to look at). A change that cannot alter behaviour (an equivalent mutant)
# is listed in .cargo/mutants.toml (exclude_re) with a one-line reason.
set -euo pipefail
cd "$(dirname "$0")/.."

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=('src/practice/**' src/lesson.rs src/model/saved.rs src/store/mod.rs)
fi
args=()
for f in "${files[@]}"; do args+=(-f "$f"); done

out=target/mutants
mkdir -p "$out"
limit=${MUTANTS_MINUTES:-0}
run() {
  # In place: the build reuses target/ instead of a fresh copy of the tree.
  # Only the native tests: the library's own and the lesson replays.
  # They take about a second; a mutant that makes them hang (a code
  # generator stuck at one number) counts as caught after 30 s.
  # shellcheck disable=SC2086 # MUTANTS_ARGS: more options, e.g. --iterate (only what was not caught last time)
  cargo mutants --in-place --no-shuffle --timeout 30 --output "$out" ${MUTANTS_ARGS:-} "${args[@]}" \
    -- --lib --test lessons
}
status=0
if [ "$limit" -gt 0 ]; then
  timeout --signal=INT "$((limit * 60))" bash -c "$(declare -f run); $(declare -p args out); run" || status=$?
else
  run || status=$?
fi
# cargo-mutants exits 2 when some mutants were missed and 3 when some timed out: the
# figures below say which; anything else is a real failure.
case $status in 0 | 2 | 3 | 124 | 130) ;; *) exit "$status" ;; esac

node - "$out/mutants.out" <<'EOF'
const fs = require("fs");
const dir = process.argv[2];
const read = (name) =>
  fs.existsSync(`${dir}/${name}.txt`) ? fs.readFileSync(`${dir}/${name}.txt`, "utf8").split("\n").filter(Boolean) : [];
const kinds = { caught: read("caught"), missed: read("missed"), timeout: read("timeout"), unviable: read("unviable") };
const per = {};
for (const [kind, lines] of Object.entries(kinds)) {
  for (const line of lines) {
    const file = line.split(":")[0];
    per[file] ??= { caught: 0, missed: 0, timeout: 0, unviable: 0 };
    per[file][kind] += 1;
  }
}
const pct = (c) => {
  const viable = c.caught + c.missed + c.timeout;
  return viable ? ((100 * (c.caught + c.timeout)) / viable).toFixed(1) : "-";
};
const total = { caught: 0, missed: 0, timeout: 0, unviable: 0 };
for (const [file, c] of Object.entries(per).sort()) {
  for (const k of Object.keys(total)) total[k] += c[k];
  console.log(`${file.padEnd(44)} caught ${String(c.caught).padStart(4)}  missed ${String(c.missed).padStart(3)}  timeout ${String(c.timeout).padStart(2)}  unviable ${String(c.unviable).padStart(3)}  ${pct(c)} %`);
}
console.log(`mutants: ${pct(total)} % of ${total.caught + total.missed + total.timeout} viable mutants caught (target 90 %); missed ones: ${dir}/missed.txt`);
EOF
