# Hankekartta — the two commands: `make run` and `make test`. Both install what is missing.
# One target directory outside the checkout is shared by every clone on this machine, so a
# fresh clone (CI's included) reuses earlier builds.
export CARGO_TARGET_DIR ?= $(HOME)/.cache/hankekartta/target
export PATH := $(HOME)/.cargo/bin:$(PATH)
# Leptos reads this at compile time to name the browser bundle. cargo-leptos sets it for its
# own builds; setting it for every cargo call keeps `cargo test` from rebuilding Leptos (and
# the server binary) with a different bundle name.
export LEPTOS_OUTPUT_NAME := hankekartta
SITE := $(CURDIR)/target/site

.PHONY: run test setup build build-release e2e check fmt

## make run: build the release app and serve the demo on http://127.0.0.1:3000
run: build-release
	@echo "run: serving on http://127.0.0.1:3000 (SQLite in ./data; stop with Ctrl-C)"
	HK_SITE_ROOT=$(SITE) $(CARGO_TARGET_DIR)/release/hankekartta

## make test: every test — unit, integration on SQLite and PostgreSQL, browser end-to-end
test: setup
	@scripts/setup-test.sh
	@echo "test: formatting and lints (both halves)"
	cargo fmt --all -- --check
	cargo clippy --features ssr --all-targets -- -D warnings
	cargo clippy --lib --features hydrate --target wasm32-unknown-unknown -- -D warnings
	@echo "test: building the app (server + browser bundle)"
	cargo leptos build
	@echo "test: unit and integration tests on SQLite and PostgreSQL"
	scripts/with-postgres.sh env HK_REQUIRE_PG=1 cargo test --features ssr
	@echo "test: end-to-end tests in Chromium"
	scripts/e2e.sh $(CARGO_TARGET_DIR)/debug/hankekartta $(SITE)

setup:
	@scripts/setup-toolchain.sh

build: setup
	cargo leptos build

build-release: setup
	cargo leptos build --release

## make e2e: only the browser tests, against the last debug build
e2e:
	scripts/e2e.sh $(CARGO_TARGET_DIR)/debug/hankekartta $(SITE)

## make check: clippy on both halves
check: setup
	cargo clippy --features ssr --all-targets -- -D warnings
	cargo clippy --lib --features hydrate --target wasm32-unknown-unknown -- -D warnings

fmt:
	cargo fmt --all
