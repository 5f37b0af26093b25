#!/usr/bin/env bash
# `make test-zts`: the PHP extension on a thread-safe (ZTS) PHP.
# 1. a ZTS PHP 8.2 (CLI + Apache mod_php) from Debian's source, built once into a cache
#    outside the repo (scripts/build-php-zts.sh);
# 2. the extension built against it into target/zts (the NTS build in target/ is left alone);
# 3. the PHPUnit suite on the ZTS CLI;
# 4. the threaded check: Apache's worker MPM, many requests on several PHP threads of one
#    process at once (tests/php/zts/check-apache.sh);
# 5. `make dist-php` for the ZTS PHP: the PIE-named ...-zts.zip, built, loaded and called.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$SECONDS

CACHE="${EXSITED_ZTS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/exsited/php-zts}"
export EXSITED_ZTS_CACHE="$CACHE"
PREFIX="$CACHE/prefix"
PHP_ZTS="$PREFIX/bin/php"
PHP_CONFIG_ZTS="$PREFIX/bin/php-config"
ZTS_TARGET="${ZTS_TARGET_DIR:-$PWD/target/zts}"

echo "== ZTS PHP (scripts/build-php-zts.sh; cached in $CACHE)"
bash scripts/build-php-zts.sh
"$PHP_ZTS" -r 'exit(PHP_ZTS === 1 ? 0 : 1);' || { echo "$PHP_ZTS is not a ZTS build"; exit 1; }
echo "using $("$PHP_ZTS" -r 'echo PHP_VERSION, " ZTS ", php_sapi_name(), " ", PHP_BINARY;')"

echo "== building the extension for it (CARGO_TARGET_DIR=$ZTS_TARGET) and the sandbox"
PHP="$PHP_ZTS" PHP_CONFIG="$PHP_CONFIG_ZTS" CARGO_TARGET_DIR="$ZTS_TARGET" \
  cargo build --locked -q -p exsited-php
cargo build --locked -q -p exsited-sandbox
SO="$ZTS_TARGET/debug/libexsited_php.so"
# Tests that start a PHP child load EXSITED_SO (the NTS build in target/ would not load here).
export EXSITED_SO="$SO"
# memory_limit as Debian's CLI php.ini has it (the trace-dump tests print large traces).
PHP=("$PHP_ZTS" -d memory_limit=-1 -d "extension=$SO")
"${PHP[@]}" -r 'exit(extension_loaded("exsited") ? 0 : 1);' || { echo "the extension does not load into the ZTS PHP"; exit 1; }

echo "== stub drift check on ZTS (the same classes and methods as NTS)"
if ! "${PHP[@]}" php/tools/gen-stub.php | diff -u php/exsited.stub.php -; then
  echo "the ZTS build declares something else than php/exsited.stub.php"
  exit 1
fi

command -v phpunit >/dev/null || { echo "phpunit not found: run scripts/install-deps.sh"; exit 1; }
# shellcheck source=scripts/sandbox.sh
source scripts/sandbox.sh
sandbox_start
trap sandbox_stop EXIT

echo "== PHPUnit on the ZTS CLI"
"${PHP[@]}" "$(command -v phpunit)" -c tests/php/phpunit.xml

echo "== threaded check: Apache worker MPM, ZTS mod_php"
EXSITED_SO="$SO" ZTS_PREFIX="$PREFIX" SANDBOX_URL="$SANDBOX_URL" bash tests/php/zts/check-apache.sh

echo "== make dist-php for the ZTS PHP"
PHP_BIN="$PHP_ZTS" PHP_CONFIG="$PHP_CONFIG_ZTS" CARGO_TARGET_DIR="$ZTS_TARGET" \
  SANDBOX_BIN="$PWD/target/debug/exsited-sandbox" bash scripts/dist-php.sh

echo "ZTS tests passed ($(((SECONDS - start) / 60)) min $(((SECONDS - start) % 60)) s)"
