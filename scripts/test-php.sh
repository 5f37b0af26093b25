#!/usr/bin/env bash
# PHP extension tests: build, stub drift check, PHPUnit against the sandbox, php-fpm check.
# The extension is loaded with `php -d extension=/abs/path` (no system-wide install needed).
set -euo pipefail
cd "$(dirname "$0")/.."

command -v php >/dev/null || { echo "php not found: run scripts/install-deps.sh"; exit 1; }
command -v phpunit >/dev/null || { echo "phpunit not found: run scripts/install-deps.sh"; exit 1; }

echo "== building the extension and the sandbox"
cargo build --locked -q -p exsited-php -p exsited-sandbox
SO="$PWD/target/debug/libexsited_php.so"
PHP=(php -d "extension=$SO")
"${PHP[@]}" -r 'exit(extension_loaded("exsited") ? 0 : 1);' || { echo "the extension does not load"; exit 1; }

echo "== stub drift check (php/exsited.stub.php)"
if ! "${PHP[@]}" php/tools/gen-stub.php | diff -u php/exsited.stub.php -; then
  echo "php/exsited.stub.php is out of date; regenerate it with:"
  echo "  php -d extension=$SO php/tools/gen-stub.php > php/exsited.stub.php"
  exit 1
fi
echo "stub is up to date"

# shellcheck source=scripts/sandbox.sh
source scripts/sandbox.sh
if [ -z "${SANDBOX_URL:-}" ]; then
  sandbox_start
  trap sandbox_stop EXIT
fi

echo "== PHPUnit"
"${PHP[@]}" "$(command -v phpunit)" -c tests/php/phpunit.xml

echo "== php-fpm check"
EXSITED_SO="$SO" SANDBOX_URL="$SANDBOX_URL" bash tests/php/fpm/check-fpm.sh

echo "PHP tests passed"
