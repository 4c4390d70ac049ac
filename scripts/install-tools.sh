#!/usr/bin/env bash
# Installs what building and testing Oefenplein needs, skipping whatever is
# already there at the right version. Safe to run again and again.
#   scripts/install-tools.sh build   # wasm target, trunk, wasm-bindgen, npm tools
#   scripts/install-tools.sh test    # the same, plus Chromium, chromedriver and speech voices
#   scripts/install-tools.sh mutants # cargo-mutants, for `make mutants` only
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
MUTANTS_VERSION=27.1.0
want=${1:-build}

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=no
apt_install() {
  if [ "$apt_updated" = no ]; then
    as_root apt-get update -qq
    apt_updated=yes
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@"
}

# wasm-bindgen must match Cargo.lock exactly; Trunk.toml must agree.
wbg_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
trunk_wbg=$(sed -n 's/^wasm_bindgen = "\(.*\)"/\1/p' Trunk.toml)
if [ "$wbg_version" != "$trunk_wbg" ]; then
  echo "Trunk.toml says wasm_bindgen = \"$trunk_wbg\" but Cargo.lock has $wbg_version: make them equal." >&2
  exit 1
fi

if [ "$want" = mutants ]; then
  if [ "$(cargo mutants --version 2>/dev/null || true)" != "cargo-mutants $MUTANTS_VERSION" ]; then
    say "Installing cargo-mutants $MUTANTS_VERSION (takes about 2 minutes once)"
    cargo install cargo-mutants --version "$MUTANTS_VERSION" --locked
  fi
  exit 0
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32 target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing trunk $TRUNK_VERSION (takes about 15 minutes once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f2)" != "$wbg_version" ]; then
  say "Installing wasm-bindgen-cli $wbg_version (takes a few minutes once)"
  # Not --locked: the registry lacks one of its locked dependencies.
  cargo install wasm-bindgen-cli --version "$wbg_version" --force
fi

# wasm-split-cli cuts the release wasm into lazily loaded chunks
# (scripts/split-wasm.mjs). Its 0.2 line must match wasm_split_helpers 0.2
# in Cargo.lock, which Leptos uses for #[lazy] code.
WASM_SPLIT_VERSION=0.2.4
helpers=$(awk '/^name = "wasm_split_helpers"$/ { getline; gsub(/"/, "", $3); print $3 }' Cargo.lock)
if [ "${helpers%.*}" != "${WASM_SPLIT_VERSION%.*}" ]; then
  echo "Cargo.lock has wasm_split_helpers $helpers; wasm-split-cli $WASM_SPLIT_VERSION needs ${WASM_SPLIT_VERSION%.*}.x: make them agree." >&2
  exit 1
fi
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "Installing wasm-split-cli $WASM_SPLIT_VERSION (takes about 2 minutes once)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  say "Installing Node.js and npm"
  apt_install nodejs npm
fi

# npm tools: Playwright (driving Debian's Chromium), axe-core, binaryen (wasm-opt).
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing npm tools"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

if [ "$want" = test ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "Installing Chromium and chromedriver (Debian packages)"
    apt_install chromium chromium-driver
  fi
  # Real voices for the read-aloud tests: Chromium started with
  # --enable-speech-dispatcher lists espeak-ng's voices (nl, ar, ...).
  speech_missing=()
  for pkg in speech-dispatcher speech-dispatcher-espeak-ng espeak-ng; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || speech_missing+=("$pkg")
  done
  if [ ${#speech_missing[@]} -gt 0 ]; then
    say "Installing speech-dispatcher and espeak-ng (Debian packages)"
    apt_install "${speech_missing[@]}"
  fi
fi
