#!/usr/bin/env bash
# Builds the PHP extension and the sandbox, starts the sandbox on a free port, runs the PHP
# examples against it (loading the extension with -d extension=...), and stops the sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --locked -q -p exsited-php -p exsited-sandbox
SO="$PWD/target/debug/libexsited_php.so"
source scripts/sandbox.sh
sandbox_start --seed 5
trap sandbox_stop EXIT
echo "== examples/php/account_functions.php (the documented account functions)"
php -d "extension=$SO" examples/php/account_functions.php
echo
echo "== examples/php/existing_app.php (token.json + AccountData, unchanged app code)"
php -d "extension=$SO" examples/php/existing_app.php
echo
echo "== examples/php/order_invoice_payment.php (order -> invoice -> payment)"
php -d "extension=$SO" examples/php/order_invoice_payment.php
