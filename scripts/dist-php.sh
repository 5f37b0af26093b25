#!/usr/bin/env bash
# `make dist-php`: the PHP extension as a release asset for the PHP found here (PHP_BIN, default
# php), named as PIE's pre-packaged-binary download expects:
#   php_exsited-<tag>_php<major.minor>-<arch>-<os family>-<libc>[-debug][-zts].zip
# holding exsited.so (and LICENSE). The tag defaults to the workspace version (DIST_TAG to
# override; PIE matches it against the release's Composer version). The zip is then checked:
# unpacked, loaded with `php -n -d extension=...`, and one call made against the sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
PHP_BIN="${PHP_BIN:-php}"
PHP_CONFIG="${PHP_CONFIG:-php-config}"

tag="${DIST_TAG:-$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)}"
tag="${tag#v}"
read -r php_mm php_zts php_debug php_os <<<"$("$PHP_BIN" -n -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION, " ", PHP_ZTS, " ", PHP_DEBUG, " ", strtolower(PHP_OS_FAMILY);')"
case "$(uname -m)" in
  x86_64 | amd64) arch=x86_64 ;;
  aarch64 | arm64) arch=arm64 ;;
  *) arch="$(uname -m)" ;;
esac
libc=glibc
if ldd --version 2>&1 | grep -qi musl; then libc=musl; fi
[ "$php_os" = darwin ] && libc=bsdlibc
suffix=""
[ "$php_debug" = 1 ] && suffix="$suffix-debug"
[ "$php_zts" = 1 ] && suffix="$suffix-zts"
name="php_exsited-${tag}_php${php_mm}-${arch}-${php_os}-${libc}${suffix}"

echo "==> cargo build --release -p exsited-php (for $("$PHP_BIN" -n -r 'echo PHP_VERSION;'), $([ "$php_zts" = 1 ] && echo ZTS || echo NTS))"
PHP="$(command -v "$PHP_BIN")" PHP_CONFIG="$(command -v "$PHP_CONFIG")" \
  cargo build --release --locked -p exsited-php
lib="${CARGO_TARGET_DIR:-target}/release/libexsited_php.so"
[ "$php_os" = darwin ] && lib="${CARGO_TARGET_DIR:-target}/release/libexsited_php.dylib"

mkdir -p dist
stage="$(mktemp -d)"
check="$(mktemp -d)"
source scripts/sandbox.sh
trap 'sandbox_stop; rm -rf "$stage" "$check"' EXIT
cp "$lib" "$stage/exsited.so"
cp LICENSE "$stage/LICENSE"
rm -f "dist/$name.zip"
(cd "$stage" && zip -q -X "$ROOT/dist/$name.zip" exsited.so LICENSE)
echo "made dist/$name.zip ($(du -h "dist/$name.zip" | cut -f1))"

echo "==> checking the zip: unpack, load with php -n -d extension=..., one call to the sandbox"
unzip -q "dist/$name.zip" -d "$check"
export SANDBOX_BIN="${SANDBOX_BIN:-${CARGO_TARGET_DIR:-target}/debug/exsited-sandbox}"
if [ ! -x "$SANDBOX_BIN" ]; then cargo build -q -p exsited-sandbox; fi
sandbox_start --seed 3
"$PHP_BIN" -n -d "extension=$check/exsited.so" -r '
  if (!extension_loaded("exsited")) { fwrite(STDERR, "exsited is not loaded\n"); exit(1); }
  $client = new Exsited\Client(["base_url" => getenv("SANDBOX_URL"), "client_id" => "sandbox-client",
      "client_secret" => "sandbox-secret", "redirect_uri" => "https://localhost/callback"]);
  $page = (new Exsited\AccountService($client))->readAll("v2", ["limit" => 2]);
  if (count($page->accounts) !== 2) { fwrite(STDERR, "expected 2 of the 3 seeded accounts\n"); exit(1); }
  printf("loaded exsited %s into PHP %s; readAll returned %d account(s)\n",
      phpversion("exsited"), PHP_VERSION, count($page->accounts));
'
