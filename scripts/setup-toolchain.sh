#!/usr/bin/env bash
# Installs what building Hankekartta needs, once; re-running only checks.
#   1. the wasm32-unknown-unknown standard library: `rustup target add` where it can download,
#      otherwise Debian's rustc-web with a wasm32 std built once from rust-web-src;
#   2. cargo-leptos 0.3.10 and the wasm-bindgen CLI that matches Cargo.lock, from crates.io
#      (cargo-leptos's own tool downloads do not work offline);
#   3. wasm-opt (npm's binaryen) for release builds.
# Env: WASM_FALLBACK=1 forces the Debian route (to test it); HK_PREBUILT_DIR names a folder
# with prebuilt cargo-leptos / wasm-bindgen binaries to copy instead of compiling (default:
# ../shared/bin beside the checkout, where this project's build machines keep them).
set -euo pipefail
PROJ=$(cd "$(dirname "$0")/.." && pwd)
CARGO_LEPTOS_VERSION=0.3.10
BINARYEN_VERSION=132
export PATH="$HOME/.cargo/bin:$PATH"
say() { echo "setup: $*"; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() {
  dpkg -s "$@" >/dev/null 2>&1 && return 0
  say "apt-get install $*"
  [ -n "$(find /var/lib/apt/lists -name '*Packages*' 2>/dev/null | head -1)" ] || as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null
}

# ---- 1. wasm32 standard library ------------------------------------------------------------
TC=$(cd / && rustup default | cut -d' ' -f1)
has_wasm() { rustup target list --installed --toolchain "$TC" 2>/dev/null | grep -qx wasm32-unknown-unknown; }
if [ -z "${WASM_FALLBACK:-}" ] && { has_wasm || timeout 120 rustup target add --toolchain "$TC" wasm32-unknown-unknown; } && has_wasm; then
  say "wasm32 target: rustup toolchain $TC"
  # A directory override left by an earlier fallback run would shadow the working toolchain.
  if rustup override list 2>/dev/null | grep -q "^$PROJ "; then rustup override unset --path "$PROJ" >/dev/null; fi
else
  say "wasm32 target: not downloadable; using Debian rustc-web with a self-built wasm32 std"
  apt_install rustc-web cargo-web rust-web-src rust-web-llvm rust-web-clippy lld-22
  LIB=/usr/lib/rustlib/wasm32-unknown-unknown/lib
  VER=$(/usr/bin/rustc -V)
  if [ "$(cat "$LIB/.built-by" 2>/dev/null)" != "$VER" ]; then
    say "building the wasm32 std for $VER (about 2 minutes)"
    T=$(mktemp -d); mkdir "$T/src"; echo '#![no_std]' > "$T/src/lib.rs"
    printf '[package]\nname = "sysroot-dummy"\nversion = "0.0.0"\nedition = "2021"\n' > "$T/Cargo.toml"
    (cd "$T" && RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 RUSTFLAGS=-Cembed-bitcode=yes \
      CARGO_TARGET_DIR="$T/target" /usr/bin/cargo build -q --release --target wasm32-unknown-unknown \
      -Zbuild-std=std,panic_abort)
    as_root rm -rf "$LIB"; as_root mkdir -p "$LIB"
    as_root cp "$T"/target/wasm32-unknown-unknown/release/deps/lib*.rlib "$LIB/"
    as_root rm -f "$LIB"/libsysroot_dummy-*; echo "$VER" | as_root tee "$LIB/.built-by" >/dev/null; rm -rf "$T"
  fi
  D=/opt/rust-debian-web; as_root mkdir -p "$D/bin" "$D/lib"
  for b in rustc rustdoc cargo cargo-clippy clippy-driver; do as_root ln -sfn "/usr/bin/$b" "$D/bin/$b"; done
  for b in rustfmt cargo-fmt; do p=$(rustup which --toolchain "$TC" "$b" 2>/dev/null) || continue; as_root ln -sfn "$p" "$D/bin/$b"; done
  rustup toolchain list | grep -q '^debian-web' || rustup toolchain link debian-web "$D"
  rustup override set debian-web --path "$PROJ" >/dev/null
  say "wasm32 target: $PROJ now builds with debian-web ($VER)"
fi

# ---- 2. cargo-leptos and wasm-bindgen -------------------------------------------------------
cd /   # host tools are built with the default toolchain, not the project's override
PRE=${HK_PREBUILT_DIR:-$PROJ/../shared/bin}
mkdir -p "$HOME/.cargo/bin"
if [ "$(cargo leptos --version 2>/dev/null)" != "cargo-leptos $CARGO_LEPTOS_VERSION" ]; then
  if [ -x "$PRE/cargo-leptos" ] && [ "$("$PRE/cargo-leptos" leptos --version 2>/dev/null)" = "cargo-leptos $CARGO_LEPTOS_VERSION" ]; then
    say "cargo-leptos: copying the prebuilt $CARGO_LEPTOS_VERSION from $PRE"
    cp "$PRE/cargo-leptos" "$HOME/.cargo/bin/"
  else
    say "cargo-leptos: cargo install (about 25 minutes on 2 cores, once)"
    cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked
  fi
fi
WB=$(grep -A1 '^name = "wasm-bindgen"$' "$PROJ/Cargo.lock" | sed -n 's/^version = "\(.*\)"/\1/p')
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WB" ]; then
  if [ -x "$PRE/wasm-bindgen" ] && [ "$("$PRE/wasm-bindgen" --version 2>/dev/null)" = "wasm-bindgen $WB" ]; then
    say "wasm-bindgen: copying the prebuilt $WB from $PRE"
    cp "$PRE/wasm-bindgen" "$HOME/.cargo/bin/"
  else
    say "wasm-bindgen: cargo install wasm-bindgen-cli $WB (about 6 minutes, once)"
    # its own lockfile may pin a crate the registry no longer serves: retry unlocked
    cargo install wasm-bindgen-cli --version "$WB" --locked || cargo install wasm-bindgen-cli --version "$WB"
  fi
fi

# ---- 3. wasm-opt for release builds ---------------------------------------------------------
if ! command -v wasm-opt >/dev/null; then
  say "wasm-opt: npm install -g binaryen@$BINARYEN_VERSION"
  npm install -g --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_VERSION" >/dev/null
fi
say "ready: $(cargo leptos --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | cut -d' ' -f3)"
