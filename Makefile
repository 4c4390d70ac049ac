# Oefenplein — two commands: `make serve` and `make test`.
# Both install whatever is missing first (see scripts/install-tools.sh).

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

WASM_TEST_ENV := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=$(CURDIR)/scripts/component-runner.sh \
	CHROMEDRIVER=/usr/bin/chromedriver CARGO_PROFILE_DEV_DEBUG=0 WASM_BINDGEN_TEST_TIMEOUT=300

.PHONY: serve dist test tools test-tools lint unit component e2e budget hosting hosting-test release bench screenshots mutants clean

## Serve the app with live reload at http://127.0.0.1:8080
serve: tools
	trunk serve --dist target/serve-dist

## Build a release into dist/, ready for any static web server. The feature
## `split` and the relocations let scripts/split-wasm.mjs (run by Trunk's
## post-build hook) cut the wasm into lazily loaded chunks. The path remaps
## keep this machine's home folder and cargo's folder for crates.io out of
## the wasm's panic messages, so every machine builds the same bytes (and
## fewer of them: the folder's name alone cost 0.1 KB brotli on the first
## visit). Cargo names that folder after the registry (the same name since
## cargo 1.85); `make budget` fails if a new cargo names it otherwise.
CARGO_HOME ?= $(HOME)/.cargo
CRATES_IO_SRC := $(CARGO_HOME)/registry/src/index.crates.io-1949cf8c6b5b557f/
dist: tools
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Clink-args=--emit-relocs --remap-path-prefix=$(CARGO_HOME)/registry/src/= --remap-path-prefix=$(CRATES_IO_SRC)=" \
		trunk build --release --features split

## Run every check: format, lint, native tests, component tests, release build, end-to-end, size budget
test: test-tools
	@mkdir -p test-results; start=$$(date +%s); \
	$(MAKE) --no-print-directory lint unit component dist e2e budget hosting-test 2>&1 | tee test-results/make-test.log; \
	scripts/test-summary.sh test-results/make-test.log; \
	echo "make test: all checks passed in $$(( $$(date +%s) - start )) s"

tools:
	scripts/install-tools.sh build

test-tools:
	scripts/install-tools.sh test

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

unit:
	cargo test
	node --test scripts/

component:
	$(WASM_TEST_ENV) cargo test --target wasm32-unknown-unknown --test components

e2e:
	npx playwright test

## Size budgets: first visit of the home page (no service worker) 200 KB,
## each wasm chunk 60 KB, everything kept for offline use 1 MB (brotli)
budget:
	# Offline: the target, 1 MB. Folding the ~520 small shared wasm chunks into 64 and keeping the
	# files for offline use in one download compressed together (scripts/offline-pack.mjs) took it
	# from 1116 KB to 856 KB.
	node scripts/size-budget.mjs dist 1000000 60000
	# First visit: the target, 200 KB. Short names for the main module's imports from its JS glue,
	# the task pictures in one file and the glue without the stream classes took it from 206.7 KB to
	# 199.2 KB; page.js asking early for a non-Dutch learner's texts made it 199.5 KB, the first
	# look 199.7 KB, and its words in every language (paid for: ARCHITECTURE.md, "Size") 199.8 KB.
	# The next thing the home page needs must pay for itself.
	node scripts/first-visit.mjs dist 200000

## Mutation testing of the plain-Rust core (not part of `make test`: hours on two cores).
## Prints, per file, the share of viable mutants the native tests catch.
## MUTANTS_FILES="src/practice/guard.rs ..." picks files; MUTANTS_MINUTES=30 stops early.
mutants:
	scripts/install-tools.sh mutants
	scripts/mutants.sh $(MUTANTS_FILES)

## Lighthouse bench of dist/ against a bare Leptos app (not part of `make test`)
bench: dist
	node scripts/bench.mjs

## Serve a release with nginx, Apache, Caddy (hosting/) and serve-dist, and check the answers
hosting: dist
	scripts/test-hosting.sh dist

# The part of it in `make test`: nginx (quick to install), the test server,
# and the release zip run the way its guide says (with Caddy).
hosting-test: release
	scripts/test-hosting.sh dist nginx node release

## The zip for a library: dist/, a Caddyfile and start scripts for one PC or a small network,
## the Dutch guide HANDLEIDING.txt, and the server configurations (target/oefenplein-<version>.zip)
release: dist
	scripts/release.sh dist

## Screenshots of the main screens into test-results/screens/
screenshots: dist
	SCREENSHOTS=1 npx playwright test screenshots

clean:
	rm -rf dist test-results
