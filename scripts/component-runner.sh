#!/usr/bin/env bash
# Cargo's runner for the component tests (`make component`): runs the test
# wasm in headless Chromium, served from a folder that holds the app's own
# files at the addresses the app asks for (stylesheets, texts, host files).
#
# Why: wasm-bindgen-test-runner serves files from the folder it starts in,
# and from the project root `/care.css` and friends do not exist. With the
# real files the tests run with the real styles, as a learner's browser
# does. (Its server can still leave a request unanswered on a busy machine;
# tests/components/main.rs puts the stylesheets in place so no test waits on it.)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
site=$root/target/component-site

rm -rf "$site"
mkdir -p "$site"
cp -R "$root/public/." "$site/"
cp "$root"/style/*.css "$site/"
cp -R "$root/locales" "$site/locales"

export WASM_BINDGEN_TEST_WEBDRIVER_JSON=$root/webdriver.json
cd "$site"
exec wasm-bindgen-test-runner "$@"
